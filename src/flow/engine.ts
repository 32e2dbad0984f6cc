/**
 * The running statechart: XState and the wizard machine, in a chunk of their own. The page
 * renders without it (see src/routing/wizard-context.tsx) and loads it just after it has become interactive.
 */
import { createActor } from 'xstate';
import { wizardMachine } from './machine';
import type { TrailEntry } from './options';
import type { StepId } from './steps';
import type { SchoolRules } from '../school/schema';

/** Start the machine in the state a page shows: its step, and the answers that led there. */
export function startWizard(rules: SchoolRules, step: StepId, trail: ReadonlyArray<TrailEntry>) {
  const snapshot = wizardMachine.resolveState({ value: step, context: { rules, trail } });
  return createActor(wizardMachine, { snapshot, input: { rules, trail } }).start();
}

export type WizardActorRef = ReturnType<typeof startWizard>;
