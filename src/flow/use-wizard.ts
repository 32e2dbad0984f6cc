import { useMemo } from 'react';
import { optionsFor, type TrailEntry } from './machine';
import { steps, type StepId } from './steps';
import { WizardActor } from './wizard-context';

export interface WizardView {
  step: StepId;
  trail: ReadonlyArray<TrailEntry>;
  options: ReturnType<typeof optionsFor>;
  choose: (option: string) => void;
  back: () => void;
  restart: () => void;
  goto: (step: StepId, trail: ReadonlyArray<TrailEntry>) => void;
}

export function useWizard(): WizardView {
  const actor = WizardActor.useActorRef();
  const step = WizardActor.useSelector((s) => s.value as StepId);
  const trail = WizardActor.useSelector((s) => s.context.trail);
  const rules = WizardActor.useSelector((s) => s.context.rules);
  const options = useMemo(() => optionsFor(step, rules), [step, rules]);
  return useMemo(
    () => ({
      step,
      trail,
      options,
      choose: (option: string) => actor.send({ type: 'answer.select', option }),
      back: () => actor.send({ type: 'nav.back' }),
      restart: () => actor.send({ type: 'nav.restart' }),
      goto: (to: StepId, t: ReadonlyArray<TrailEntry>) => actor.send({ type: 'nav.goto', step: to, trail: t }),
    }),
    [actor, step, trail, options],
  );
}

export const stepKind = (step: StepId) => steps[step].kind;
