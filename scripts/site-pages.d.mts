// Types for scripts/site-pages.mjs (the pure part of prerendering, run in Node and in the kit).
import type { School } from '../src/school/schema';

/** What prerendering takes from the client build; the same for every school. */
export interface SiteInputs {
  /** Vite's built index.html. */
  template: string;
  /** Each part's chunks (src/screens/page-parts.ts), from Vite's manifest. */
  partChunks: Record<string, string[]>;
  /** The inline script in every app page's head that marks `<html class="js">`. */
  flagScript: string;
  flagHash: string;
  bootScript: string;
  bootHash: string;
  notFoundScript: string;
  notFoundHash: string;
  /** content/redirects.json */
  redirects: Record<string, string>;
  /** manifest.webmanifest as the client build copied it from public/. */
  manifest: string;
}

/** What a site knows besides the build: the school, SITE_URL and the day it is made (src/site/page-site.ts). */
export interface SiteFacts {
  school: School;
  siteUrl: string;
  /** YYYY-MM-DD */
  builtOn: string;
}

export interface SiteFile {
  path: string;
  text: string;
}

/** The SSR entry's exports that prerendering uses (src/entry-server.tsx). */
export interface SsrEntry {
  renderPage: (
    page: string | null,
    lang: string,
    site: SiteFacts,
  ) => Promise<{ html: string; title: string; description: string; htmlLang: string; words?: string }>;
  siteScript: (site: SiteFacts) => string;
  stepIds: readonly string[];
  languages: ReadonlyArray<{ code: string; prefix: string }>;
  pagePath: (page: string, lang: string) => string;
  partsFor: (page: string | null, school: School) => string[];
  LANG_KEY: string;
  TRAILS_KEY: string;
}

export declare const cspFor: (scriptHashes?: string[]) => string;
export declare const csp: string;
export declare const compactScript: (text: string) => string;
export declare const serverPolicyFor: (inputs: { flagHash: string; bootHash: string; notFoundHash: string }) => string;
export declare function sitePages(options: {
  inputs: SiteInputs;
  site: SiteFacts;
  ssr: SsrEntry;
  onPage?: (done: number, total: number) => void;
}): Promise<{ files: SiteFile[]; pages: string[] }>;
export declare function pageFile(options: {
  inputs: SiteInputs;
  site: SiteFacts;
  ssr: SsrEntry;
  page: string;
  lang: string;
}): Promise<SiteFile>;
export declare function partChunks(
  manifest: Record<string, { file: string; isEntry?: boolean; imports?: string[] }>,
  partSources: Record<string, string>,
): Record<string, string[]>;
