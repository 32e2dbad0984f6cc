/** Which page is showing, in which language, and how links behave (client-side or real page loads). */
import { createContext, useContext, type MouseEvent } from 'react';
import { relativeHref, type PageId } from './paths';
import type { Lang } from '../i18n/languages';

export interface PageInfo {
  /** The page the HTML file was built for: relative links are computed from it. */
  readonly page: PageId;
  readonly lang: Lang;
}

const PageContext = createContext<PageInfo>({ page: 'start', lang: 'zh-CN' });
export const PageProvider = PageContext.Provider;
export const usePage = () => useContext(PageContext);

/** A link from the current page to another page, relative so dist/ works in any folder. */
export function useHref() {
  const page = usePage();
  return (to: PageId, lang: Lang = page.lang) => relativeHref(page, { page: to, lang });
}

/** WeChat's in-app browser loses the address of pushState pages: use real page loads there. */
export function clientNavigationAllowed(): boolean {
  if (typeof window === 'undefined' || typeof history === 'undefined' || !history.pushState) return false;
  return !/MicroMessenger/i.test(navigator.userAgent);
}

/**
 * Run a client-side transition instead of following the link, when that is safe and the page is
 * `ready` for it (the statechart has loaded); otherwise the link does a real page load.
 */
export function interceptClick(e: MouseEvent<HTMLAnchorElement>, action: () => void, ready = true) {
  if (!ready || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  if (!clientNavigationAllowed()) return;
  e.preventDefault();
  action();
}
