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
import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSelector } from '@xstate/react';
import type { WizardActorRef } from '../flow/engine';
import { optionsFor, type TrailEntry } from '../flow/options';
import type { StepId } from '../flow/steps';
import type { SchoolRules } from '../school/schema';
import { whenIdle, yieldToMain } from './after-paint';

export interface WizardView {
  step: StepId;
  trail: ReadonlyArray<TrailEntry>;
  options: ReturnType<typeof optionsFor>;
  /**
   * The trail is the usual way to the page's step, not answers the student gave: the page was
   * opened cold (a counselor's link, a QR code, a typed address) and nothing has been tapped since.
   */
  usual: boolean;
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
  /** Where this page is: its step, and the answers that led there as the page was prerendered (the usual way). */
  step: StepId;
  trail: ReadonlyArray<TrailEntry>;
  /**
   * Client only: the answers this student gave on the way here (kept across page loads, see
   * routing/storage's loadTrail), shown once the page has hydrated with its prerendered trail and
   * the words they need (`loadWords`) are there. null: a cold open, the usual way stays.
   */
  ownTrail?: ReadonlyArray<TrailEntry> | null;
  /** Client only: the words of every step (a trail may name steps whose words the page does not carry). */
  loadWords?: () => Promise<unknown>;
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

export function WizardProvider({
  rules,
  step: pageStep,
  trail: prerendered,
  ownTrail = null,
  loadWords,
  prepare,
  onReady,
  children,
}: WizardProviderProps) {
  const [actor, setActor] = useState<WizardActorRef>();
  const starting = useRef<Promise<WizardActorRef> | null>(null);
  // The page hydrates with the trail it was prerendered with; the student's own follows at once.
  const [pageTrail, setPageTrail] = useState(prerendered);
  const [ownShown, setOwnShown] = useState(false);
  const own = useRef(ownTrail);
  useEffect(() => {
    const trail = own.current;
    if (!trail) return;
    let live = true;
    const same =
      trail.length === prerendered.length && trail.every((e, i) => e.option === prerendered[i]!.option && e.step === prerendered[i]!.step);
    void (same || !loadWords ? Promise.resolve() : loadWords()).then(
      () => {
        if (!live) return;
        startTransition(() => {
          setPageTrail(trail);
          setOwnShown(true);
        });
      },
      () => {},
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, after hydration
  }, []);
  // Until the machine runs nothing can change the step, so the page's own state is the current one.
  const begin = useRef({ rules, step: pageStep, trail: ownTrail ?? prerendered, prepare, onReady });

  const start = useCallback(() => {
    if (!starting.current) {
      const { rules: r, step: s, trail: t, prepare: p, onReady: done } = begin.current;
      starting.current = Promise.all([import('../flow/engine'), p?.()]).then(async ([engine]) => {
        // each piece in a task of its own: nothing here may block the page for long
        await yieldToMain();
        const running = engine.startWizard(r, s, t);
        await yieldToMain();
        // nothing on screen changes but the links' behaviour: re-render in slices (a transition)
        startTransition(() => setActor(running));
        done?.();
        return running;
      });
      // a failed load (offline, a new deploy) is tried again at the next intent; links still work
      starting.current.catch(() => (starting.current = null));
    }
    return starting.current;
  }, []);

  // The statechart, the rest of the words and the parts are not needed to show this page, nor for a
  // tap before they are there (a link is a page load): they load once the page is idle.
  useEffect(() => {
    if (begin.current.prepare) void whenIdle().then(() => start().catch(() => {}));
  }, [start]);

  const step = useSelector(actor, (s) => s?.value as StepId | undefined) ?? pageStep;
  const trail = useSelector(actor, (s) => s?.context.trail) ?? pageTrail;
  const options = useMemo(() => optionsFor(step, rules), [step, rules]);
  // a cold open shows the usual way until the student moves (or their own trail is shown)
  // (state from earlier renders: set while rendering, as React's docs show for derived state)
  const [moved, setMoved] = useState(false);
  if (step !== pageStep && !moved) setMoved(true);
  const usual = step === pageStep && !moved && !(ownTrail && (ownShown || actor));
  const send = useCallback(
    (event: Event) =>
      actor
        ? actor.send(event)
        : void start().then(
            (a) => a.send(event),
            () => {},
          ),
    [actor, start],
  );
  const view = useMemo<WizardView>(
    () => ({
      step,
      trail,
      options,
      usual,
      ready: actor !== undefined,
      choose: (option) => send({ type: 'answer.select', option }),
      back: () => send({ type: 'nav.back' }),
      restart: () => send({ type: 'nav.restart' }),
      goto: (to, t) => send({ type: 'nav.goto', step: to, trail: t }),
    }),
    [step, trail, options, usual, actor, send],
  );
  return <WizardContext.Provider value={view}>{children}</WizardContext.Provider>;
}

export function useWizard(): WizardView {
  const view = useContext(WizardContext);
  if (!view) throw new Error('useWizard: no WizardProvider above this component');
  return view;
}
