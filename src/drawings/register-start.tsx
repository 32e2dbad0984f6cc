/** CQ23: on the CHSI home page, the “学信档案” section has a “注册” button. */
import { Btn, G, Ring, Sketch, T, type DrawingProps } from './parts';

export function RegisterStart({ alt }: DrawingProps) {
  return (
    <Sketch h={196} alt={alt}>
      <G x={12} y={40} w={216} h={28} />
      <rect className="dw-card" x="12" y="80" width="216" height="76" rx="6" />
      <T x={22} y={100}>
        学信档案
      </T>
      <Ring x={20} y={89} w={46} h={15} n={1} />
      <G x={22} y={114} w={110} />
      <G x={22} y={128} w={80} />
      <Btn x={164} y={122} w={52} t="注册" />
      <Ring x={164} y={122} w={52} h={20} n={2} />
      <G x={12} y={168} w={216} h={16} />
    </Sketch>
  );
}
