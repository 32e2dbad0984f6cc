/**
 * What only fix and info steps show: the methods a school's notice gives (with the fix facts in
 * the step catalogue, content/catalogue/, behind them) and the step's sources. A chunk of its own (see ./page-parts).
 */
import noticeSchools from 'virtual:notice-schools';
import { MethodList } from '../components/method-list';
import { SourceList } from '../components/sources';
import type { StepId } from '../flow/steps';
import { useI18n } from '../i18n/use-t';
import { methodsFor, stepSources } from '../school/methods';
import { useSchool } from '../school/school-context';
import type { schoolVars } from '../school/vars';
import { citedIn } from '../school/attribution';
import { factSources } from '../school/facts';
import type { SourceId } from '../school/schema';
import { notices } from '../catalogue/fix-data';

export { methodsFor };

export function StepMethods({ step, vars }: { step: StepId; vars: ReturnType<typeof schoolVars> }) {
  const school = useSchool();
  const { mode, methods } = methodsFor(step, school);
  return <MethodList methods={methods} mode={mode} school={school} vars={vars} />;
}

/**
 * The notices this page actually uses: the notices of the methods it shows (only the school's own
 * where it shows its own), the notices its words cite (`{{by_…}}`) and those of its fact cards. In
 * a school's build the step's own notice counts only if it is the school's.
 */
export function StepSources({ step }: { step: StepId }) {
  const school = useSchool();
  const i18n = useI18n();
  const lng = i18n.language;
  const { mode, methods } = methodsFor(step, school);
  const used = new Set<SourceId>();
  const own = mode === 'school' || mode === 'own-notice';
  for (const m of methods) {
    if (own && school.source) {
      if (m.sources.length) used.add(school.source);
    } else m.sources.forEach((s) => used.add(s));
    citedIn(i18n.getResource(lng, 'procedures', m.procedure), school.source ?? 'generic', used);
    factSources(m.procedure, school, noticeSchools).forEach((s) => used.add(s));
  }
  citedIn(i18n.getResource(lng, 'steps', step), school.source ?? 'generic', used);
  for (const s of stepSources(step)) if (!school.source || s === school.source) used.add(s);
  return <SourceList sources={(Object.keys(notices) as SourceId[]).filter((s) => used.has(s))} variant="step" />;
}
