import { RichText } from './rich-text';

export interface Crumb {
  step: string;
  question: string;
  answer: string;
  href: string;
}

/** Where you are: the answers that led here, each a link back to its question. */
export function Breadcrumb({ heading, crumbs }: { heading: string; crumbs: Crumb[] }) {
  if (!crumbs.length) return null;
  return (
    <nav className="trail" aria-label={heading}>
      <details>
        <summary className="trail__summary">
          {heading} ({crumbs.length})
        </summary>
        <ol className="trail__list">
          {crumbs.map((c, i) => (
            <li key={`${c.step}-${i}`}>
              <a href={c.href}>
                <span className="trail__q">{c.question}</span>
              </a>
              <span className="trail__a">
                <RichText text={c.answer} />
              </span>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
