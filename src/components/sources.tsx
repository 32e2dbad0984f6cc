import { useT } from '../i18n/use-t';
import { notices } from '../catalogue/fix-data';
import type { SourceId } from '../school/schema';
import { formatDate } from './format-date';
import { ExternalLink } from './rich-text';

/**
 * One notice as a source: school, title and date (only the year where the page states no date),
 * and, said plainly, when the school is only read from the page's address or not confirmed.
 */
function useSourceLine() {
  const t = useT();
  return (s: SourceId) => {
    const n = notices[s];
    const date = n.dateStated === false ? t('fix.sourceYearOnly', { year: n.date.slice(0, 4) }) : formatDate(n.date, t);
    const line = n.title
      ? t('fix.sourceLine', { school: n.school, title: n.title, date })
      : t('fix.sourceLineNoTitle', { school: n.school, date });
    const notes = [n.inferred ? t('fix.sourceInferred') : '', n.unverified ? t('fix.sourceUnverified') : ''].join('');
    return { line: line + notes, url: n.url };
  };
}

export { notices };

/** The notice(s) a fix or method comes from, by school and date. */
export function SourceList({ sources, variant }: { sources: SourceId[]; variant: 'step' | 'method' }) {
  const t = useT();
  const lineOf = useSourceLine();
  if (!sources.length)
    return <p className={`sources sources--${variant}`}>{t(variant === 'step' ? 'fix.noSource' : 'fix.notFromNotice')}</p>;
  const lines = sources.map((s) => ({ id: s, ...lineOf(s) }));
  const newest = sources
    .map((s) => notices[s].date.slice(0, 4))
    .sort()
    .at(-1);
  if (variant === 'method')
    return (
      <p className="sources sources--method">{t('fix.fromNotices', { list: lines.map((l) => l.line).join(t('fix.listSeparator')) })}</p>
    );
  return (
    <section className="sources sources--step" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('fix.sources')}</h2>
      <ul>
        {lines.map((l) => (
          <li key={l.id} data-source={l.id}>
            {l.line}
            {l.url ? (
              <>
                {' '}
                <ExternalLink href={l.url}>{t('fix.sourceLink')}</ExternalLink>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="sources__newest">{t('fix.newest', { year: newest })}</p>
    </section>
  );
}
