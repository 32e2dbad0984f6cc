/**
 * The kit writes a school's whole site in the browser with the same modules as the Node build:
 * scripts/site-pages.mjs (what to write) and src/entry-server.tsx (how a page renders), plus the
 * school-independent files (assets, icons) the release ships next to the kit (dist-kit/site/).
 * Nothing leaves the browser: the only requests are for the kit's own files.
 */
import { zipSync } from 'fflate';
import * as entry from '../entry-server';
import { pageFile, sitePages, type SiteInputs, type SsrEntry } from '../../scripts/site-pages.mjs';
import { serviceWorkerFor } from '../../scripts/precache.mjs';
import type { School } from '../school/schema';

const ssr = entry as unknown as SsrEntry;

/** dist-kit/kit-data.json, written by scripts/build-kit.mjs. */
export interface KitData {
  inputs: SiteInputs;
  /** The site's files that are the same for every school, below site/. */
  shared: string[];
  /** The shipped school files (content/schools/), as they are. */
  schools: Record<string, unknown>;
  /** scripts/sw-source.js: the site's sw.js before its version and assets are filled in (scripts/precache.mjs). */
  sw: string;
}

/** The day the site is made, as the Node build writes it (BUILD_DATE, else the day in UTC). */
const today = () => new Date().toISOString().slice(0, 10);

/** Where the school-independent site files are, relative to the kit page. */
export const SITE_BASE = 'site/';

export async function loadKitData(): Promise<KitData> {
  const res = await fetch('kit-data.json');
  if (!res.ok) throw new Error(`kit-data.json: ${res.status}`);
  return (await res.json()) as KitData;
}

/** Every file of the site, path → bytes, exactly as `SCHOOL=<id> npm run build` writes them. */
export async function siteFiles(
  kit: KitData,
  school: School,
  siteUrl: string,
  onProgress?: (done: number, total: number) => void,
): Promise<Record<string, Uint8Array>> {
  const encoder = new TextEncoder();
  const out: Record<string, Uint8Array> = {};
  const shared = Promise.all(
    kit.shared.map(async (path) => {
      const res = await fetch(`${SITE_BASE}${path}`);
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return [path, new Uint8Array(await res.arrayBuffer())] as const;
    }),
  );
  const { files } = await sitePages({ inputs: kit.inputs, site: { school, siteUrl, builtOn: today() }, ssr, onPage: onProgress });
  for (const [path, bytes] of await shared) out[path] = bytes;
  for (const { path, text } of files) out[path] = encoder.encode(text);
  const sw = await serviceWorker(kit, out);
  if (sw) out['sw.js'] = encoder.encode(sw);
  return out;
}

/**
 * The offline copy (sw.js) for these files, the same as the Node build's; null where the browser
 * cannot hash (Web Crypto needs https:// or localhost), and the site then has no offline copy.
 */
async function serviceWorker(kit: KitData, files: Record<string, Uint8Array>): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const list = Object.entries(files).map(([path, bytes]) => ({ path, bytes }));
  return (await serviceWorkerFor(kit.sw, list)).code;
}

/** A zip of the files, the same bytes for the same files (a fixed time stamp). */
export function zipFiles(files: Record<string, Uint8Array>): Uint8Array {
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return zipSync(sorted, { level: 9, mtime: new Date(2020, 0, 1) });
}

/** One page of the site as HTML (the preview shows it). */
export async function pageHtml(kit: KitData, school: School, page: string, lang: string): Promise<{ path: string; text: string }> {
  return pageFile({ inputs: kit.inputs, site: { school, siteUrl: '', builtOn: today() }, ssr, page, lang });
}

export { ssr };
