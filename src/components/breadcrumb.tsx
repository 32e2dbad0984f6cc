import { RichText } from './rich-text';

export interface Crumb {
  step: string;
  option: string;
  question: string;
  answer: string;
  href: string;
}

/**
 * Where you are: the answers that led here, each a link back to its question. `usual`: the page
 * was opened cold, so these are the usual way here rather than the student's answers, and the
 * heading and note say so. Each item names its step and answer (data-step, data-option): the boot
 * script (scripts/boot-script.js) reads the trail from them when a link is tapped before the app runs.
 */
export function Breadcrumb({ heading, crumbs, note }: { heading: string; crumbs: Crumb[]; note?: string }) {
  if (!crumbs.length) return null;
  return (
    <nav className="trail" aria-label={heading} data-usual={note ? '' : undefined}>
      <details>
        <summary className="trail__summary">
          {heading} ({crumbs.length})
        </summary>
        {note ? <p className="trail__note">{note}</p> : null}
        <ol className="trail__list">
          {crumbs.map((c, i) => (
            <li key={`${c.step}-${i}`} data-step={c.step} data-option={c.option}>
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
