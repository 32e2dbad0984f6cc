/**
 * Checks a name as a student typed it for CHSI (catalogue §7.2): simplified characters, no
 * spaces anywhere. Pure apart from `loadToSimplified()`, which fetches the converter chunk.
 * The words for each issue live in content/locales/<lng>/tools.json under `name.issues.<id>`.
 */

import { SPACE, SPACES } from './format';

/** Full-width Ａ-Ｚ, ａ-ｚ and ０-９. */
const FULL_WIDTH = /[\uFF21-\uFF3A\uFF41-\uFF5A\uFF10-\uFF19]/u;
const FULL_WIDTHS = new RegExp(FULL_WIDTH.source, 'gu');
const LATIN_OR_DIGIT = /[A-Za-z0-9]/u;
/** The separator in minority names as printed on the ID card: U+00B7 MIDDLE DOT. */
export const NAME_DOT = '·';
/** Look-alikes a phone keyboard gives instead of U+00B7: • ・ ･ ‧ ∙ ⋅ ● and the full-width period. */
const DOT_VARIANTS = /[\u2022\u30FB\uFF65\u2027\u2219\u22C5\u25CF\uFF0E]/gu;
const ALLOWED = /[\p{Script=Han}A-Za-z0-9·]/u;

export type NameIssue =
  | { readonly id: 'empty' }
  | { readonly id: 'spaces' }
  | { readonly id: 'full-width-latin' }
  | { readonly id: 'dot-variant'; readonly chars: readonly string[] }
  | { readonly id: 'latin-or-digits' }
  | { readonly id: 'other-chars'; readonly chars: readonly string[] }
  | { readonly id: 'traditional'; readonly pairs: ReadonlyArray<readonly [traditional: string, simplified: string]> };

export type NameIssueId = NameIssue['id'];

export interface NameAnalysis {
  /** Spaces removed, full-width letters and digits made half-width, look-alike dots made "·". */
  readonly cleaned: string;
  readonly issues: readonly NameIssue[];
  /** The cleaned name in simplified characters, when it differs from `cleaned`; else null. */
  readonly simplified: string | null;
}

const unique = (chars: Iterable<string>): string[] => [...new Set(chars)];

/** Spaces removed, full-width letters and digits made half-width, look-alike dots made "·". */
export function normalizeName(raw: string): string {
  return raw
    .replace(SPACES, '')
    .replace(FULL_WIDTHS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(DOT_VARIANTS, NAME_DOT);
}

/**
 * One character's simplified form, or the character itself when that form lies outside the Basic
 * Multilingual Plane (頔 → U+2CC56): a rare character no phone keyboard offers is no suggestion.
 */
const simplifyChar = (ch: string, toSimplified: (s: string) => string) => {
  const simple = toSimplified(ch);
  return [...simple].some((c) => c.codePointAt(0)! > 0xffff) ? ch : simple;
};

function traditionalIssue(cleaned: string, toSimplified: (s: string) => string): NameIssue | null {
  const pairs = unique(cleaned)
    .map((ch) => [ch, simplifyChar(ch, toSimplified)] as const)
    .filter(([ch, simple]) => simple !== ch);
  return pairs.length > 0 ? { id: 'traditional', pairs } : null;
}

/**
 * Everything that might be wrong with one typed name. Without `toSimplified` (the converter is
 * still loading, or failed to load) the traditional check is skipped and `simplified` is null.
 */
export function analyzeName(raw: string, toSimplified?: (s: string) => string): NameAnalysis {
  const cleaned = normalizeName(raw);
  if (cleaned === '') return { cleaned, issues: [{ id: 'empty' }], simplified: null };
  const issues: NameIssue[] = [];
  if (SPACE.test(raw)) issues.push({ id: 'spaces' });
  if (FULL_WIDTH.test(raw)) issues.push({ id: 'full-width-latin' });
  const dots = unique(raw.match(DOT_VARIANTS) ?? []);
  if (dots.length > 0) issues.push({ id: 'dot-variant', chars: dots });
  if (LATIN_OR_DIGIT.test(cleaned)) issues.push({ id: 'latin-or-digits' });
  const others = unique([...cleaned].filter((ch) => !ALLOWED.test(ch)));
  if (others.length > 0) issues.push({ id: 'other-chars', chars: others });
  let simplified: string | null = null;
  if (toSimplified) {
    const converted = [...cleaned].map((ch) => simplifyChar(ch, toSimplified)).join('');
    if (converted !== cleaned) {
      simplified = converted;
      issues.push(traditionalIssue(cleaned, toSimplified) ?? { id: 'traditional', pairs: [] });
    }
  }
  return { cleaned, issues, simplified };
}

let converter: Promise<(s: string) => string> | null = null;

/**
 * The traditional → simplified converter (Hong Kong, Taiwan and standard traditional forms),
 * loaded on first use as its own chunk and shared afterwards. It holds dictionaries only,
 * never anything the student typed. A failed load is forgotten so the next call retries.
 */
export function loadToSimplified(): Promise<(s: string) => string> {
  converter ??= import('./to-simplified').then(
    (m) => m.createToSimplified(),
    (error: unknown) => {
      converter = null;
      throw error;
    },
  );
  return converter;
}
