/**
 * Keeps the address bar and the browser history naming the current step.
 * Answers push a history entry; browser back/forward send the machine to the entry's step.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { TrailEntry } from '../flow/options';
import { isStepId, type StepId } from '../flow/steps';
import type { WizardView } from './wizard-context';
import type { Lang } from '../i18n/languages';
import { afterPaint, dropAfterPaint } from './after-paint';
import { baseFromLocation, pagePath } from './paths';

interface HistoryEntry {
  step: StepId;
  trail: TrailEntry[];
  idx: number;
}

const readEntry = (state: unknown): HistoryEntry | null => {
  const s = state as Partial<HistoryEntry> | null;
  return s && isStepId(s.step) && Array.isArray(s.trail) && typeof s.idx === 'number' ? (s as HistoryEntry) : null;
};

export function useUrlSync(wizard: WizardView, lang: Lang, onStepChange?: (step: StepId) => void) {
  const base = useRef<string | null>(null);
  const fromHistory = useRef(false);
  const idx = useRef(0);
  const { step, trail, goto } = wizard;
  const current = useRef(step);
  useLayoutEffect(() => {
    current.current = step;
  }, [step]);

  useEffect(() => {
    if (base.current === null) {
      base.current = baseFromLocation(location.pathname, step, lang);
      idx.current = readEntry(history.state)?.idx ?? 0;
      history.replaceState({ step, trail, idx: idx.current }, '', location.href);
      // a page opened by its address (a shared link, WeChat, an answer given before the page was
      // ready) is a step the student reached too
      onStepChange?.(step);
      return;
    }
    const push = !fromHistory.current;
    fromHistory.current = false;
    if (push) idx.current += 1;
    const entry = { step, trail, idx: idx.current };
    afterPaint(() => {
      if (push) history.pushState(entry, '', `${base.current}${pagePath(step, lang)}`);
      onStepChange?.(step);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a step change moves the history
  }, [step]);

  useEffect(() => {
    const onPop = (e: PopStateEvent) => {
      const entry = readEntry(e.state);
      if (!entry) return;
      // history writes still waiting were for the step the student has just left
      dropAfterPaint();
      idx.current = entry.idx;
      fromHistory.current = entry.step !== current.current;
      goto(entry.step, entry.trail);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [goto]);
}
