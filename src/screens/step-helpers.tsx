/** The in-browser helpers, on the steps where what the student typed matters. Loaded only there. */
import { lazy, Suspense } from 'react';
import { helpersByStep } from '../catalogue/page-data';
import { useT } from '../i18n/use-t';
import type { StepId } from '../flow/steps';
import { useWizard } from '../routing/wizard-context';
import { RichText } from '../components/rich-text';
import { useLooseT } from '../i18n/loose';
import { useHref } from '../routing/page-context';
import { part } from './page-parts';
import { useSchool } from '../school/school-context';

const IdChecker = lazy(() => import('../tools/id-checker').then((m) => ({ default: m.IdChecker })));
const NameChecker = lazy(() => import('../tools/name-checker').then((m) => ({ default: m.NameChecker })));

/** Whether a step offers helpers: its catalogue entry's `helpers` (content/catalogue/steps/). */
export const hasHelpers = (step: StepId) => Boolean(helpersByStep[step]?.length);

export function StepHelpers({ step }: { step: StepId }) {
  const t = useT();
  // The helpers need typing, so they only exist once scripts run (and the page has all its words);
  // the prerendered page says so.
  const { ready } = useWizard();
  const helpers = helpersByStep[step];
  if (!helpers?.length) return null;
  if (!ready) return <p className="helpers helpers--static">{t('needsJs')}</p>;
  return (
    <div className="helpers" key={step}>
      {helpers.includes('name') && step !== 'name-changed' ? <NameRule /> : null}
      <Suspense fallback={<p className="helpers__loading" aria-busy="true" />}>
        {helpers.map((h) => (h === 'name' ? <NameChecker key={h} /> : <IdChecker key={h} showId15={h === 'id15'} />))}
      </Suspense>
    </div>
  );
}

/** Beside the name checker: which name the school's notice says to register with after a change. */
function NameRule() {
  const t = useT();
  const tp = useLooseT('procedures');
  const school = useSchool();
  const href = useHref();
  const fix = part('fix');
  if (!fix) return null;
  const { mode, methods } = fix.methodsFor('name-changed', school);
  const rule = methods
    .filter((m) => m.sources.length) // the notices' rules, not the wizard's own "ask" fallback
    .map((m) => tp(`${m.procedure}.title`))
    .join(t('fix.listSeparator'));
  return (
    <p className="helpers__rule">
      <RichText text={t(mode === 'school' || mode === 'own-notice' ? 'nameRule.own' : 'nameRule.various', { rule })} />{' '}
      <a href={href('name-changed')}>{t('nameRule.more')}</a>
    </p>
  );
}
