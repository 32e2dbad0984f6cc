/**
 * The registration form (CQ23, HN20): fields marked *, “手机号码” with “免费获取”, “验证码”,
 * the checkbox “我已阅读并同意服务条款” and “立即注册”. The notices name no other field, so the
 * other * fields are grey. One layout, three drawings: each rings what its step is about.
 */
import { Btn, Field, G, In, Ring, Sketch, T, type DrawingProps } from './parts';

type Focus = 'fields' | 'code' | 'submit';

function Form({ alt, focus }: { alt: string; focus: Focus }) {
  return (
    <Sketch h={252} alt={alt}>
      {[42, 66, 90].map((y) => (
        <g key={y}>
          <T x={12} y={y + 14} k="dw-a">
            *
          </T>
          <G x={22} y={y + 6} w={36} />
          <In x={72} y={y} w={156} />
        </g>
      ))}
      <T x={12} y={128} k="dw-a">
        *
      </T>
      <Field y={114} t="手机号码" x={20} w={98} />
      <Btn x={176} y={114} w={52} h={18} t="免费获取" />
      <T x={12} y={152} k="dw-a">
        *
      </T>
      <Field y={138} t="验证码" x={20} w={98} />
      <rect className="dw-in" x="14" y="172" width="11" height="11" rx="2" />
      <T x={31} y={182}>
        我已阅读并同意服务条款
      </T>
      <Btn x={12} y={204} w={216} h={24} t="立即注册" />
      {focus === 'fields' ? <Ring x={10} y={41} w={220} h={117} n={1} m={[226, 38]} /> : null}
      {focus === 'code' ? (
        <>
          <Ring x={176} y={114} w={52} h={18} n={1} />
          <Ring x={72} y={138} w={98} h={18} n={2} m={[182, 147]} />
        </>
      ) : null}
      {focus === 'submit' ? (
        <>
          <Ring x={14} y={170} w={144} h={15} n={1} />
          <Ring x={12} y={204} w={216} h={24} n={2} />
        </>
      ) : null}
      <G x={12} y={238} w={90} h={5} />
    </Sketch>
  );
}

export const RegisterForm = ({ alt }: DrawingProps) => <Form alt={alt} focus="fields" />;
export const SmsCode = ({ alt }: DrawingProps) => <Form alt={alt} focus="code" />;
export const RegisterSubmit = ({ alt }: DrawingProps) => <Form alt={alt} focus="submit" />;
