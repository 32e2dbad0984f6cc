/**
 * After logging in: the school's record path (JX22 “高等教育信息”-“学籍信息”, CQ23 “学信档案” →
 * “学籍信息（图像校对）”, HN20 “高等教育信息”), the first label among grey menu items, the
 * second as an entry below it. Where things sit is not in the notices, so the rest is boxes.
 */
import { G, Ring, Sketch, T, tw, type DrawingProps } from './parts';

export function OpenRecord({ alt, school }: DrawingProps) {
  const [first, second] = school.chsi.recordNav;
  const w1 = tw(first ?? '');
  return (
    <Sketch h={176} alt={alt}>
      <T x={16} y={52}>
        {first ?? ''}
      </T>
      <Ring x={14} y={41} w={w1 + 4} h={15} n={1} />
      <G x={w1 + 40} y={45} w={30} />
      <G x={w1 + 82} y={45} w={30} />
      <rect className="dw-card" x="12" y="70" width="216" height="92" rx="6" />
      {second ? (
        <>
          <T x={22} y={94}>
            {second}
          </T>
          <Ring x={20} y={83} w={tw(second) + 4} h={15} n={2} />
        </>
      ) : (
        <G x={22} y={86} w={110} />
      )}
      <G x={22} y={114} w={150} />
      <G x={22} y={128} w={120} />
      <G x={22} y={142} w={140} />
    </Sketch>
  );
}
