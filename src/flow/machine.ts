/**
 * The wizard statechart, compiled from the routing table in ./steps.
 * One state per step; answers, back, restart and "go to" (deep links, browser history) are events.
 * The machine is the router: an answer is a list of transitions guarded by the school's rules
 * (named guards over `context.rules`, combined with `and`/`not`), compiled once from the table's
 * `when` conditions and `if` branches. Routing only: no React, no i18next, no window. School facts
 * arrive as `input`.
 */
import { and, assign, not, setup } from 'xstate';
import { guardNames, guards as rules, type GuardName } from './guards';
import { branchesOf, type TrailEntry } from './options';
import { START, steps, stepIds, type OptionDef, type StepId } from './steps';
import type { SchoolRules } from '../school/schema';

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

type GuardArgs = { context: WizardContext };
/** Each school rule of ./guards as a named guard over the machine's context. */
const schoolGuards = Object.fromEntries(guardNames.map((name) => [name, ({ context }: GuardArgs) => rules[name](context.rules)])) as Record<
  GuardName,
  (args: GuardArgs) => boolean
>;

const wizard = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  guards: {
    ...schoolGuards,
    /** The student picked this option (which step offers it is the state the transition sits in). */
    picked: ({ event }, params: { option: string }) => event.type === 'answer.select' && event.option === params.option,
    canGoBack: ({ context }) => context.trail.length > 0,
    backTo: ({ context }, params: { step: StepId }) => context.trail.at(-1)?.step === params.step,
    isStep: ({ event }, params: { step: StepId }) => event.type === 'nav.goto' && event.step === params.step,
  },
  actions: {
    remember: assign({
      trail: ({ context }, params: TrailEntry) => [...context.trail, params],
    }),
    forget: assign({ trail: ({ context }) => context.trail.slice(0, -1) }),
    clear: assign({ trail: () => [] }),
    adopt: assign({ trail: ({ event }) => (event.type === 'nav.goto' ? [...event.trail] : []) }),
  },
});

/**
 * An option's transitions: one per branch of its target, guarded by "this option was picked",
 * the option's `when` rule, the branch's `if` rule and, so that exactly one branch holds for a
 * school, the rules of the branches before it not holding.
 */
function answerTransitions(step: StepId, option: OptionDef) {
  const branches = branchesOf(option.to);
  return branches.map((branch, i) => {
    const hold = [option.when, branch.if].filter((rule): rule is GuardName => rule !== undefined);
    const fail = branches.slice(0, i).flatMap((before) => (before.if ? [before.if] : []));
    return {
      guard: and([{ type: 'picked' as const, params: { option: option.id } }, and(hold), and(fail.map((rule) => not(rule)))]),
      target: `#wizard.${branch.to}`,
      actions: { type: 'remember' as const, params: { step, option: option.id } },
    };
  });
}

const stepState = (id: StepId) =>
  wizard.createStateConfig({
    tags: [steps[id].kind, steps[id].area],
    on: { 'answer.select': (steps[id].options as ReadonlyArray<OptionDef>).flatMap((o) => answerTransitions(id, o)) },
  });

export const wizardMachine = wizard.createMachine({
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
  states: Object.fromEntries(stepIds.map((id) => [id, stepState(id)])) as Record<StepId, ReturnType<typeof stepState>>,
});
