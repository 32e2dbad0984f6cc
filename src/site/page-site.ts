/**
 * What a page knows about its site: the school's facts, SITE_URL and the day the site was made
 * (src/routing/site.ts holds the last two for the app). They travel with each page in
 * `<script type="application/json" id="site">`, not compiled into the scripts, so the JavaScript
 * assets are byte-for-byte the same for every school (the kit, kit/, relies on it: it writes a
 * school's pages in the browser and ships the same assets).
 */
import type { School } from '../school/schema';
import { inlineJson } from '../i18n/page-words';

export interface PageSite {
  readonly school: School;
  /** SITE_URL without a trailing slash, or ''. */
  readonly siteUrl: string;
  /** The day the site was made, YYYY-MM-DD (how old the school's notice is: src/components/notice-age.tsx). */
  readonly builtOn: string;
}

export const SITE_SCRIPT_ID = 'site';

/** The inline script a page carries (nothing in it can close the element). */
export const siteScript = (site: PageSite): string =>
  `<script type="application/json" id="${SITE_SCRIPT_ID}">${inlineJson({ school: site.school, siteUrl: site.siteUrl, builtOn: site.builtOn })}</script>`;

/** The site a page carries, or null when it has none (or it cannot be read). */
export function readPageSite(doc: Document = document): PageSite | null {
  const text = doc.getElementById(SITE_SCRIPT_ID)?.textContent;
  if (!text) return null;
  try {
    const data = JSON.parse(text) as Partial<PageSite>;
    return data && typeof data.school === 'object' && data.school !== null
      ? { school: data.school, siteUrl: data.siteUrl ?? '', builtOn: data.builtOn ?? '' }
      : null;
  } catch {
    return null;
  }
}
