/**
 * Registers the service worker (dist/sw.js, written by the build) from the site's own folder, so
 * every page opens offline after a first visit. Skipped in the dev server and where unsupported.
 */
export function registerOffline(base: string) {
  if (import.meta.env.DEV || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  if (location.protocol !== 'https:' && location.hostname !== 'localhost' && location.hostname !== '127.0.0.1') return;
  const register = () => navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
