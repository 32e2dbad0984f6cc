/** A fix's methods: recommended first as the school orders them, flags and reasons, steps, facts, source. */
import { useT } from '../i18n/use-t';
import { useLooseT } from '../i18n/loose';
import type { MethodMode, ShownMethod } from '../school/methods';
import type { School, SourceId } from '../school/schema';
import { noticeYear } from '../school/attribution';
import { notices } from '../catalogue/fix-data';
import { RichText } from './rich-text';
import { SourceList } from './sources';
import { TextList } from './text-list';
import { FactCards } from './fact-cards';

interface Props {
  methods: ShownMethod[];
  mode: MethodMode;
  school: School;
  vars: Record<string, unknown>;
}

export function MethodList({ methods, mode, school, vars }: Props) {
  const t = useT();
  if (!methods.length) return null;
  return (
    <section className="methods" aria-labelledby="methods-heading">
      <h2 id="methods-heading">{t('fix.methods')}</h2>
      {mode === 'school-silent' ? <p className="notice notice--warn">{t('fix.schoolSilent')}</p> : null}
      {mode === 'all-notices' && methods.filter((m) => m.sources.length).length > 1 ? (
        <p className="notice">{t('fix.methodOrderGeneric')}</p>
      ) : null}
      <ol className="methods__list">
        {methods.map((m) => (
          <li
            key={m.procedure}
            className={`method${m.recommended ? ' method--recommended' : ''}${m.discouraged ? ' method--discouraged' : ''}`}
          >
            <Method method={m} school={school} vars={vars} showSources={mode !== 'school' && mode !== 'own-notice'} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** 「推荐」 in the school's own build; 「重庆文理学院 2023 年的通知推荐」 where another notice says so. */
function useFlag() {
  const t = useT();
  const tc = useLooseT('common');
  return (by: SourceId[], own: SourceId | null, kind: 'recommended' | 'discouraged') => {
    const others = by.filter((s) => s !== own);
    if (!others.length) return t(kind === 'recommended' ? 'fix.recommended' : 'fix.discouraged');
    const who = others.map((s) => tc('attrib.name', { school: notices[s].school, year: noticeYear(s) })).join(t('fix.listSeparator'));
    return tc(kind === 'recommended' ? 'fix.recommendedBy' : 'fix.discouragedBy', { who });
  };
}

function Method({
  method,
  school,
  vars,
  showSources,
}: {
  method: ShownMethod;
  school: School;
  vars: Record<string, unknown>;
  showSources: boolean;
}) {
  const t = useT();
  const tp = useLooseT('procedures');
  const tc = useLooseT('common');
  const flag = useFlag();
  const key = method.procedure;
  const steps = tp(`${key}.steps`, { ...vars, returnObjects: true }) as unknown as string[];
  const warnings = (tp(`${key}.warnings`, { ...vars, returnObjects: true, defaultValue: [] }) as unknown as string[]) ?? [];
  return (
    <article className="method__body" aria-labelledby={`method-${key}`}>
      <h3 id={`method-${key}`} className="method__title">
        <RichText text={tp(`${key}.title`, vars)} />
      </h3>
      <p className="method__flags">
        {method.recommended ? <span className="badge badge--good">{flag(method.recommendedBy, school.source, 'recommended')}</span> : null}
        {method.discouraged ? <span className="badge badge--warn">{flag(method.discouragedBy, school.source, 'discouraged')}</span> : null}
        {method.reason ? <span className="method__reason">{tc(`reasons.${method.reason}`)}</span> : null}
        {method.label ? <span className="method__label">{t('fix.schoolLabel', { label: method.label })}</span> : null}
      </p>
      <TextList items={steps} ordered className="steps" />
      <TextList items={warnings} className="warnings" />
      <FactCards procedure={key} school={school} />
      {showSources ? <SourceList sources={method.sources} variant="method" /> : null}
    </article>
  );
}
