// The offline copy: a Workbox service worker that precaches every built page and asset, written
// after prerendering so the pages themselves are in the list. A new deployment changes the list's
// revisions; the new worker takes over at once (skipWaiting + clientsClaim) and drops old caches,
// so the next visit shows the new version.
import { generateSW } from 'workbox-build';

export async function writeServiceWorker(outDir) {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,json}'],
    globIgnores: ['sw.js', 'workbox-*.js', '404.html', 'sitemap.xml'],
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
