import { useRef } from 'react';
import { useT } from '../i18n/use-t';
import { useClipboard } from './use-clipboard';

/** Shows a text and a button that copies it; says so when copying worked or failed. */
export function CopyText({ text, label, as = 'code', className }: { text: string; label: string; as?: 'code' | 'pre'; className?: string }) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const { state, copy } = useClipboard(text, ref);
  const Tag = as;
  return (
    <div className={`copy${className ? ` ${className}` : ''}`}>
      <Tag className="copy__text" ref={ref as never}>
        {text}
      </Tag>
      <button type="button" className="button copy__button" onClick={() => void copy()}>
        {label}
      </button>
      <span className="copy__status" role="status">
        {state === 'copied' ? t('summary.copied') : state === 'failed' ? t('summary.copyFailed') : ''}
      </span>
    </div>
  );
}
