// Types for scripts/precache.mjs.
export interface PrecacheEntry {
  url: string;
  revision: string;
}
export declare const precacheExtensions: string[];
export declare const precacheIgnores: string[];
export declare function isPrecached(path: string): boolean;
export declare const revisionOf: (sha256Hex: string) => string;
export declare const sortEntries: <E extends { url: string }>(entries: E[]) => E[];
export declare const entriesLiteral: (entries: PrecacheEntry[]) => string;
export declare function splitWorker(sw: string): [string, string];
