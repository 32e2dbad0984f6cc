// Types for assets.mjs (used by tests/unit/budget.test.ts under `tsc --noEmit`).
export declare const HTML_BUDGET_BYTES: number;
export declare function gzipBytes(buf: string | Uint8Array): number;
/** A page's HTML, or what parseHtml made of it (a parse5 document). */
export type PageHtml = string | ParsedPage;
export type ParsedPage = import('parse5').DefaultTreeAdapterMap['document'];
export declare function parseHtml(html: PageHtml): ParsedPage;
export declare function pageLinks(html: PageHtml): { scripts: string[]; preloads: string[]; styles: string[] };
export declare function pageLang(html: PageHtml): string | null;
export declare function pageId(html: PageHtml): string | null;
export declare function hasOwnWords(html: PageHtml): boolean;
export declare function staticImports(code: string): string[];
export declare function dynamicImports(code: string): string[];
export declare function localeChunk(siteDir: string, lang: string | null): string | null;

export interface AssetFile {
  file: string;
  raw: number;
  gzip: number;
  why: string;
}
export interface BeforeInteractive {
  lang: string | null;
  page: string | null;
  js: AssetFile[];
  css: AssetFile[];
  jsGzip: number;
  jsRaw: number;
  cssGzip: number;
  cssRaw: number;
  localeChunk: string | null;
  dynamic: string[];
}
export declare function beforeInteractive(siteDir: string, pageFile: string, options?: { withLocale?: boolean }): BeforeInteractive;
export declare function walk(dir: string, base?: string): string[];

export type PageKind = 'start' | 'step' | 'counselor' | 'map' | 'notfound' | 'redirect' | 'shell';
export interface SitePage {
  file: string;
  path: string;
  id: string | null;
  kind: PageKind;
  lang: string | null;
  htmlRaw: number;
  htmlGzip: number;
}
export declare function sitePages(siteDir: string): SitePage[];
export declare const LAZY_LIBRARIES: Record<string, string[]>;
export declare function librariesIn(siteDir: string, files: string[]): Record<string, string[]>;
export interface FirstVisit {
  files: Array<{ file: string; gzip: number; why: string }>;
  total: number;
}
export declare function firstVisit(siteDir: string, pageFile: string): FirstVisit;
