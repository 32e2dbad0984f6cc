/** JX22: “注册” at the top right of the CHSI home page. */
import { G, Sketch, TopRight, type DrawingProps } from './parts';

export function RegisterTopRight({ alt }: DrawingProps) {
  return (
    <Sketch h={150} alt={alt} bar={<TopRight t="注册" />}>
      <G x={12} y={40} w={216} h={40} />
      <G x={12} y={92} w={150} />
      <G x={12} y={106} w={190} />
      <G x={12} y={120} w={120} />
    </Sketch>
  );
}
