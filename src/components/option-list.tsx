import type { MouseEvent, ReactNode } from 'react';
import { RichText } from './rich-text';

export interface OptionItem {
  id: string;
  /** The step it leads to (data-to: the boot script records the trail for it, scripts/boot-script.js). */
  to: string;
  label: string;
  href: string;
  onClick: (e: MouseEvent<HTMLAnchorElement>) => void;
}

/** A group of answers: real links (they work without JavaScript), one tap target each. */
export function OptionList({
  heading,
  items,
  variant = 'list',
  headingId,
}: {
  heading?: ReactNode;
  items: OptionItem[];
  variant?: 'list' | 'primary' | 'chips';
  headingId: string;
}) {
  if (!items.length) return null;
  return (
    <section className={`options options--${variant}`} aria-labelledby={heading ? headingId : undefined}>
      {heading ? (
        <h2 className="options__heading" id={headingId}>
          {heading}
        </h2>
      ) : null}
      <ul className="options__list">
        {items.map((item) => (
          <li key={item.id}>
            <a className="option" href={item.href} onClick={item.onClick} data-option={item.id} data-to={item.to}>
              <span className="option__label">
                <RichText text={item.label} />
              </span>
              <span className="option__chevron" aria-hidden="true" />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
