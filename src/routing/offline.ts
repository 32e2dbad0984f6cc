/**
 * The offline copy (dist/sw.js, from scripts/sw-source.js): registered from the site's own folder
 * once the page has loaded; skipped in the dev server and where unsupported. Once the page has
 * everything it needs to change steps (its words, parts and statechart), it hands the worker the
 * list of what it has loaded, which the worker keeps from the browser's cache without downloading
 * it again: from then on every step of this language opens offline. See
 * docs/decisions/008-trail-and-offline-copy.md.
 */
const supported = () =>
  !import.meta.env.DEV &&
  typeof navigator !== 'undefined' &&
  'serviceWorker' in navigator &&
  (location.protocol === 'https:' || location.hostname === 'localhost' || location.hostname === '127.0.0.1');

export function registerOffline(base: string) {
  if (!supported()) return;
  const register = () => navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

/** Hand the worker what this page has loaded; `done` once it has kept it (tests wait for it). */
export function keepOffline(done?: () => void) {
  if (!supported()) return;
  const onMessage = (e: MessageEvent) => {
    if ((e.data as { type?: string } | null)?.type !== 'adopted') return;
    navigator.serviceWorker.removeEventListener('message', onMessage);
    done?.();
  };
  navigator.serviceWorker.addEventListener('message', onMessage);
  void navigator.serviceWorker.ready.then((registration) => {
    const page = location.href.split('#')[0]!;
    const urls = [page, ...performance.getEntriesByType('resource').map((e) => e.name)].filter((u) => u.startsWith(location.origin));
    registration.active?.postMessage({ type: 'adopt', page, urls });
  });
}
