// Quick look: node scripts/shot.mjs <url-path> <out.png> [dark] [width]
import { launchBrowser } from './browser.mjs';
import { startStaticServer } from '../tests/e2e/static-server.mjs';
import { join } from 'node:path';

const [path = '', out = '/tmp/shot.png', scheme = 'light', width = '360'] = process.argv.slice(2);
const server = await startStaticServer({ root: join(process.cwd(), 'dist'), prefix: '/xuexin/' });
const browser = await launchBrowser();
const page = await browser.newPage({
  viewport: { width: Number(width), height: 740 },
  colorScheme: /** @type {'light' | 'dark'} */ (scheme),
  deviceScaleFactor: 1,
});
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`${server.url}${path}`);
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
await server.close();
