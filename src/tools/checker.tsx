import { useId, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import './tools.css';

export interface CheckerProps {
  /** Which checker: its classes (`tool--<kind>`, `tool__input--<kind>`). */
  readonly kind: 'id' | 'name';
  readonly label: string;
  readonly hint: string;
  /** What differs in the field between checkers (the language of the text, capitals). */
  readonly input: Pick<InputHTMLAttributes<HTMLInputElement>, 'lang' | 'autoCapitalize'>;
  /** The result for what is typed so far (read out politely as it changes). */
  readonly children: (value: string) => ReactNode;
}

/**
 * The input-and-result shell of the checkers: a labelled field with its hint and the privacy
 * note, and the result below. What the student types stays in this component's state only:
 * never stored, logged, sent or put in the URL, and gone when the step changes.
 */
export function Checker({ kind, label, hint, input, children }: CheckerProps) {
  const t = useT('tools');
  const uid = useId();
  const [value, setValue] = useState('');
  return (
    <div className={`tool tool--${kind}`}>
      <label className="tool__label" htmlFor={`${uid}-input`}>
        {label}
      </label>
      <p className="tool__hint" id={`${uid}-hint`}>
        {hint}
      </p>
      <input
        {...input}
        id={`${uid}-input`}
        className={`tool__input tool__input--${kind}`}
        type="text"
        inputMode="text"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="done"
        aria-describedby={`${uid}-hint ${uid}-privacy`}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <p className="tool__privacy" id={`${uid}-privacy`}>
        {t('privacy')}
      </p>
      <div className="tool__result" aria-live="polite">
        {children(value)}
      </div>
    </div>
  );
}

/** What is wrong with what was typed: how many problems, then each in words (keyed by issue id). */
export function IssueList<I extends { readonly id: string }>({
  heading,
  issues,
  say,
}: {
  readonly heading: string;
  readonly issues: readonly I[];
  readonly say: (issue: I) => string;
}) {
  return (
    <>
      <p className="tool__problems">{heading}</p>
      <ul className="tool__issues">
        {issues.map((issue) => (
          <li key={issue.id}>{say(issue)}</li>
        ))}
      </ul>
    </>
  );
}
