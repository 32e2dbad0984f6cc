/**
 * The record page: “姓名”, “证件号码” (JX22's field list), the “录取照片” (CQ23, HN20) and
 * “学籍状态” with the school's success value when the notice gives exactly one. Other fields grey.
 */
import { G, In, Ring, Sketch, T, type DrawingProps } from './parts';

export function CheckRecord({ alt, school }: DrawingProps) {
  const ok = school.successStatusLabels;
  return (
    <Sketch h={236} alt={alt}>
      <G x={12} y={40} w={90} h={8} />
      <T x={16} y={74}>
        姓名
      </T>
      <G x={70} y={67} w={60} />
      <Ring x={14} y={61} w={128} h={18} n={1} />
      <T x={16} y={104}>
        证件号码
      </T>
      <G x={70} y={97} w={66} />
      <Ring x={14} y={91} w={128} h={18} n={2} />
      {[124, 142, 160].map((y) => (
        <g key={y}>
          <G x={16} y={y} w={40} />
          <G x={70} y={y} w={54} />
        </g>
      ))}
      <In x={174} y={62} w={50} h={64} />
      <circle className="dw-g" cx="199" cy="84" r="10" />
      <path className="dw-g" d="M183 126c0-14 7-22 16-22s16 8 16 22z" />
      <T x={199} y={142} c>
        录取照片
      </T>
      <Ring x={172} y={60} w={54} h={86} n={3} />
      <G x={16} y={178} w={40} />
      <G x={70} y={178} w={90} />
      <T x={16} y={208}>
        学籍状态
      </T>
      {ok.length === 1 ? (
        <T x={70} y={208} k="dw-a">
          {ok[0]!}
        </T>
      ) : (
        <G x={70} y={201} w={70} />
      )}
      <Ring x={14} y={195} w={212} h={18} n={4} />
    </Sketch>
  );
}
