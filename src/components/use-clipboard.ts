import { useState, type RefObject } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Selects an element's text, so a long press (or Ctrl+C) copies it when the clipboard API can't. */
function selectContents(el: HTMLElement | null): void {
  const selection = typeof window === 'undefined' ? null : window.getSelection();
  if (!el || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Copy text with navigator.clipboard.writeText only; when that is missing or refused (old
 * browsers, WebViews, plain http), select the shown text and report 'failed' so the page can
 * say "copy by hand". The state resets when the text changes.
 */
export function useClipboard(text: string, fallback: RefObject<HTMLElement | null>) {
  const [state, setState] = useState<CopyState>('idle');
  const [forText, setForText] = useState(text);
  if (forText !== text) {
    setForText(text);
    setState('idle');
  }
  async function copy(): Promise<void> {
    try {
      if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
      selectContents(fallback.current);
    }
  }
  return { state, copy };
}
