// The flow map's diagrams in real Chromium, on every built site (dist/ and each school's .e2e/<id>/)
// and in every language: every step the page lists is a box in the diagrams that links to its
// page, and nothing else is; a school's map leaves out the steps its rules turn off; hydration
// keeps the server's SVG; nothing scrolls sideways at 320 px; it prints on at most two A4
// landscape pages, diagrams only. (axe, light and dark: counselor.spec.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../scripts/browser.mjs';
import { startStaticServer } from './static-server.mjs';
import { PREFIX, allStepIds, langs, root, siteDir, waitForHydration, watchProblems } from './helpers.mjs';

const schools = readdirSync(join(root, 'content/schools'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .filter((id) => existsSync(join(siteDir(id), 'index.html')));

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => browser?.close());

async function withSite(school, fn) {
  const server = await startStaticServer({ root: siteDir(school), prefix: PREFIX });
  try {
    await fn((path) => `${server.url}${path}`, server.origin);
  } finally {
    await server.close();
  }
}

/** The step a link's address opens, from its pathname below the site. */
const stepOf = (href, prefix) => {
  const rest = new URL(href).pathname.slice(PREFIX.length + (prefix ? prefix.length + 1 : 0)).replace(/\/$/, '');
  return rest || 'start';
};

for (const school of schools) {
  test(`${school}: every listed step is a linked box in the diagrams, in every language; hydration keeps the SVG`, async () => {
    await withSite(school, async (url, origin) => {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const problems = watchProblems(page, origin);
      let listed;
      for (const { prefix } of langs) {
        await page.goto(url(`${prefix ? `${prefix}/` : ''}map/`));
        const served = await page.locator('.map-diagrams').evaluate((e) => e.outerHTML);
        await waitForHydration(page);
        assert.equal(
          await page.locator('.map-diagrams').evaluate((e) => e.outerHTML),
          served,
          `${school} ${prefix}: hydration changed the diagrams`,
        );
        listed = await page.locator('[data-node]').evaluateAll((els) => els.map((e) => e.dataset.node).sort());
        const boxes = await page.locator('.map-svg a.map-n').evaluateAll((as) =>
          as.map((a) => ({
            href: new URL(a.getAttribute('href'), location.href).href,
            exit: a.classList.contains('map-n--exit'),
            text: a.textContent.trim(),
          })),
        );
        const drawn = [...new Set(boxes.filter((b) => !b.exit).map((b) => stepOf(b.href, prefix)))].sort();
        assert.deepEqual(drawn, listed, `${school} ${prefix}: the diagrams' steps are the list's steps`);
        for (const b of boxes) {
          assert.ok(listed.includes(stepOf(b.href, prefix)), `${school} ${prefix}: a box links to ${b.href}`);
          assert.ok(b.text.length > 1, `${school} ${prefix}: the box for ${b.href} names its step`);
        }
        // the boxes' words stay inside their boxes
        const overflow = await page.locator('.map-svg a.map-n').evaluateAll((as) =>
          as
            .map((a) => {
              const box = a.firstElementChild.getBBox();
              const text = a.querySelector('text').getBBox();
              return text.x < box.x - 0.5 ||
                text.x + text.width > box.x + box.width + 0.5 ||
                text.y < box.y ||
                text.y + text.height > box.y + box.height + 0.5
                ? a.textContent.trim()
                : null;
            })
            .filter(Boolean),
        );
        assert.deepEqual(overflow, [], `${school} ${prefix}: titles overflowing their boxes`);
      }
      if (school === 'generic') assert.deepEqual(listed, [...allStepIds].sort(), 'the generic map shows every step');
      else if (school === 'cqwu') {
        for (const off of ['id-conscription', 'school-system-login', 'id-message-when'])
          assert.ok(!listed.includes(off), `cqwu's map leaves out ${off}`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  });
}

test('the map does not scroll sideways at 320 px; a diagram wider than the screen scrolls inside its box', async () => {
  await withSite('generic', async (url) => {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 320, height: 740 } });
    const page = await context.newPage();
    for (const { prefix } of langs) {
      await page.goto(url(`${prefix ? `${prefix}/` : ''}map/`));
      await waitForHydration(page);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll <= client, `${prefix || 'zh-CN'}: the page is ${scroll} px wide at ${client}`);
      const box = page.locator('.map-fig__scroll').first();
      assert.ok(
        await box.evaluate((e) => e.scrollWidth > e.clientWidth && getComputedStyle(e).overflowX === 'auto'),
        'the first diagram pans inside its box',
      );
    }
    await context.close();
  });
});

test('the map prints its diagrams, without the list, on one or two A4 landscape pages, in every language', async () => {
  await withSite('generic', async (url) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const { prefix } of langs) {
      await page.goto(url(`${prefix ? `${prefix}/` : ''}map/`));
      await waitForHydration(page);
      const pdf = (await page.pdf({ printBackground: true, preferCSSPageSize: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      assert.ok(pages >= 1 && pages <= 2, `${prefix || 'zh-CN'}: the map prints on ${pages} pages`);
      const [w, h] = (pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/) ?? []).slice(1).map(Number);
      assert.ok(w > h, `${prefix || 'zh-CN'}: landscape (${w} × ${h} pt)`);
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.map__nodes').isVisible(), false, 'the list is not printed');
      const figs = page.locator('.map-fig svg');
      for (let i = 0; i < (await figs.count()); i++) assert.ok(await figs.nth(i).isVisible(), `diagram ${i} is printed`);
      await page.emulateMedia({ media: null });
    }
    await context.close();
  });
});
