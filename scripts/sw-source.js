// The offline copy (docs/decisions/008-trail-and-offline-copy.md). Built into dist/sw.js by
// scripts/service-worker.mjs, which replaces the two values below: the build's version and the list
// of its hashed assets. Light on a first visit: it downloads only a small page shell; the files the
// student's page has already loaded are adopted from the browser's HTTP cache (no second download).
// - Pages (navigations): network first, so a new deployment shows on the next page load; a copy is
//   kept for offline; offline, a page never visited opens as the shell, which the app renders for
//   the page's address (every step of a language whose words and parts have been adopted).
// - Hashed assets (assets/): cache first; fetched only when the page asks for them, so other
//   languages and lazy helpers come only when used.
// - Anything else of the site (icons, manifest): network first, cached copy offline.
const VERSION = '__VERSION__';
const ASSETS = ['__ASSETS__'];
const SHELL_CACHE = `xz-shell-${VERSION}`;
const PAGES_CACHE = `xz-pages-${VERSION}`;
const ASSET_CACHE = 'xz-assets';
const OTHER_CACHE = 'xz-other';
const scope = new URL(self.registration.scope);
const SHELL_URL = new URL('offline.html', scope).href;
const assetUrls = new Set(ASSETS.map((a) => new URL(a, scope).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.add(new Request(SHELL_URL, { cache: 'no-cache' })))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // drop an earlier deployment's shell and pages, and its assets that this one no longer has
      for (const name of await caches.keys()) {
        if (name.startsWith('xz-') && name !== SHELL_CACHE && name !== PAGES_CACHE && name !== ASSET_CACHE && name !== OTHER_CACHE)
          await caches.delete(name);
      }
      const assets = await caches.open(ASSET_CACHE);
      for (const request of await assets.keys()) if (!assetUrls.has(request.url)) await assets.delete(request);
      await self.clients.claim();
    })(),
  );
});

const inScope = (url) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname);
const isAsset = (url) => url.pathname.startsWith(`${scope.pathname}assets/`);
const pageKey = (url) => `${url.origin}${url.pathname.replace(/index\.html$/, '')}`;

async function put(cacheName, key, response) {
  if (!response || !response.ok || response.type === 'opaque') return;
  const cache = await caches.open(cacheName);
  await cache.put(key, response);
}

/** The shell for an address: the language and page read from the path below the scope. */
async function shellFor(url) {
  const cached = await caches.match(SHELL_URL, { cacheName: SHELL_CACHE });
  if (!cached) return Response.error();
  const rel = url.pathname.slice(scope.pathname.length).split('/').filter(Boolean);
  const langs = { en: ['en', 'en'], 'zh-hant': ['zh-Hant', 'zh-Hant'] };
  const [lang, htmlLang] = langs[rel[0]] ?? ['zh-CN', 'zh-CN'];
  if (langs[rel[0]]) rel.shift();
  const page = rel.length ? decodeURIComponent(rel[0]).replace(/[^a-z0-9-]/g, '') : 'start';
  const html = (await cached.text())
    .replaceAll('__BASE__', scope.pathname)
    .replaceAll('__PAGE__', page)
    .replaceAll('__LANG__', lang)
    .replaceAll('__HTMLLANG__', htmlLang);
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}

async function page(request) {
  const url = new URL(request.url);
  try {
    const response = await fetch(request);
    if (response.ok) await put(PAGES_CACHE, pageKey(url), response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match(pageKey(url), { cacheName: PAGES_CACHE });
    return cached ?? shellFor(url);
  }
}

async function asset(request) {
  const cached = await caches.match(request.url, { cacheName: ASSET_CACHE });
  if (cached) return cached;
  const response = await fetch(request);
  await put(ASSET_CACHE, request.url, response.clone());
  return response;
}

async function other(request) {
  try {
    const response = await fetch(request);
    await put(OTHER_CACHE, request.url, response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match(request.url, { cacheName: OTHER_CACHE });
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!inScope(url) || url.pathname === `${scope.pathname}sw.js`) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (isAsset(url)) event.respondWith(asset(request));
  else event.respondWith(other(request));
});

// A page tells the worker what it has loaded (itself, its scripts, styles and words): kept from the
// browser's HTTP cache (cache: 'force-cache' reads it without asking the server again), so a first
// visit pays for nothing twice. Answers "adopted" when done.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'adopt' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    (async () => {
      for (const href of data.urls.slice(0, 200)) {
        let url;
        try {
          url = new URL(href);
        } catch (error) {
          continue;
        }
        if (!inScope(url) || url.pathname === `${scope.pathname}sw.js`) continue;
        const isPage = href === data.page;
        const cacheName = isPage ? PAGES_CACHE : isAsset(url) ? ASSET_CACHE : OTHER_CACHE;
        const key = isPage ? pageKey(url) : url.href;
        if (await caches.match(key, { cacheName })) continue;
        try {
          await put(cacheName, key, await fetch(new Request(url.href, { cache: 'force-cache', credentials: 'same-origin' })));
        } catch (error) {
          /* offline or gone: the next visit tries again */
        }
      }
      event.source?.postMessage({ type: 'adopted', version: VERSION });
    })(),
  );
});
