// npm run build: the client bundle, the server bundle, then one prerendered HTML file per page.
//   SCHOOL=<id> (default generic), SITE_URL=https://… (optional), OUT_DIR=dist (optional),
//   CONTENT_DIR=content (optional: another content folder, e.g. a test's broken copy),
//   SCHOOLS_DIR=<folder> (optional: read <SCHOOL>.json there instead of <content>/schools/),
//   SITE_INPUTS=<file> (optional: where to keep what prerendering took from the build; the kit ships it)
import { build } from 'vite';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prerender, serverPolicy } from './prerender.mjs';
import { writeServiceWorker } from './service-worker.mjs';

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.OUT_DIR || 'dist');
const ssrDir = `${outDir}-ssr`;
const quiet = process.argv.includes('--quiet');
const logLevel = quiet ? 'warn' : 'info';

const started = performance.now();
// the manifest maps source modules to built chunks (prerender.mjs links each page's parts, then deletes it)
await build({ root, logLevel, build: { outDir, emptyOutDir: true, manifest: true } });
await build({
  root,
  logLevel,
  ssr: { noExternal: true },
  build: { ssr: join(root, 'src/entry-server.tsx'), outDir: ssrDir, emptyOutDir: true },
});
const { count, inputs } = await prerender({ outDir, ssrDir });
if (process.env.SITE_INPUTS) writeFileSync(resolve(root, process.env.SITE_INPUTS), JSON.stringify(inputs));
rmSync(ssrDir, { recursive: true, force: true });
const sw = await writeServiceWorker(outDir);
if (!quiet)
  console.log(
    `a server that sends security headers (docs/security-headers.md) sends this policy:\n  Content-Security-Policy: ${serverPolicy}`,
  );
console.log(
  `built ${count} pages for SCHOOL=${process.env.SCHOOL || 'generic'} into ${outDir} in ${Math.round(performance.now() - started)} ms; service worker ${Math.round(sw.size / 1024)} KiB, version ${sw.version} (precaches offline.html only)`,
);
