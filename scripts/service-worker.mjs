// The offline copy: dist/sw.js from scripts/sw-source.js, written after prerendering. The worker
// learns the build's version (a hash of every file's revision and of its own code: a new deployment
// is a new worker, which drops the old copy's pages and unused assets) and the list of the build's
// hashed assets (the ones it keeps). It precaches only offline.html; see
// docs/decisions/008-trail-and-offline-copy.md. What sw.js is comes from ./precache.mjs, which the
// school kit shares: its zip's sw.js is the same as this one.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { serviceWorkerFor } from './precache.mjs';

const source = join(import.meta.dirname, 'sw-source.js');
const sha256 = async (bytes) => createHash('sha256').update(bytes).digest('hex');

export async function writeServiceWorker(outDir) {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = join(e.parentPath, e.name);
      return { path: relative(outDir, file).split(sep).join('/'), bytes: readFileSync(file) };
    });
  const { code, version, assets } = await serviceWorkerFor(readFileSync(source, 'utf8'), files, sha256);
  writeFileSync(join(outDir, 'sw.js'), code);
  return { version, assets: assets.length, count: 1, size: Buffer.byteLength(code) };
}
