/**
 * HN20 FAQ 4: choose “找回用户名”, enter 证件号码 and 姓名, and the page shows the username
 * (「红色圈出来的就是用户名」) with “找回密码” next to it.
 */
import { Field, G, In, Link, Next, Ring, Sketch, tw, type DrawingProps } from './parts';

export function ForgotUsername({ alt }: DrawingProps) {
  const find = '找回用户名';
  const reset = '找回密码';
  return (
    <Sketch h={238} alt={alt}>
      <G x={12} y={40} w={120} />
      <Link x={16} y={70} t={find} />
      <Ring x={14} y={58} w={tw(find) + 4} h={16} n={1} />
      <Next y={92} />
      <Field y={106} t="证件号码" ix={72} />
      <Field y={130} t="姓名" ix={72} />
      <Ring x={12} y={104} w={216} h={46} n={2} />
      <rect className="dw-btn" x="12" y="158" width="60" height="16" rx="4" />
      <Next y={184} />
      <In x={16} y={198} w={96} h={20} />
      <G x={26} y={205} w={60} />
      <Ring x={16} y={198} w={96} h={20} n={3} />
      <Link x={140} y={212} t={reset} />
      <Ring x={138} y={200} w={tw(reset) + 4} h={16} n={4} />
    </Sketch>
  );
}
