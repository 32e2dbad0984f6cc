/**
 * The wizard statechart, built from the routing table in ./steps.
 * One state per step; answers, back, restart and "go to" (deep links, browser history) are events.
 * Routing only: no React, no i18next, no window. School facts arrive as `input`.
 */
import { assign, setup } from 'xstate';
import { optionsFor, resolveTarget, type TrailEntry } from './options';
import { START, steps, stepIds, type StepId } from './steps';
import type { SchoolRules } from '../school/schema';

export { optionsFor, resolveTarget, type TrailEntry };

export interface WizardInput {
  readonly rules: SchoolRules;
  /** Where a cold open lands (a deep link); defaults to the start. */
  readonly trail?: ReadonlyArray<TrailEntry>;
}

export interface WizardContext {
  readonly rules: SchoolRules;
  /** The answers that led here, oldest first: the breadcrumb, and what Back undoes. */
  readonly trail: ReadonlyArray<TrailEntry>;
}

export type WizardEvent =
  | { type: 'answer.select'; option: string }
  | { type: 'nav.back' }
  | { type: 'nav.restart' }
  | { type: 'nav.goto'; step: StepId; trail: ReadonlyArray<TrailEntry> };

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  guards: {
    /** The student picked this option on this step, and the school offers it. */
    offers: ({ context, event }, params: { step: StepId; option: string; branch?: number }) => {
      if (event.type !== 'answer.select' || event.option !== params.option) return false;
      const option = optionsFor(params.step, context.rules).find((o) => o.id === params.option);
      if (!option) return false;
      if (params.branch === undefined) return true;
      const def = steps[params.step].options.find((o) => o.id === params.option);
      return def !== undefined && typeof def.to !== 'string' && resolveTarget(def.to, context.rules) === def.to[params.branch]?.to;
    },
    canGoBack: ({ context }) => context.trail.length > 0,
    backTo: ({ context }, params: { step: StepId }) => context.trail.at(-1)?.step === params.step,
    isStep: ({ event }, params: { step: StepId }) => event.type === 'nav.goto' && event.step === params.step,
  },
  actions: {
    remember: assign({
      trail: ({ context }, params: { step: StepId; option: string }) => [...context.trail, params],
    }),
    forget: assign({ trail: ({ context }) => context.trail.slice(0, -1) }),
    clear: assign({ trail: () => [] }),
    adopt: assign({ trail: ({ event }) => (event.type === 'nav.goto' ? [...event.trail] : []) }),
  },
}).createMachine({
  id: 'wizard',
  initial: START,
  context: ({ input }) => ({ rules: input.rules, trail: input.trail ?? [] }),
  on: {
    'nav.restart': { target: `.${START}`, actions: 'clear' },
    'nav.back': stepIds.map((id) => ({
      guard: { type: 'backTo' as const, params: { step: id } },
      target: `.${id}`,
      actions: 'forget' as const,
    })),
    'nav.goto': stepIds.map((id) => ({
      guard: { type: 'isStep' as const, params: { step: id } },
      target: `.${id}`,
      actions: 'adopt' as const,
    })),
  },
  states: Object.fromEntries(
    stepIds.map((id) => {
      const def = steps[id];
      const answers = def.options.flatMap((o) =>
        typeof o.to === 'string'
          ? [
              {
                guard: { type: 'offers' as const, params: { step: id, option: o.id } },
                target: `#wizard.${o.to}`,
                actions: { type: 'remember' as const, params: { step: id, option: o.id } },
              },
            ]
          : o.to.map((branch, i) => ({
              guard: { type: 'offers' as const, params: { step: id, option: o.id, branch: i } },
              target: `#wizard.${branch.to}`,
              actions: { type: 'remember' as const, params: { step: id, option: o.id } },
            })),
      );
      return [id, { tags: [def.kind, def.area], on: { 'answer.select': answers } }];
    }),
  ) as Record<StepId, object>,
});

