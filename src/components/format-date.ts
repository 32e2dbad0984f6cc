import type { TFunction } from 'i18next';

/** An ISO date (YYYY-MM-DD) in the page's language, from the `date` pattern in common.json. */
export function formatDate(iso: string, t: TFunction): string {
  const [year, month, day] = iso.split('-').map(Number);
  const pad = (n: number) => String(n).padStart(2, '0');
  return t('date', { year, month, day, mm: pad(month), dd: pad(day) });
}
