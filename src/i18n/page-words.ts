/**
 * The words one page needs, so it can become interactive without its language's whole locale.
 *
 * While the prerenderer renders a page, every lookup i18next makes in its resource store is noted
 * (`recordLookups`); `pageWords` then copies exactly those entries, plus the whole `common`
 * namespace (the page frame: menus, notices, buttons that appear after a tap). The page carries
 * them in `<script type="application/json" id="page-words">`, and hydration finds the same answer
 * to every lookup the server made. The rest of the locale is loaded right after (see main.tsx).
 */
import type { i18n } from 'i18next';
import { namespaces, type LocaleBundle } from './i18n';

const ALWAYS: ReadonlyArray<string> = ['common'];

type Store = { getResource: (lng: string, ns: string, key?: string, options?: object) => unknown };

/** Start noting the lookups an instance makes (server only). Returns the noted (ns, key) pairs. */
export function recordLookups(instance: i18n): Set<string> {
  const seen = new Set<string>();
  const store = instance.services.resourceStore as unknown as Store;
  const original = store.getResource.bind(store);
  store.getResource = (lng, ns, key, options) => {
    if (typeof key === 'string' && key) seen.add(`${ns}\u0000${key}`);
    return original(lng, ns, key, options);
  };
  return seen;
}

/** The entries of `full` that the noted lookups found, as a locale bundle of the same shape. */
export function pageWords(full: LocaleBundle, seen: Set<string>): LocaleBundle {
  const out: Record<string, Record<string, unknown>> = {};
  for (const ns of namespaces) out[ns] = ALWAYS.includes(ns) ? structuredClone(full[ns] ?? {}) : {};
  for (const entry of seen) {
    const [ns, key] = entry.split('\u0000') as [string, string];
    if (ALWAYS.includes(ns) || !(ns in out)) continue;
    const path = locate(full[ns as keyof LocaleBundle], key.split('.'));
    if (!path) continue;
    let from: unknown = full[ns as keyof LocaleBundle];
    for (const part of path) from = (from as Record<string, unknown>)[part];
    let to = out[ns]!;
    for (const part of path.slice(0, -1)) {
      const next = to[part];
      to = (to[part] = next && typeof next === 'object' ? next : {}) as Record<string, unknown>;
    }
    to[path.at(-1)!] = structuredClone(from);
  }
  return out;
}

/**
 * The real keys of a dotted key in a nested object, found the way i18next finds them: nested
 * objects, or a flat key that itself contains dots (the glossary's "3.继续注册"), at any level.
 */
function locate(obj: unknown, parts: string[]): string[] | null {
  if (!obj || typeof obj !== 'object') return null;
  for (let j = parts.length; j > 0; j -= 1) {
    const key = parts.slice(0, j).join('.');
    const value = (obj as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (j === parts.length) return [key];
    const rest = locate(value, parts.slice(j));
    if (rest) return [key, ...rest];
  }
  return null;
}

/** JSON for an inline `<script type="application/json">`: nothing in it can close the element. */
export const inlineJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
