/** Any other school: the labels of its register path as buttons, tapped in order (HN20: “注册学信网账号”). */
import { Btn, G, Ring, Sketch, tw, type DrawingProps } from './parts';

export function RegisterButton({ alt, school }: DrawingProps) {
  const path = school.chsi.registerPath;
  return (
    <Sketch h={96 + path.length * 34} alt={alt}>
      <G x={12} y={40} w={216} h={20} />
      {path.map((t, i) => {
        const y = 74 + i * 34;
        const w = tw(t) + 24;
        return (
          <g key={t}>
            <Btn x={12} y={y} w={w} t={t} />
            <Ring x={12} y={y} w={w} h={20} n={i + 1} />
          </g>
        );
      })}
      <G x={12} y={74 + path.length * 34} w={170} />
    </Sketch>
  );
}
