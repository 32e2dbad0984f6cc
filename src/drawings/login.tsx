/** CQ23: the login screen, 「输入账号和密码」, then log in. */
import { Btn, Field, G, Ring, Sketch, type DrawingProps } from './parts';

export function Login({ alt }: DrawingProps) {
  return (
    <Sketch h={176} alt={alt}>
      <G x={12} y={42} w={70} h={8} />
      <Field y={62} t="账号" ix={50} />
      <Ring x={50} y={62} w={178} h={18} n={1} />
      <Field y={96} t="密码" ix={50} />
      <Ring x={50} y={96} w={178} h={18} n={2} />
      <Btn x={12} y={132} w={216} h={24} t="登录" />
      <Ring x={12} y={132} w={216} h={24} n={3} />
    </Sketch>
  );
}
