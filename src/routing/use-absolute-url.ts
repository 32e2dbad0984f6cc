import { useMemo } from 'react';
import type { Lang } from '../i18n/languages';
import { pagePath, type PageId } from './paths';
import { useHref } from './page-context';
import { siteUrl } from './site';
import { useHydrated } from './use-hydrated';

/**
 * The full address of a page, as a counselor should share it: from SITE_URL when the build was
 * given one, otherwise from the address this page is actually served from (known after load).
 */
export function useAbsoluteUrl() {
  const href = useHref();
  const hydrated = useHydrated();
  // the address the page was opened at (read once, after hydration)
  const origin = useMemo(() => (hydrated ? location.href : null), [hydrated]);
  return (page: PageId, lang: Lang): string | null => {
    const site = siteUrl();
    if (site) return `${site}/${pagePath(page, lang)}`;
    if (!origin) return null;
    return new URL(href(page, lang), origin).href;
  };
}
