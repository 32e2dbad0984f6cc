// npm run screenshots: full-page pictures of the main screens at 360×740 (a cheap Android phone),
// light and dark, into ./screenshots/ (git-ignored). Builds nothing: run `npm run build` first.
// Serves dist/ under /xuexin/ with the plain static server and drives Debian's Chromium.
//   SCREENSHOT_PAGES="duplicate-id/ en/duplicate-id/" npm run screenshots   (other pages)
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { startStaticServer } from '../tests/e2e/static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const outDir = join(root, 'screenshots');

/** [name, path under the site] */
const defaults = [
  ['start', ''],
  ['question', 'id-already-registered/'],
  ['fix', 'duplicate-id/'],
  ['info-register-form', 'register-form/'],
  ['counselor', 'counselor/'],
  ['map', 'map/'],
];
const pages = process.env.SCREENSHOT_PAGES
  ? process.env.SCREENSHOT_PAGES.split(/\s+/)
      .filter(Boolean)
      .map((p) => [p.replace(/\/$/, '').replace(/[^\w-]+/g, '_') || 'start', p === '/' ? '' : p])
  : defaults;
const schemes = /** @type {const} */ (['light', 'dark']);
const viewport = { width: 360, height: 740 };

if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ is not built: run `npm run build` first.');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

const server = await startStaticServer({ root: dist, prefix: '/xuexin/' });
const browser = await launchBrowser();
const written = [];
try {
  for (const colorScheme of schemes) {
    // zh-CN: the wizard offers the browser's language on a first visit; keep the page as built.
    const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1, locale: 'zh-CN' });
    for (const [name, path] of pages) {
      const page = await context.newPage();
      const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(200); // lazy helpers and QR codes draw after hydration
      const file = join(outDir, `${name}-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      written.push(`${relative(root, file)}  (${path || '/'}, HTTP ${response?.status() ?? '?'})`);
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${written.length} screenshots at ${viewport.width}×${viewport.height}:`);
for (const line of written) console.log(`  ${line}`);
