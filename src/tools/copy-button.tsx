import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'copied' | 'failed';

export interface CopyValueProps {
  /** The text shown and copied. */
  readonly text: string;
  /** Words on the button. */
  readonly label: string;
}

/** Selects the element's text, so a long press (or Ctrl+C) copies it when the clipboard API can't. */
function selectContents(el: HTMLElement | null): void {
  const selection = typeof window === 'undefined' ? null : window.getSelection();
  if (!el || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * A value with a copy button. Uses navigator.clipboard.writeText only; when that is missing or
 * refused (old browsers, WebViews, http), it selects the value and says to copy it by hand.
 */
export function CopyValue({ text, label }: CopyValueProps) {
  const { t } = useTranslation('tools');
  const valueRef = useRef<HTMLElement>(null);
  const [state, setState] = useState<CopyState>('idle');
  const [copiedText, setCopiedText] = useState(text);
  if (copiedText !== text) {
    setCopiedText(text);
    setState('idle');
  }

  async function copy(): Promise<void> {
    try {
      if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
      selectContents(valueRef.current);
    }
  }

  return (
    <div className="tool__copy-row">
      <code className="tool__value" ref={valueRef}>
        {text}
      </code>
      <button type="button" className="tool__copy" onClick={() => void copy()}>
        {label}
      </button>
      {state !== 'idle' && (
        <span className={state === 'copied' ? 'tool__copy-status tool__ok' : 'tool__copy-status'}>
          {state === 'copied' ? t('copied') : t('copyFailed')}
        </span>
      )}
    </div>
  );
}
