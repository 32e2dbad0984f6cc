/**
 * Step id <-> address. Every address is relative to `<base>/`, the folder `dist/` is served from:
 * `<base>/` start (zh-CN), `<base>/<step>/`, `<base>/en/<step>/`, `<base>/zh-hant/` …
 * Links between pages are relative, so `dist/` works unchanged in any folder of any static host.
 */
import { START, isStepId, type StepId } from '../flow/steps';
import { langFromPrefix, langInfo, type Lang } from '../i18n/languages';

/** Pages that are not steps but have their own address in every language. */
export const extraPages = ['counselor', 'map'] as const;
export type ExtraPage = (typeof extraPages)[number];
export type PageId = StepId | ExtraPage;
export const isExtraPage = (v: string): v is ExtraPage => (extraPages as readonly string[]).includes(v);

/** The page's folder below `<base>/`, with a trailing slash ('' for the zh-CN start page). */
export function pagePath(page: PageId, lang: Lang): string {
  const prefix = langInfo(lang).prefix;
  const parts = [prefix, page === START ? '' : page].filter(Boolean);
  return parts.length ? `${parts.join('/')}/` : '';
}

/** How many folders below `<base>/` a page sits. */
export const pageDepth = (page: PageId, lang: Lang) => pagePath(page, lang).split('/').length - 1;

/** A relative link from one page to another. */
export function relativeHref(from: { page: PageId; lang: Lang }, to: { page: PageId; lang: Lang }): string {
  const up = '../'.repeat(pageDepth(from.page, from.lang));
  return `${up}${pagePath(to.page, to.lang)}` || './';
}

/** Relative prefix from a page up to `<base>/` ('' at the base itself). */
export const toBase = (page: PageId, lang: Lang) => '../'.repeat(pageDepth(page, lang));

export type ParsedPath = { kind: 'page'; page: PageId; lang: Lang; base: string } | { kind: 'unknown'; lang: Lang; base: string };

/**
 * Read a pathname served from some unknown `<base>/`. The last one or two folders name the
 * language and the step; whatever comes before is the base.
 */
export function parsePath(pathname: string): ParsedPath {
  let path = pathname.replace(/index\.html$/, '');
  if (!path.endsWith('/')) path += '/';
  const segments = path.split('/').slice(0, -1);
  const last = safeDecode(segments.at(-1) ?? '');
  const secondLast = safeDecode(segments.at(-2) ?? '');
  const langLast = langFromPrefix(last);
  if (langLast) return { kind: 'page', page: START, lang: langLast, base: `${segments.slice(0, -1).join('/')}/` };
  if (isStepId(last) || isExtraPage(last)) {
    const lang = langFromPrefix(secondLast);
    const baseSegments = segments.slice(0, lang ? -2 : -1);
    return { kind: 'page', page: last, lang: lang ?? 'zh-CN', base: `${baseSegments.join('/')}/` };
  }
  return { kind: 'unknown', lang: langFromPrefix(secondLast) ?? 'zh-CN', base: `${segments.join('/')}/` };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The base folder, given the current pathname and the page it is known to show. */
export function baseFromLocation(pathname: string, page: PageId, lang: Lang): string {
  let path = pathname.replace(/index\.html$/, '');
  if (!path.endsWith('/')) path += '/';
  const own = pagePath(page, lang);
  return own && path.endsWith(own) ? path.slice(0, path.length - own.length) : path;
}
