/**
 * The machine cannot be driven into a hole: any sequence of any events (answers that exist and
 * answers that don't, back, restart, go-to with any step and trail) from any state leaves it in a
 * known step from which the start is reachable. 10,000 sequences per school.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { wizardMachine, type WizardEvent } from '../../src/flow/machine';
import { shortestTrails } from '../../src/flow/paths';
import { START, steps, stepIds, type StepId } from '../../src/flow/steps';
import { schools } from '../helpers/schools';

const optionIds = [...new Set(stepIds.flatMap((s) => steps[s].options.map((o) => o.id)))];
const stepArb = fc.constantFrom(...stepIds);
const trailArb = fc.array(fc.record({ step: stepArb, option: fc.oneof(fc.constantFrom(...optionIds), fc.string()) }), { maxLength: 6 });

const eventArb: fc.Arbitrary<WizardEvent> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...optionIds).map((option) => ({ type: 'answer.select' as const, option })) },
  { weight: 1, arbitrary: fc.string().map((option) => ({ type: 'answer.select' as const, option })) },
  { weight: 2, arbitrary: fc.constant({ type: 'nav.back' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'nav.restart' as const }) },
  { weight: 1, arbitrary: fc.record({ step: stepArb, trail: trailArb }).map((e) => ({ type: 'nav.goto' as const, ...e })) },
);

describe.each(schools.map((s) => [s.id, s] as const))('school %s', (_id, school) => {
  const input = { rules: school.rules };
  it('stays in a known step, with the start reachable, after any 10,000 event sequences', () => {
    const canReachStart = (step: StepId) =>
      step === START ||
      // nav.restart is always accepted; check it really is, from this step
      (() => {
        const a = createActor(wizardMachine, {
          input,
          snapshot: wizardMachine.resolveState({ value: step, context: { ...input, trail: [] } }),
        }).start();
        a.send({ type: 'nav.restart' });
        const ok = a.getSnapshot().value === START;
        a.stop();
        return ok;
      })();
    const reachable = new Set(shortestTrails(school.rules).keys());
    fc.assert(
      fc.property(stepArb, fc.array(eventArb, { maxLength: 30 }), (from, events) => {
        const actor = createActor(wizardMachine, {
          input,
          snapshot: wizardMachine.resolveState({ value: from, context: { ...input, trail: [] } }),
        }).start();
        for (const event of events) {
          actor.send(event);
          const snap = actor.getSnapshot();
          expect(snap.status).toBe('active');
          expect(stepIds).toContain(snap.value);
          expect(Array.isArray(snap.context.trail)).toBe(true);
        }
        const end = actor.getSnapshot().value as StepId;
        actor.stop();
        expect(canReachStart(end)).toBe(true);
        // answers alone never lead outside what the school routes to
        if (events.every((e) => e.type === 'answer.select') && reachable.has(from)) expect(reachable.has(end)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
