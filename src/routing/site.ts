/**
 * What a page knows about its site besides the school: SITE_URL given at build (without a trailing
 * slash, or '' when none was given) and the day the site was made (YYYY-MM-DD: BUILD_DATE in the
 * Node build, the teacher's day in the school kit). They travel with the pages (src/site/page-site.ts),
 * not in the scripts, so the scripts are the same for every school, address and day; the entry that
 * renders or hydrates a page sets them first.
 */
let current = { siteUrl: '', builtOn: '' };

export function setSite(site: { siteUrl: string; builtOn: string }): void {
  current = { siteUrl: site.siteUrl.replace(/\/+$/, ''), builtOn: site.builtOn };
}

export const siteUrl = (): string => current.siteUrl;

/** The site's day; before any page set it (unit tests), today. */
export const builtOn = (): string => current.builtOn || new Date().toISOString().slice(0, 10);
