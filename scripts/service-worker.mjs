// The offline copy: dist/sw.js from scripts/sw-source.js, written after prerendering. The worker
// learns the build's version (a hash of every file's revision, from workbox-build's getManifest:
// a new deployment is a new worker, which drops the old copy's pages and unused assets) and the
// list of the build's hashed assets (the ones it keeps). It precaches only offline.html; see
// docs/decisions/008-trail-and-offline-copy.md.
import { getManifest } from 'workbox-build';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const source = join(import.meta.dirname, 'sw-source.js');

export async function writeServiceWorker(outDir) {
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,json}'],
    globIgnores: ['sw.js', '404.html', 'sitemap.xml'],
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  for (const w of warnings) console.warn(`service worker: ${w}`);
  const template = readFileSync(source, 'utf8');
  // the worker's own code is part of the version too: a changed worker starts a fresh copy
  const version = createHash('sha256')
    .update(
      manifestEntries
        .map((e) => `${e.url} ${e.revision ?? ''}`)
        .sort()
        .join('\n'),
    )
    .update(template)
    .digest('hex')
    .slice(0, 16);
  const assets = manifestEntries
    .map((e) => e.url)
    .filter((u) => u.startsWith('assets/'))
    .sort();
  const code = template
    .replace(/^\s*\/\/.*\n/gm, '')
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace("['__ASSETS__']", JSON.stringify(assets));
  writeFileSync(join(outDir, 'sw.js'), code);
  return { version, assets: assets.length, count: 1, size: Buffer.byteLength(code) };
}
