import { useT } from '../i18n/use-t';
import { notices } from '../catalogue/fix-data';
import type { SourceId } from '../school/schema';
import { formatDate } from './format-date';

export { notices };

/** The notice(s) a fix or method comes from, by school and date. */
export function SourceList({ sources, variant }: { sources: SourceId[]; variant: 'step' | 'method' }) {
  const t = useT();
  if (!sources.length) return <p className={`sources sources--${variant}`}>{t(variant === 'step' ? 'fix.noSource' : 'fix.notFromNotice')}</p>;
  const lines = sources.map((s) => {
    const n = notices[s];
    const date = formatDate(n.date, t);
    return n.title ? t('fix.sourceLine', { school: n.school, title: n.title, date }) : t('fix.sourceLineNoTitle', { school: n.school, date });
  });
  if (variant === 'method') return <p className="sources sources--method">{t('fix.fromNotices', { list: lines.join(t('fix.listSeparator')) })}</p>;
  return (
    <section className="sources sources--step" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('fix.sources')}</h2>
      <ul>
        {lines.map((l) => (
          <li key={l}>
            {l}
          </li>
        ))}
      </ul>
    </section>
  );
}
