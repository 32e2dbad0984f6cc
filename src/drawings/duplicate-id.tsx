/**
 * CQ23 附件2 (方法3): log in, tap “解决身份证号重复的问题”, then “提供学籍或学历信息” (the third
 * of the methods, 「下图中方法3」), enter 院校名称, 学号, 入学年份 and tap “确定”.
 * Three screens, one under the other, joined by a “next screen” chevron.
 */
import { Btn, Field, G, Link, Next, Ring, Sketch, T, tw, type DrawingProps } from './parts';

export function DuplicateId({ alt }: DrawingProps) {
  const link = '解决身份证号重复的问题';
  return (
    <Sketch h={306} alt={alt}>
      <G x={12} y={40} w={150} />
      <Link x={16} y={68} t={link} />
      <Ring x={14} y={56} w={tw(link) + 4} h={16} n={1} />
      <Next y={88} />
      {[98, 122].map((y) => (
        <g key={y}>
          <rect className="dw-card" x="12" y={y} width="216" height="20" rx="4" />
          <G x={22} y={y + 7} w={y === 98 ? 120 : 90} />
        </g>
      ))}
      <rect className="dw-card" x="12" y="146" width="216" height="20" rx="4" />
      <T x={22} y={160}>
        提供学籍或学历信息
      </T>
      <Ring x={12} y={146} w={216} h={20} n={2} />
      <Next y={184} />
      <Field y={196} t="院校名称" ix={72} />
      <Field y={220} t="学号" ix={72} />
      <Field y={244} t="入学年份" ix={72} />
      <Btn x={12} y={272} w={216} h={22} t="确定" />
      <Ring x={12} y={272} w={216} h={22} n={3} />
    </Sketch>
  );
}
