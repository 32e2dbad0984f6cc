// Which files of a built site its offline copy (sw.js) holds, in what order and with what revision:
// pure, so the Node build (./service-worker.mjs) and the school kit (src/kit/) write the same list.

export const precacheExtensions = ['html', 'js', 'css', 'svg', 'png', 'webmanifest', 'json'];
/** Not precached: the worker itself, the 404 page (served by the server at any depth), the sitemap. */
export const precacheIgnores = ['sw.js', 'workbox-*.js', '404.html', 'sitemap.xml'];

/** Whether a site file (path below the site folder, forward slashes) is in the offline copy. */
export function isPrecached(path) {
  const ext = path.slice(path.lastIndexOf('.') + 1);
  if (!precacheExtensions.includes(ext)) return false;
  return !precacheIgnores.some((p) =>
    p.includes('*') ? new RegExp(`^${p.replace('.', '\\.').replace('*', '[^/]*')}$`).test(path) : p === path,
  );
}

/** A file's revision: the first 32 hex digits of its SHA-256 (any change of the file changes it). */
export const revisionOf = (sha256Hex) => sha256Hex.slice(0, 32);

/** The list in a fixed order (by address), whatever order the file system lists the files in. */
export const sortEntries = (entries) => [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));

/** The list as the minified worker writes it. */
export const entriesLiteral = (entries) =>
  `[${entries.map((e) => `{url:${JSON.stringify(e.url)},revision:${JSON.stringify(e.revision)}}`).join(',')}]`;

/** The worker's text around its list: [before, after] (the rest of sw.js is the same for every school). */
export function splitWorker(sw) {
  const match = /\[\{url:"[^\]]*?"\}\]/.exec(sw);
  if (!match) throw new Error('sw.js: no precache list found');
  return [sw.slice(0, match.index), sw.slice(match.index + match[0].length)];
}
