/**
 * SITE_URL given at build (without a trailing slash), or '' when none was given. It travels with
 * the pages (src/site/page-site.ts), not in the scripts, so the scripts are the same for every
 * school and address; the entry that renders or hydrates a page sets it first.
 */
let current = '';

export function setSiteUrl(url: string): void {
  current = url.replace(/\/+$/, '');
}

export const siteUrl = (): string => current;
