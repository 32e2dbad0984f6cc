import { useRef } from 'react';
import { useT } from '../i18n/use-t';
import { useClipboard } from './use-clipboard';

export interface CopyTextProps {
  /** The text shown and copied. */
  readonly text: string;
  /** Words on the button. */
  readonly label: string;
  /** `pre` keeps line breaks (a message); `code` for a link or a number. */
  readonly as?: 'code' | 'pre';
  /** More classes on the row (e.g. `copy--value` for a number in a checker). */
  readonly className?: string;
  /** What to say once copied, and when copying failed (the text is then selected); common words by default. */
  readonly words?: { readonly copied: string; readonly failed: string };
}

/**
 * Shows a text and a button that copies it; says so when copying worked or failed. When the
 * clipboard is refused, the text is selected for a copy by hand (./use-clipboard).
 */
export function CopyText({ text, label, as: Tag = 'code', className, words }: CopyTextProps) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const { state, copy } = useClipboard(text, ref);
  const said = words ?? { copied: t('summary.copied'), failed: t('summary.copyFailed') };
  return (
    <div className={`copy${className ? ` ${className}` : ''}`}>
      <Tag className="copy__text" ref={ref as never}>
        {text}
      </Tag>
      <button type="button" className="button copy__button" onClick={() => void copy()}>
        {label}
      </button>
      <span className="copy__status" role="status" data-state={state}>
        {state === 'copied' ? said.copied : state === 'failed' ? said.failed : ''}
      </span>
    </div>
  );
}
