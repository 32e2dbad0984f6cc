import { useMemo } from 'react';
import { useT } from '../i18n/use-t';
import { useHydrated } from '../routing/use-hydrated';
import type { School } from '../school/schema';
import { formatDate } from './format-date';

export type DeadlineState =
  { kind: 'none' } | { kind: 'before' } | { kind: 'open'; daysLeft: number } | { kind: 'last-day' } | { kind: 'passed' };

/** Where today stands against the school's check window (dates are whole days, local time). */
export function deadlineState(window: School['window'], today: Date): DeadlineState {
  if (!window.end) return { kind: 'none' };
  const day = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const end = Date.parse(`${window.end}T00:00:00Z`);
  const start = window.start ? Date.parse(`${window.start}T00:00:00Z`) : null;
  if (start !== null && day < start) return { kind: 'before' };
  const daysLeft = Math.round((end - day) / 86_400_000);
  if (daysLeft < 0) return { kind: 'passed' };
  if (daysLeft === 0) return { kind: 'last-day' };
  return { kind: 'open', daysLeft };
}

/**
 * The check window and the days left. The days depend on today's date, so they are filled in
 * after the page loads (the prerendered page cannot know the day it is read).
 */
export function DeadlineBanner({ school, now }: { school: School; now?: () => Date }) {
  const t = useT();
  const hydrated = useHydrated();
  const state = useMemo(
    () => (hydrated ? deadlineState(school.window, (now ?? (() => new Date()))()) : null),
    [hydrated, school.window, now],
  );
  if (!school.window.end) return null;
  const end = formatDate(school.window.end, t);
  const start = school.window.start ? formatDate(school.window.start, t) : '';
  let text: string;
  switch (state?.kind) {
    case 'before':
      text = t('deadline.before', { start, end });
      break;
    case 'open':
      text = t('deadline.open', { end, count: state.daysLeft });
      break;
    case 'last-day':
      text = t('deadline.lastDay', { end });
      break;
    case 'passed':
      text = t('deadline.passed', { end });
      break;
    default:
      text = start ? t('deadline.window', { start, end }) : t('deadline.until', { end });
  }
  return (
    <p className={`deadline deadline--${state?.kind ?? 'static'}`} role="status">
      {text}
    </p>
  );
}
