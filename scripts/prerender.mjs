// Writes one real HTML page per step and language into dist/, from the SSR bundle in dist-ssr/.
// Each page carries its full content (readable without JavaScript), its own title, description and
// preview tags, a Content-Security-Policy, relative links (so dist/ works in any folder), and the
// school's facts (#site): the scripts are the same for every school.
// What to write is decided by ./site-pages.mjs, which the school kit also runs in the browser;
// this file only reads what the build made and writes the result.
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { compactScript, cspFor, csp, partChunks, serverPolicyFor, sitePages } from './site-pages.mjs';

export { cspFor, csp };

const root = join(import.meta.dirname, '..');
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The inline script that starts the app after the first paint (scripts/boot-script.js), and its hash. */
const bootScript = compactScript(readFileSync(join(root, 'scripts/boot-script.js'), 'utf8'));
export const bootHash = sha256(bootScript);
/** The inline script in the head that says scripts run (`<html class="js">`), before the first paint. */
const flagScript = "document.documentElement.classList.add('js')";
const flagHash = sha256(flagScript);
const notFoundScript = readFileSync(join(root, 'scripts/not-found-script.js'), 'utf8');
const notFoundHash = sha256(notFoundScript);

/** The policy for a server that sends Content-Security-Policy as a header (docs/security-headers.md). */
export const serverPolicy = serverPolicyFor({ flagHash, bootHash, notFoundHash });

/**
 * What prerendering needs from the client build, besides the school (scripts/site-pages.d.mts):
 * read before the pages overwrite index.html; Vite's manifest is then removed (no use on a server).
 */
export function siteInputs(outDir, partSources) {
  const manifestFile = join(outDir, '.vite', 'manifest.json');
  const viteManifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  rmSync(join(outDir, '.vite'), { recursive: true, force: true });
  return {
    template: readFileSync(join(outDir, 'index.html'), 'utf8'),
    partChunks: partChunks(viteManifest, partSources),
    flagScript,
    flagHash,
    bootScript,
    bootHash,
    notFoundScript,
    notFoundHash,
    redirects: JSON.parse(readFileSync(join(root, 'content/redirects.json'), 'utf8')),
    manifest: readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8'),
  };
}

/**
 * Render every page from the SSR bundle in ssrDir into outDir for a school (default: SCHOOL, and
 * SITE_URL); returns the number of pages and the inputs used (the kit ships them).
 */
export async function prerender({ outDir, ssrDir, school = process.env.SCHOOL || 'generic', siteUrl = process.env.SITE_URL || '' }) {
  const ssr = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);
  const inputs = siteInputs(outDir, ssr.partSources);
  const schoolsDir = process.env.SCHOOLS_DIR ? resolve(process.env.SCHOOLS_DIR) : join(root, 'content/schools');
  // the client build has checked the file already (scripts/content-plugin.ts); the same check again
  const facts =
    typeof school === 'string' ? JSON.parse(readFileSync(join(schoolsDir, `${school}.json`), 'utf8').replace(/^\uFEFF/, '')) : school;
  // the day the site is made (BUILD_DATE=YYYY-MM-DD fixes it, e.g. in tests): how old the school's notice is
  const builtOn = process.env.BUILD_DATE || new Date().toISOString().slice(0, 10);
  const site = { school: ssr.validateSchool(facts, typeof school === 'string' ? school : facts.id), siteUrl, builtOn };
  const { files, pages } = await sitePages({ inputs, site, ssr });
  for (const { path, text } of files) {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { count: pages.length, inputs };
}
