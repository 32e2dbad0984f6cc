// Types for scripts/precache.mjs.
export declare const versionedExtensions: string[];
export declare const versionIgnores: string[];
export declare function isVersioned(path: string): boolean;
export declare const webSha256: (bytes: Uint8Array) => Promise<string>;
export declare function serviceWorkerFor(
  template: string,
  files: ReadonlyArray<{ path: string; bytes: Uint8Array }>,
  sha256?: (bytes: Uint8Array) => Promise<string>,
): Promise<{ code: string; version: string; assets: string[] }>;
