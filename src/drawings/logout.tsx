/** CQ23, HN20: “退出” at the top right of the record page. */
import { G, Ring, Sketch, T, type DrawingProps } from './parts';

export function Logout({ alt }: DrawingProps) {
  return (
    <Sketch
      h={150}
      alt={alt}
      bar={
        <>
          <T x={205} y={19} c>
            退出
          </T>
          <Ring x={192} y={8} w={26} h={15} n={1} m={[176, 15.5]} />
        </>
      }
    >
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
