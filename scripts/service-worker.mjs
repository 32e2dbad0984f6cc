// The offline copy: a Workbox service worker that precaches every built page and asset, written
// after prerendering so the pages themselves are in the list. A new deployment changes the list's
// revisions; the new worker takes over at once (skipWaiting + clientsClaim) and drops old caches,
// so the next visit shows the new version.
// Which files, their order and their revisions come from ./precache.mjs, which the school kit shares:
// its zip's sw.js is the same as this one.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { precacheExtensions, precacheIgnores, revisionOf, sortEntries } from './precache.mjs';

export async function writeServiceWorker(outDir) {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: [`**/*.{${precacheExtensions.join(',')}}`],
    globIgnores: precacheIgnores,
    // the same list on every machine (sorted, not in the file system's order), revisions the kit can compute
    manifestTransforms: [
      (entries) => ({
        manifest: sortEntries(
          entries.map((e) => ({
            ...e,
            revision: revisionOf(
              createHash('sha256')
                .update(readFileSync(join(outDir, e.url)))
                .digest('hex'),
            ),
          })),
        ),
        warnings: [],
      }),
    ],
    swDest: `${outDir}/sw.js`,
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    directoryIndex: 'index.html',
    // ?print=1 and any other query still opens the cached page
    ignoreURLParametersMatching: [/.*/],
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  for (const w of warnings) console.warn(`service worker: ${w}`);
  return { count, size };
}
