/** A fix's methods: recommended first as the school orders them, flags and reasons, steps, facts, source. */
import { useT } from '../i18n/use-t';
import { useLooseT } from '../i18n/loose';
import type { MethodMode, ShownMethod } from '../school/methods';
import { cards } from '../catalogue/fix-data';
import type { School } from '../school/schema';
import { OfficeCard } from './office-card';
import { RichText } from './rich-text';
import { SourceList } from './sources';
import { TextList } from './text-list';
import { CsCard, SystemCard } from './contact-cards';

/** The office a procedure's card shows (content/catalogue/procedure-cards.json: `office.<key>`). */
const officeOf = (card: string | undefined) => (card?.startsWith('office.') ? (card.slice('office.'.length) as keyof School['offices']) : undefined);

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
      {mode === 'all-notices' && methods.length > 1 ? <p className="notice">{t('fix.methodOrderGeneric')}</p> : null}
      <ol className="methods__list">
        {methods.map((m) => (
          <li key={m.procedure} className={`method${m.recommended ? ' method--recommended' : ''}${m.discouraged ? ' method--discouraged' : ''}`}>
            <Method method={m} school={school} vars={vars} showSources={mode !== 'school' && mode !== 'own-notice'} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Method({ method, school, vars, showSources }: { method: ShownMethod; school: School; vars: Record<string, unknown>; showSources: boolean }) {
  const t = useT();
  const tp = useLooseT('procedures');
  const tc = useLooseT('common');
  const key = method.procedure;
  const steps = tp(`${key}.steps`, { ...vars, returnObjects: true }) as unknown as string[];
  const warnings = (tp(`${key}.warnings`, { ...vars, returnObjects: true, defaultValue: [] }) as unknown as string[]) ?? [];
  const card = cards[key];
  const office = officeOf(card);
  return (
    <article className="method__body" aria-labelledby={`method-${key}`}>
      <h3 id={`method-${key}`} className="method__title">
        <RichText text={tp(`${key}.title`, vars)} />
      </h3>
      <p className="method__flags">
        {method.recommended ? <span className="badge badge--good">{showSources ? t('fix.recommendedByNotice') : t('fix.recommended')}</span> : null}
        {method.discouraged ? <span className="badge badge--warn">{showSources ? t('fix.discouragedByNotice') : t('fix.discouraged')}</span> : null}
        {method.reason ? <span className="method__reason">{tc(`reasons.${method.reason}`)}</span> : null}
        {method.label ? <span className="method__label">{t('fix.schoolLabel', { label: method.label })}</span> : null}
      </p>
      <TextList items={steps} ordered className="steps" />
      <TextList items={warnings} className="warnings" />
      {card === 'classmate-assist' && school.classmateAssist ? (
        <ul className="warnings">
          {school.classmateAssist.bothPhones ? <li>{t('fix.classmateBothPhones')}</li> : null}
          {school.classmateAssist.maxPerDay ? <li>{t('fix.classmateLimit', { count: school.classmateAssist.maxPerDay })}</li> : null}
        </ul>
      ) : null}
      {office ? <OfficeCard office={school.offices[office]} /> : null}
      {card === 'customer-service' ? <CsCard school={school} /> : null}
      {card === 'school-system' ? <SystemCard school={school} /> : null}
      {showSources ? <SourceList sources={method.sources} variant="method" /> : null}
    </article>
  );
}
