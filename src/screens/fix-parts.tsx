/**
 * What only fix and info steps show: the methods a school's notice gives (with the fix facts in
 * the step catalogue, content/catalogue/, behind them) and the step's sources. A chunk of its own (see ./page-parts).
 */
import { MethodList } from '../components/method-list';
import { SourceList } from '../components/sources';
import type { StepId } from '../flow/steps';
import { methodsFor, stepSources } from '../school/methods';
import { useSchool } from '../school/school-context';
import type { schoolVars } from '../school/vars';

export { methodsFor };

export function StepMethods({ step, vars }: { step: StepId; vars: ReturnType<typeof schoolVars> }) {
  const school = useSchool();
  const { mode, methods } = methodsFor(step, school);
  return <MethodList methods={methods} mode={mode} school={school} vars={vars} />;
}

export function StepSources({ step }: { step: StepId }) {
  return <SourceList sources={stepSources(step)} variant="step" />;
}
