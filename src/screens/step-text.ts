import type { LooseT } from '../i18n/loose';
import type { StepId } from '../flow/steps';

/** A step's title (its h1 and `<title>`), with `[[…]]` CHSI marks removed for plain-text places. */
export const stepTitle = (ts: LooseT, step: StepId, vars: Record<string, unknown> = {}) =>
  String(ts(`${step}.title`, { ...vars, ns: 'steps' }));

export const plain = (text: string) => text.replace(/\[\[([^\]]+)\]\]/g, '“$1”');
