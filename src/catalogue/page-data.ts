/**
 * What the page's main script needs from the step catalogue (validated at build by
 * scripts/content-plugin.ts): the helpers and the drawings each step may show. Small on purpose.
 */
import * as data from 'virtual:catalogue/pages';
import type { StepId } from '../flow/steps';
import type { HelperId, StepDrawing } from './schema';

/** The steps that offer helpers, and which, in order. */
export const helpersByStep = data.helpers as Partial<Record<StepId, HelperId[]>>;
/** The steps that may show drawings, each with the condition on the school it needs, if any. */
export const drawingsOfStep = data.drawings as Partial<Record<StepId, StepDrawing[]>>;
