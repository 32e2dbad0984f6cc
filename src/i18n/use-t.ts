/**
 * Words for components: `useT(ns)` is `t` for one namespace of the i18next instance that the
 * page's I18nextProvider holds (or react-i18next's global one).
 *
 * Why not react-i18next's useTranslation: each call of it subscribes its component to the
 * instance's events and checks on every render whether the namespaces are loaded. A step renders
 * a few dozen components that show words (every rich text, method and card), so on a change of
 * step that bookkeeping cost more than the lookups themselves (issue 9, the tap time). None of it
 * is needed here:
 * - a page's language never changes in place: each language has its own addresses;
 * - a page's words are in the instance before it renders (./page-words), and the words added
 *   later (the rest of the language, after hydration) are first read by the next change of step,
 *   which renders the step anew.
 */
import { useContext } from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import type { i18n as I18n, Namespace, TFunction } from 'i18next';

type Lookup = (key: string, options?: Record<string, unknown>) => unknown;
const bound = new WeakMap<I18n, Map<string, Lookup>>();

/** The i18next instance of the page. */
export function useI18n(): I18n {
  return useContext(I18nContext)?.i18n ?? getI18n();
}

/** `t` for `ns` (default: `common`), the same function on every render. */
export function useT<N extends Namespace = 'common'>(ns?: N): TFunction<N> {
  const i18n = useI18n();
  const name = (ns as string | undefined) ?? 'common';
  let byNs = bound.get(i18n);
  if (!byNs) bound.set(i18n, (byNs = new Map()));
  let t = byNs.get(name);
  if (!t) {
    // i18n.t with the namespace added; an explicit `ns` in the options still wins
    const lookup = i18n.t as unknown as Lookup;
    byNs.set(name, (t = (key, options) => lookup.call(i18n, key, { ns: name, ...options })));
  }
  return t as unknown as TFunction<N>;
}
