// The counselor page and the map in real Chromium: every QR code decodes to the link beside it,
// the copy button puts the link on the clipboard, one problem prints on one A4 page, axe is clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { openSite, axeViolations, watchProblems, PREFIX } from './helpers.mjs';

let site;
before(async () => {
  site = await openSite('generic');
});
after(async () => site?.close());

async function counselorPage(context, lang = '') {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(site.url(`${lang}counselor/`));
  await page.waitForFunction(() => document.querySelectorAll('svg[data-qr-text]').length > 0 && !document.querySelector('.qr--pending'));
  return page;
}

test('every QR code decodes to exactly the link shown beside it, in every language', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block', deviceScaleFactor: 2 });
  for (const lang of ['', 'en/', 'zh-hant/']) {
    const page = await counselorPage(context, lang);
    const cards = page.locator('article.share');
    const n = await cards.count();
    assert.ok(n >= 30, `${lang}: ${n} problems listed`);
    for (let i = 0; i < n; i++) {
      const card = cards.nth(i);
      const shown = (await card.locator('.share__link .copy__text').textContent()).trim();
      const step = await card.getAttribute('data-step');
      assert.equal(shown, site.url(`${lang}${step}/`), `the link shown for ${step}`);
      const png = PNG.sync.read(await card.locator('svg[data-qr-text]').screenshot());
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      assert.ok(decoded, `QR of ${lang}${step} decodes`);
      assert.equal(decoded.data, shown, `QR of ${lang}${step}`);
    }
    await page.close();
  }
  await context.close();
});

test('the copy buttons put the link and the class-group message on the clipboard', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block', permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await counselorPage(context);
  const card = page.locator('article.share[data-step="phone-already-registered"]');
  await card.locator('.share__link button').click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), site.url('phone-already-registered/'));
  await card.locator('.share__message summary').click();
  await card.locator('.share__message button').click();
  const message = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(message.includes(site.url('phone-already-registered/')), message);
  assert.ok(message.split('\n').length >= 3, 'symptom, advice and link');
  await context.close();
});

test('the print view of one problem fits one A4 page and carries its QR code (a school build)', async () => {
  // A counselor prints for their own school; the generic build shows every notice's methods.
  const cq = await openSite('cqwu');
  try {
    const context = await cq.browser.newContext({ serviceWorkers: 'block' });
    // the sheet opens the print dialog by itself; record that instead of racing it for the PDF
    await context.addInitScript(() => {
      window.print = () => {
        window.__printRequested = true;
      };
    });
    for (const step of ['phone-already-registered-not-own', 'forfeited-admission', 'forgot-username', 'lost-email', 'sms-code-locked']) {
      const page = await context.newPage();
      await page.goto(cq.url(`${step}/?print=1`));
      await page.waitForSelector('.print-sheet svg[data-qr-text]');
      assert.equal(await page.locator('.print-sheet svg').getAttribute('data-qr-text'), cq.url(`${step}/`));
      await page.waitForFunction(() => window.__printRequested === true);
      const pdf = (await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      assert.equal(pages, 1, `${step} prints on ${pages} A4 page(s)`);
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.options', '.step-nav', '.lang', '.trail'])
        assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} hidden in print`);
      await page.close();
    }
    await context.close();
  } finally {
    await cq.close();
  }
});

test('the counselor page and the map pass axe, light and dark, in every language', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await site.browser.newContext({ serviceWorkers: 'block', colorScheme });
    const page = await context.newPage();
    const problems = watchProblems(page, site.server.origin);
    for (const path of ['counselor/', 'map/', 'en/counselor/', 'en/map/', 'zh-hant/counselor/', 'zh-hant/map/']) {
      await page.goto(site.url(path));
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await axeViolations(page), [], `axe on ${path} (${colorScheme})`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the map links every node to its page', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(site.url('map/'));
  const nodes = await page.locator('[data-node]').evaluateAll((els) => els.map((e) => [e.dataset.node, e.querySelector('h3 a').href]));
  assert.ok(nodes.length > 50);
  for (const [id, href] of nodes) assert.equal(new URL(href).pathname, id === 'start' ? PREFIX : `${PREFIX}${id}/`);
  await context.close();
});
