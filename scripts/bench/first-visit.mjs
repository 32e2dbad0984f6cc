// What a student's first visit really downloads (issue 18), in Chromium behind a gzip front like a
// campus server's (gzip-proxy.mjs), which counts every answer's bytes on the wire: the page's own
// requests and the service worker's alike. A zh-CN browser (Accept-Language zh-CN), at 360×740.
//
// - foreground: what the page fetches until it is interactive (hydrated), plus, when `tap` is set,
//   what its first tap fetches until the next step is interactive (the tap comes as soon as the
//   page is interactive; in WeChat, and before the statechart has loaded anywhere, a tap is a page
//   load);
// - background: everything else fetched within `windowMs` of opening the page, and whenever they
//   start, what the app loads once idle (the rest of the language's words, the statechart, the
//   counselor page and map parts) and the service worker with its shell.
// Playwright's per-request sizes (CDP Network events, service worker requests included) are
// summed too, as a cross-check of the wire count.
import { startGzipProxy } from './gzip-proxy.mjs';

const kindOf = (type, url) => {
  if (/javascript/.test(type) || /\.js(\?|$)/.test(url)) return 'js';
  if (/css/.test(type)) return 'css';
  if (/html/.test(type)) return 'html';
  if (/json/.test(type)) return 'json';
  return 'other';
};

const hydrated = () => {
  const h1 = document.querySelector('h1');
  return !!h1 && Object.keys(h1).some((k) => k.startsWith('__reactFiber$'));
};

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} serverUrl
 * @param {{ path?: string; userAgent?: string; tap?: string | null; windowMs?: number; quietMs?: number; floor?: boolean }} [options]
 * Opens `path` on a fresh profile and reports its bytes. `serverUrl` is the static server's
 * site address (e.g. http://127.0.0.1:1234/xuexin/); the proxy in front of it is made here.
 */
export async function measureFirstVisit(
  browser,
  serverUrl,
  { path = '', userAgent, tap = null, windowMs = 30_000, quietMs = 3000, floor = false } = {},
) {
  const log = [];
  const proxy = await startGzipProxy({ target: serverUrl, onResponse: (r) => log.push(r) });
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 }, ...(userAgent ? { userAgent } : {}) });
  const cdp = [];
  context.on('requestfinished', async (request) => {
    const response = await request.response();
    if (!response || response.fromServiceWorker()) return;
    const sizes = await request.sizes().catch(() => null);
    if (sizes)
      cdp.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, fromWorker: !!request.serviceWorker() });
  });
  const page = await context.newPage();
  const opened = Date.now();
  try {
    await page.goto(`${proxy.url}${path}`);
    await page.waitForFunction(hydrated, undefined, { timeout: 30_000 });
    const interactive = Date.now();
    const needed = new Set();
    const noteNeeded = async () => {
      const list = await page.evaluate(() => {
        const boot = document.getElementById('boot');
        const scripts = [...document.querySelectorAll('script[type="module"][src]')].map((s) => s.getAttribute('src'));
        return [boot?.getAttribute('data-src'), ...(boot?.getAttribute('data-preload') ?? '').split(' '), ...scripts].filter(Boolean);
      });
      for (const f of list) if (f) needed.add(f.split('/').pop() ?? '');
    };
    await noteNeeded();
    /** @type {[number, number, string | null] | null} */
    let tapWindow = null;
    if (tap && !floor) {
      const link = page.locator(tap);
      const to = await link.first().getAttribute('data-to');
      const tapAt = Date.now();
      await link.first().click();
      await page.waitForFunction((step) => document.querySelector('article[data-step]')?.getAttribute('data-step') === step, to, {
        timeout: 30_000,
      });
      await page.waitForFunction(hydrated, undefined, { timeout: 30_000 });
      tapWindow = [tapAt, Date.now(), to];
      await noteNeeded();
    }
    if (floor) await page.waitForTimeout(quietMs);
    else {
      // until the offline copy has kept the page (or the window ends), then until the network is quiet
      await page
        .waitForSelector('#root[data-offline]', { state: 'attached', timeout: Math.max(1000, windowMs - (Date.now() - opened)) })
        .catch(() => {});
      for (;;) {
        const last = Math.max(opened, ...log.map((r) => r.end));
        const now = Date.now();
        if (now - last >= quietMs || now - opened >= windowMs) break;
        await page.waitForTimeout(250);
      }
    }
    const within = log.filter((r) => r.start - opened <= windowMs);
    // What the app loads once idle (the statechart, the rest of the words, the counselor page and
    // the map) and the service worker are background whenever they start: a tap that lands while
    // they load does not wait for them (before they are there, a tap is a page load).
    // A script is foreground only if a page needs it to be interactive: its module script and the
    // preloads its boot script adds (scripts/boot-script.js: the main script's imports and the
    // page's own parts).
    const scriptNeeded = (r) => kindOf(r.type, r.url) !== 'js' || needed.has(r.url.split('?')[0].split('/').pop());
    const tw = tapWindow;
    const foreground = (r) =>
      scriptNeeded(r) &&
      !/\/(sw\.js|offline\.html)$/.test(r.url.split('?')[0]) &&
      (r.start <= interactive || (tw !== null && r.start >= tw[0] && r.start <= tw[1]));
    const sum = (list, pred = () => true) => list.filter(pred).reduce((a, r) => a + r.bytes, 0);
    const byKind = (list) => {
      const out = {};
      for (const r of list) out[kindOf(r.type, r.url)] = (out[kindOf(r.type, r.url)] ?? 0) + r.bytes;
      return out;
    };
    const fg = within.filter(foreground);
    const bg = within.filter((r) => !foreground(r));
    return {
      path,
      userAgent: userAgent ?? null,
      tapTo: tapWindow?.[2] ?? null,
      interactiveMs: interactive - opened,
      total: sum(within),
      foreground: { bytes: sum(fg), byKind: byKind(fg), requests: fg.length },
      background: { bytes: sum(bg), byKind: byKind(bg), requests: bg.length },
      js: { foreground: sum(fg, (r) => kindOf(r.type, r.url) === 'js'), all: sum(within, (r) => kindOf(r.type, r.url) === 'js') },
      cdpTotal: cdp.reduce((a, r) => a + r.bytes, 0),
      requests: within.map((r) => ({
        url: r.url,
        status: r.status,
        bytes: r.bytes,
        kind: kindOf(r.type, r.url),
        phase: foreground(r) ? 'foreground' : 'background',
        atMs: r.start - opened,
      })),
    };
  } finally {
    await context.close();
    await proxy.close();
  }
}
