/** CQ23, HN20: “退出” at the top right of the record page. */
import { G, Sketch, TopRight, type DrawingProps } from './parts';

export function Logout({ alt }: DrawingProps) {
  return (
    <Sketch h={150} alt={alt} bar={<TopRight t="退出" />}>
      <G x={12} y={42} w={90} h={8} />
      {[64, 80, 96, 112, 128].map((y) => (
        <g key={y}>
          <G x={16} y={y} w={40} />
          <G x={70} y={y} w={y % 32 ? 100 : 70} />
        </g>
      ))}
    </Sketch>
  );
}
