import { useRef } from 'react';
import { useClipboard } from '../components/use-clipboard';
import { useT } from '../i18n/use-t';

export interface CopyValueProps {
  /** The text shown and copied. */
  readonly text: string;
  /** Words on the button. */
  readonly label: string;
}

/** A value with a copy button; when the clipboard is refused, the value is selected for a manual copy. */
export function CopyValue({ text, label }: CopyValueProps) {
  const t = useT('tools');
  const valueRef = useRef<HTMLElement>(null);
  const { state, copy } = useClipboard(text, valueRef);

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
