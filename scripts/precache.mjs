// What a built site's offline copy (sw.js) is: ./sw-source.js with the build's version (a hash of
// every file's revision and of the worker's own code: a new deployment is a new worker) and the
// list of its hashed assets filled in. Pure (the SHA-256 function is passed in), so the Node build
// (./service-worker.mjs) and the school kit (src/kit/site-build.ts) write the same sw.js.

export const versionedExtensions = ['html', 'js', 'css', 'svg', 'png', 'webmanifest', 'json'];
/** Not part of the version: the worker itself, the 404 page (served at any depth), the sitemap. */
export const versionIgnores = ['sw.js', '404.html', 'sitemap.xml'];

/** Whether a site file (path below the site folder, forward slashes) counts towards the version. */
export function isVersioned(path) {
  const ext = path.slice(path.lastIndexOf('.') + 1);
  return versionedExtensions.includes(ext) && !versionIgnores.includes(path);
}

const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 as hex with the Web Crypto API (Node 20 and browsers; in a browser, https:// or localhost only). */
export const webSha256 = async (bytes) => hex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes)));

/**
 * sw.js for a site's files.
 *   template: the text of scripts/sw-source.js
 *   files:    [{ path, bytes }] every file of the site (paths below its folder)
 *   sha256:   async (bytes) => hex digest (default: Web Crypto)
 * Returns { code, version, assets }.
 */
export async function serviceWorkerFor(template, files, sha256 = webSha256) {
  const versioned = files.filter((f) => isVersioned(f.path));
  const lines = await Promise.all(versioned.map(async (f) => `${f.path} ${(await sha256(f.bytes)).slice(0, 32)}`));
  lines.sort();
  const version = (await sha256(new TextEncoder().encode(`${lines.join('\n')}\n${template}`))).slice(0, 16);
  const assets = versioned
    .map((f) => f.path)
    .filter((p) => p.startsWith('assets/'))
    .sort();
  const code = template
    .replace(/^\s*\/\/.*\n/gm, '')
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace("['__ASSETS__']", JSON.stringify(assets));
  return { code, version, assets };
}
