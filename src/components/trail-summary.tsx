import { useT } from '../i18n/use-t';
import { plain } from '../i18n/plain';
import { CopyText } from './copy-button';
import type { Crumb } from './breadcrumb';

/** What the student tried, as plain text to send to a counselor: step titles and answers, nothing typed. */
export function TrailSummary({ crumbs, current, usual = false }: { crumbs: Crumb[]; current: string; usual?: boolean }) {
  const t = useT();
  if (!crumbs.length) return null;
  const lines = [
    t('summary.heading'),
    ...crumbs.map((c, i) => t('summary.line', { n: i + 1, question: plain(c.question), answer: plain(c.answer) })),
    t('summary.now', { step: plain(current) }),
    // opened from a link: the lines above are the usual way here, not what the student chose
    ...(usual ? [t('summary.usual')] : []),
  ];
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summary.title')}</h2>
      <p>{t('summary.intro')}</p>
      <CopyText text={lines.join('\n')} label={t('summary.copy')} as="pre" className="summary__copy" />
    </section>
  );
}
