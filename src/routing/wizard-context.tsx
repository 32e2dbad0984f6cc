/**
 * The only seam between React and the statechart. Screens read a `WizardView` (`useWizard`) and
 * never `send`: they get intents (`choose`, `back`, `restart`, `goto`).
 *
 * A page first renders from the state its address stands for (its step, and the answers that led
 * there), which needs only the routing table. The statechart (XState and the machine, ../flow/engine)
 * is loaded right after the page has become interactive, together with whatever `prepare` loads
 * (the rest of the words), and from then on every change of step goes through it. Until then
 * `ready` is false and the screens let links be links (a real page load), so a tap is never lost.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSelector } from '@xstate/react';
import type { WizardActorRef } from '../flow/engine';
import { optionsFor, type TrailEntry } from '../flow/options';
import type { StepId } from '../flow/steps';
import type { SchoolRules } from '../school/schema';

export interface WizardView {
  step: StepId;
  trail: ReadonlyArray<TrailEntry>;
  options: ReturnType<typeof optionsFor>;
  /** The statechart is running: changes of step can happen in the page. */
  ready: boolean;
  choose: (option: string) => void;
  back: () => void;
  restart: () => void;
  goto: (step: StepId, trail: ReadonlyArray<TrailEntry>) => void;
}

const WizardContext = createContext<WizardView | null>(null);

export interface WizardProviderProps {
  rules: SchoolRules;
  /** Where this page is: its step, and the answers that led there. */
  step: StepId;
  trail: ReadonlyArray<TrailEntry>;
  /**
   * Client only: what else must be there before the first change of step (the rest of the words).
   * Without it (rendering to HTML) the statechart is never loaded.
   */
  prepare?: () => Promise<unknown>;
  /** Called once the statechart runs. */
  onReady?: () => void;
  children: ReactNode;
}

type Event = Parameters<WizardActorRef['send']>[0];

export function WizardProvider({ rules, step: pageStep, trail: pageTrail, prepare, onReady, children }: WizardProviderProps) {
  const [actor, setActor] = useState<WizardActorRef>();
  const starting = useRef<Promise<WizardActorRef> | null>(null);
  // Until the machine runs nothing can change the step, so the page's own state is the current one.
  const begin = useRef({ rules, step: pageStep, trail: pageTrail, prepare, onReady });

  const start = useCallback(() => {
    if (!starting.current) {
      const { rules: r, step: s, trail: t, prepare: p, onReady: done } = begin.current;
      starting.current = Promise.all([import('../flow/engine'), p?.()]).then(([engine]) => {
        const running = engine.startWizard(r, s, t);
        setActor(running);
        done?.();
        return running;
      });
      // a failed load (offline, a new deploy) is tried again at the next intent; links still work
      starting.current.catch(() => (starting.current = null));
    }
    return starting.current;
  }, []);

  useEffect(() => {
    if (begin.current.prepare) void start().catch(() => {});
  }, [start]);

  const step = useSelector(actor, (s) => s?.value as StepId | undefined) ?? pageStep;
  const trail = useSelector(actor, (s) => s?.context.trail) ?? pageTrail;
  const options = useMemo(() => optionsFor(step, rules), [step, rules]);
  const send = useCallback(
    (event: Event) => (actor ? actor.send(event) : void start().then((a) => a.send(event), () => {})),
    [actor, start],
  );
  const view = useMemo<WizardView>(
    () => ({
      step,
      trail,
      options,
      ready: actor !== undefined,
      choose: (option) => send({ type: 'answer.select', option }),
      back: () => send({ type: 'nav.back' }),
      restart: () => send({ type: 'nav.restart' }),
      goto: (to, t) => send({ type: 'nav.goto', step: to, trail: t }),
    }),
    [step, trail, options, actor, send],
  );
  return <WizardContext.Provider value={view}>{children}</WizardContext.Provider>;
}

export function useWizard(): WizardView {
  const view = useContext(WizardContext);
  if (!view) throw new Error('useWizard: no WizardProvider above this component');
  return view;
}
