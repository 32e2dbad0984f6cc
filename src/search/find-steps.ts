/**
 * Find a step by what the student sees or says: the words each step already has in content/
 * (its title and description, the answers that lead to it on every other step, CHSI's messages
 * among them) are its index, in the page's language. No list is kept by hand, nothing leaves the
 * page. Pure functions: the screen (src/screens/step-search.tsx) hands in the words.
 */
import { steps, stepIds, START, type StepId } from '../flow/steps';
import { optionsFor } from '../flow/options';
import { guards, type GuardName } from '../flow/guards';
import type { SchoolRules } from '../school/schema';

export interface Entry {
  step: StepId;
  /** Normalised texts; the first is the title. */
  texts: string[];
}

/** Answers that say nothing about a problem ("next", "it worked", "it didn't"). */
const GENERIC_OPTIONS = new Set(['next', 'worked', 'not-worked', 'finish', 'yes', 'no']);

/** Lower case, no CHSI marks, spaces or punctuation: what is compared. */
export const normalise = (s: string) =>
  s
    .replace(/\[\[|\]\]/g, '')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();

type Words = (key: string) => string;

/** The index for one school (its routing) from one language's words (`word('<step>.title')`). */
export function buildIndex(rules: SchoolRules, word: Words): Entry[] {
  const reachable = (id: StepId) => {
    const req = (steps[id] as { requires?: GuardName }).requires;
    return !req || guards[req](rules);
  };
  const texts = new Map<StepId, string[]>();
  for (const id of stepIds) {
    if (id === START || !reachable(id)) continue;
    texts.set(id, [word(`${id}.title`), word(`${id}.description`)]);
  }
  for (const from of stepIds) {
    if (!reachable(from)) continue;
    for (const o of optionsFor(from, rules)) {
      if (GENERIC_OPTIONS.has(o.id)) continue;
      texts.get(o.to)?.push(word(`${from}.options.${o.id}`));
    }
  }
  return [...texts].map(([step, list]) => ({ step, texts: list.filter(Boolean).map(normalise) }));
}

/** How well one text matches: the query inside it, or (Chinese) its characters in order close together. */
function score(text: string, q: string, words: string[]): number {
  if (text.includes(q)) return 3;
  if (/\p{Script=Han}/u.test(q)) {
    // 找不到学籍 ↔ 找不到我的学籍信息: the characters in order, within twice the query's length
    const chars = [...q.replace(/ /g, '')];
    for (let start = text.indexOf(chars[0]!); start >= 0; start = text.indexOf(chars[0]!, start + 1)) {
      let at = start;
      let ok = true;
      for (const c of chars.slice(1)) {
        at = text.indexOf(c, at + 1);
        if (at < 0 || at - start > chars.length * 2 + 2) {
          ok = false;
          break;
        }
      }
      if (ok) return 1;
    }
    return 0;
  }
  // other languages: every word of the query starts a word of the text
  const have = text.split(' ');
  return words.every((w) => have.some((h) => h.startsWith(w))) ? 2 : 0;
}

/** The steps matching a query, best first (a title match before the rest), at most `limit`. */
export function findSteps(index: Entry[], query: string, limit = 8): StepId[] {
  const q = normalise(query);
  if ([...q.replace(/ /g, '')].length < 2 && !/\p{Script=Han}/u.test(q)) return [];
  if (!q) return [];
  const words = q.split(' ');
  return index
    .map((e, order) => {
      const best = Math.max(...e.texts.map((t, i) => score(t, q, words) * (i === 0 ? 1.5 : 1)));
      return { step: e.step, best, order };
    })
    .filter((r) => r.best > 0)
    .sort((a, b) => b.best - a.best || a.order - b.order)
    .slice(0, limit)
    .map((r) => r.step);
}
