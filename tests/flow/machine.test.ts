/**
 * Model-based tests generated from the statechart (xstate/graph), for every school: every step
 * the school routes to is reachable by answers alone, every step has a way forward and back,
 * every transition the machine takes is the one `optionsFor` (what a page renders before the
 * statechart loads) names, and every catalogue entry exists as a step.
 *
 * Every transition, not every path: a school has more than five million simple paths from the
 * start (measured with a depth-first walk), so the tests walk every reachable step (shortest
 * paths) and try every answer there, which covers every edge of the graph.
 */
import { describe, expect, it } from 'vitest';
import { createActor, getNextSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { wizardMachine, type WizardEvent } from '../../src/flow/machine';
import { optionsFor } from '../../src/flow/options';
import { guardNames, guards } from '../../src/flow/guards';
import { canonicalTrail } from '../../src/flow/paths';
import { START, steps, stepIds, type StepId } from '../../src/flow/steps';
import type { SchoolRules } from '../../src/school/schema';
import { schools } from '../helpers/schools';

/** E01–E33 of shared/catalogue.md §3, by slug (E06 has two sub-cases). */
const catalogueSlugs = [
  'id-registered-by-self',
  'id-registered-by-someone',
  'duplicate-id',
  'dup-id-record-verify-failed',
  'id-registered-by-conscription',
  'phone-already-registered',
  'phone-already-registered-not-own',
  'phone-already-registered-own',
  'sms-code-locked',
  'sms-code-how-to',
  'reregister-email-already-used',
  'name-traditional-or-spaces',
  'name-changed',
  'forgot-username',
  'username-lookup-not-registered',
  'username-lookup-throttled',
  'forgot-password',
  'lost-email',
  'cannot-login-repeatedly',
  'school-cannot-reset',
  'phone-number-will-change',
  'record-not-yet-uploaded',
  'not-in-this-round',
  'cannot-link-record',
  'forfeited-admission',
  'status-other',
  'still-on-unchecked-list',
  'info-wrong',
  'admission-photo-wrong',
  'admission-info-mismatch-hukou',
  'hukou-changed-after-admission',
  'info-change-deadline',
  'helping-a-classmate',
  'school-system-login',
  'other-problem',
];

const allAnswers: WizardEvent[] = [...new Set(stepIds.flatMap((s) => steps[s].options.map((o) => o.id)))].map((option) => ({
  type: 'answer.select',
  option,
}));

/** The steps a school's routing should reach: all, except those that require a rule the school lacks. */
const expectedSteps = (rules: (typeof schools)[number]['rules']) =>
  stepIds.filter((id) => {
    const req = (steps[id] as { requires?: keyof typeof guards }).requires;
    return !req || guards[req](rules);
  });

/** Where the machine goes from a step on an answer (the step itself when it does not take the answer). */
const answerFrom = (rules: SchoolRules, from: StepId, option: string) =>
  String(
    getNextSnapshot(wizardMachine, wizardMachine.resolveState({ value: from, context: { rules, trail: [] } }), {
      type: 'answer.select',
      option,
    }).value,
  );

const allOptionIds = allAnswers.map((e) => (e as { option: string }).option);

/**
 * Checks that on every given step the machine takes exactly the answers optionsFor offers, to the
 * same step: every answer of any step (default), or the step's own answers and one it lacks.
 */
function expectMachineAgrees(rules: SchoolRules, from: Iterable<StepId>, answers?: (step: StepId) => string[]) {
  for (const step of from) {
    const offered = new Map(optionsFor(step, rules).map((o) => [o.id, o.to as string]));
    for (const option of answers?.(step) ?? allOptionIds) {
      expect(answerFrom(rules, step, option), `${step} → ${option}`).toBe(offered.get(option) ?? step);
    }
  }
}

it('every catalogue entry is a step', () => {
  for (const slug of catalogueSlugs) expect(stepIds, slug).toContain(slug);
});

describe.each(schools.map((s) => [s.id, s] as const))('school %s', (_id, school) => {
  const input = { rules: school.rules };
  const paths = getShortestPaths(wizardMachine, {
    input,
    events: allAnswers,
    serializeState: (s) => String(s.value),
  });
  const reached = new Set(paths.map((p) => String(p.state.value)));

  it('reaches exactly the steps its rules route to, by answers alone', () => {
    expect([...reached].sort()).toEqual(expectedSteps(school.rules).sort());
  });

  it('takes every answer optionsFor offers, to the step it names, and no other answer, on every reached step', () => {
    expectMachineAgrees(school.rules, reached as Set<StepId>);
  });

  it('offers a way forward on every step that does not end a story', () => {
    for (const id of stepIds) {
      if ((steps[id] as { end?: boolean }).end) continue;
      expect(optionsFor(id, school.rules).length, id).toBeGreaterThan(0);
    }
  });

  it('takes every answer to the step the routing table names, and back again', () => {
    for (const path of paths) {
      const from = String(path.state.value) as StepId;
      for (const option of optionsFor(from, school.rules)) {
        const actor = createActor(wizardMachine, {
          input,
          snapshot: wizardMachine.resolveState({ value: from, context: { ...input, trail: canonicalTrail(from, school.rules) } }),
        }).start();
        actor.send({ type: 'answer.select', option: option.id });
        expect(actor.getSnapshot().value, `${from} → ${option.id}`).toBe(option.to);
        expect(actor.getSnapshot().context.trail.at(-1)).toEqual({ step: from, option: option.id });
        actor.send({ type: 'nav.back' });
        expect(actor.getSnapshot().value, `back from ${option.to}`).toBe(from);
        actor.stop();
      }
    }
  });

  it('ignores answers a step does not offer', () => {
    const actor = createActor(wizardMachine, { input }).start();
    actor.send({ type: 'answer.select', option: 'worked' });
    expect(actor.getSnapshot().value).toBe(START);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe(START);
  });

  it('restarts from any step, and goes to any step with its trail', () => {
    for (const id of stepIds) {
      const actor = createActor(wizardMachine, { input }).start();
      actor.send({ type: 'nav.goto', step: id, trail: canonicalTrail(id, school.rules) });
      expect(actor.getSnapshot().value).toBe(id);
      actor.send({ type: 'nav.restart' });
      expect(actor.getSnapshot().value).toBe(START);
      expect(actor.getSnapshot().context.trail).toEqual([]);
      actor.stop();
    }
  });
});

it('agrees with optionsFor for every combination of school rules, on every step', () => {
  // the shipped schools use a few combinations; a new school may use any
  const combinations = Array.from(
    { length: 2 ** guardNames.length },
    (_, mask) => Object.fromEntries(guardNames.map((name, i) => [name, Boolean(mask & (1 << i))])) as SchoolRules,
  );
  for (const rules of combinations) {
    expectMachineAgrees(rules, stepIds, (step) => [...steps[step].options.map((o) => o.id), 'no-such-answer']);
  }
});
