// Types for the parts of scripts/prerender.mjs that TypeScript tests import.
import type { School } from '../src/school/schema';
import type { SiteInputs } from './site-pages.mjs';
export declare const cspFor: (scriptHashes?: string[]) => string;
export declare const csp: string;
export declare const bootHash: string;
/** The Content-Security-Policy header a web server should send (printed by the build). */
export declare const serverPolicy: string;
export declare function siteInputs(outDir: string, partSources: Record<string, string>): SiteInputs;
export declare function prerender(options: {
  outDir: string;
  ssrDir: string;
  school?: string | School;
  siteUrl?: string;
}): Promise<{ count: number; inputs: SiteInputs }>;
