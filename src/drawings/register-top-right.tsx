/** JX22: “注册” at the top right of the CHSI home page. */
import { G, Ring, Sketch, T, type DrawingProps } from './parts';

export function RegisterTopRight({ alt }: DrawingProps) {
  return (
    <Sketch
      h={150}
      alt={alt}
      bar={
        <>
          <T x={205} y={19} c>
            注册
          </T>
          <Ring x={192} y={8} w={26} h={15} n={1} m={[176, 15.5]} />
        </>
      }
    >
      <G x={12} y={40} w={216} h={40} />
      <G x={12} y={92} w={150} />
      <G x={12} y={106} w={190} />
      <G x={12} y={120} w={120} />
    </Sketch>
  );
}
