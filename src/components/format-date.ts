import type { TFunction } from 'i18next';

/** An ISO date (YYYY-MM-DD) in the page's language, from the `date` pattern in common.json. */
export function formatDate(iso: string, t: TFunction): string {
  const [year, month, day] = iso.split('-').map(Number);
  return t('date', { year, month, day });
}
