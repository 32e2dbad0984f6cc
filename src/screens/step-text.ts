import type { LooseT } from '../i18n/loose';
import type { StepId } from '../flow/steps';

/** A step's title (its h1 and `<title>`), with its variables; `plain` (../i18n/plain) strips its marks. */
export const stepTitle = (ts: LooseT, step: StepId, vars: Record<string, unknown> = {}) =>
  String(ts(`${step}.title`, { ...vars, ns: 'steps' }));
