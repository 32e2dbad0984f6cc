/**
 * On the start page of a school's build: a gentle word when the school's notice is more than two
 * years older than the build (BUILD_DATE at build, else the day it was built): CHSI's pages and
 * procedures may have changed since. The generic build has no notice of its own: nothing shown.
 */
import { builtOn } from '../routing/site';
import { useT } from '../i18n/use-t';
import type { School } from '../school/schema';

/** Whole years from the notice's date to the build's date (a notice of 2023-10-11 is 3 years old on 2026-11-30). */
export function noticeAgeYears(noticeDate: string, today: string): number {
  const [ny, nm, nd] = noticeDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - ny - (tm < nm || (tm === nm && td < nd) ? 1 : 0);
}

export const isNoticeOld = (noticeDate: string | null, today: string) => noticeDate !== null && noticeAgeYears(noticeDate, today) >= 2;

export function NoticeAge({ school, today = builtOn() }: { school: School; today?: string }) {
  const t = useT();
  const date = school.notice.date;
  if (!school.source || !date || !isNoticeOld(date, today)) return null;
  return <p className="notice-age">{t('noticeAge.old', { year: date.slice(0, 4) })}</p>;
}
