// The student's own trail survives real page loads (issue 18): in WeChat every tap loads a page,
// and the breadcrumb 「你的回答」, the summary for the counselor and 「上一步」 must still show
// what this student tapped. A cold deep link (a counselor's link, a QR code) shows the usual way
// there and says so. docs/decisions/008-trail-and-offline-copy.md
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSite, root, studentContext, WECHAT_UA, watchProblems, waitForHydration, headingFor, stepPath } from './helpers.mjs';

const common = JSON.parse(readFileSync(join(root, 'content/locales/zh-CN/common.json'), 'utf8'));
const steps = JSON.parse(readFileSync(join(root, 'content/locales/zh-CN/steps.json'), 'utf8'));

// three taps whose way differs from the usual way to the last step (the usual way to other-problem
// is one answer on the start page: 「其他问题」)
const walk = /** @type {const} */ ([
  ['start', 'cannot-login', 'login-problem'],
  ['login-problem', 'keep-failing', 'cannot-login-repeatedly'],
  ['cannot-login-repeatedly', 'not-worked', 'other-problem'],
]);
const plain = (s) => s.replace(/\[\[([^\]]+)\]\]/g, '$1').replace(/\*\*/g, '');
const option = (step, id) => plain(steps[step]?.options?.[id] ?? common.options[id]);

let site;
before(async () => {
  site = await openSite('generic');
});
after(async () => site?.close());

const wechat = (options = {}) =>
  studentContext(site.browser, { userAgent: WECHAT_UA, viewport: { width: 360, height: 740 }, serviceWorkers: 'block', ...options });

/** The breadcrumb as the page shows it: its heading and each item's step and answer. */
const breadcrumb = (page) =>
  page.evaluate(() => {
    const nav = document.querySelector('nav.trail');
    if (!nav) return null;
    return {
      summary: nav.querySelector('summary')?.textContent?.trim(),
      usual: nav.hasAttribute('data-usual'),
      items: [...nav.querySelectorAll('li[data-step]')].map((li) => `${li.getAttribute('data-step')}.${li.getAttribute('data-option')}`),
    };
  });

/** Once the app has swapped the usual way for the student's own answers: the breadcrumb's items. */
async function assertOwnTrail(page, items, message) {
  await page.waitForFunction(() => !document.querySelector('nav.trail[data-usual]'));
  assert.deepEqual((await breadcrumb(page)).items, items, message);
}

test("in WeChat, three taps (three page loads): breadcrumb, summary and back link are the student's own", async () => {
  const context = await wechat();
  const page = await context.newPage();
  const problems = watchProblems(page, site.server.origin);
  await page.goto(site.url(''));
  await waitForHydration(page);
  for (const [from, answer, to] of walk) {
    assert.equal(await page.locator('article.step').getAttribute('data-step'), from);
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await page.locator(`a.option[data-option="${answer}"]`).click();
    await page.waitForURL((u) => u.pathname === stepPath(to), { waitUntil: 'load' });
    await waitForHydration(page);
    assert.equal(
      await page.evaluate(() => /** @type {{ __sameDocument?: boolean }} */ (/** @type {unknown} */ (window)).__sameDocument),
      undefined,
      `${answer}: a real page load (WeChat)`,
    );
  }
  const own = walk.map(([s, o]) => `${s}.${o}`);
  await page.waitForFunction(() => !document.querySelector('nav.trail[data-usual]'));
  assert.deepEqual(await breadcrumb(page), { summary: `${common.nav.trail} (3)`, usual: false, items: own });
  // the summary for the counselor lists the three answers, in order, and not the usual-way note
  const summary = await page.locator('.summary__copy').textContent();
  walk.forEach(([s, o], i) =>
    assert.ok(summary.includes(`${i + 1}. ${plain(steps[s].title)}：${option(s, o)}`), `summary line ${i + 1}: ${summary}`),
  );
  assert.ok(!summary.includes(common.summary.usual), 'no usual-way note');
  // 上一步 leads where the student came from, not to the usual parent (the start page)
  const back = page.locator('a.step-nav__back');
  assert.equal(new URL(await back.getAttribute('href'), page.url()).pathname, stepPath('cannot-login-repeatedly'));
  await page.screenshot({ path: join(root, 'bench-results', 'trail-own.png') }).catch(() => {});
  await back.click();
  await page.waitForURL((u) => u.pathname === stepPath('cannot-login-repeatedly'), { waitUntil: 'load' });
  await waitForHydration(page);
  await assertOwnTrail(page, own.slice(0, 2), 'back on the step before: its own two answers');
  // a breadcrumb link opens an earlier question with the answers before it
  await page.locator('nav.trail summary').click();
  await page.locator('nav.trail li[data-step="login-problem"] a').click();
  await page.waitForURL((u) => u.pathname === stepPath('login-problem'), { waitUntil: 'load' });
  await waitForHydration(page);
  assert.deepEqual((await breadcrumb(page)).items, own.slice(0, 1));
  assert.deepEqual(problems, []);
  await context.close();
});

test('in WeChat, a tap before the app has started still carries the trail (the boot script records it)', async () => {
  const context = await wechat();
  const page = await context.newPage();
  // hold the app's main script back: the page stays plain links
  await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
  await page.goto(site.url(''));
  for (const [, answer, to] of walk.slice(0, 2)) {
    await page.locator(`a.option[data-option="${answer}"]`).click();
    await page.waitForURL((u) => u.pathname === stepPath(to), { waitUntil: 'load' });
  }
  await page.unroute(/\/assets\/index-[^/]+\.js$/);
  await page.locator(`a.option[data-option="${walk[2][1]}"]`).click();
  await page.waitForURL((u) => u.pathname === stepPath('other-problem'), { waitUntil: 'load' });
  await waitForHydration(page);
  await assertOwnTrail(
    page,
    walk.map(([s, o]) => `${s}.${o}`),
  );
  await context.close();
});

test('a cold deep link shows the usual way there and says so; its back link is the usual parent', async () => {
  const context = await wechat();
  const page = await context.newPage();
  const problems = watchProblems(page, site.server.origin);
  await page.goto(site.url('other-problem/'));
  await waitForHydration(page);
  const crumbs = await breadcrumb(page);
  assert.deepEqual(crumbs, { summary: `${common.nav.trailUsual} (1)`, usual: true, items: ['start.other'] });
  await page.locator('nav.trail summary').click();
  assert.equal((await page.locator('nav.trail .trail__note').textContent()).trim(), common.nav.trailUsualNote);
  const summary = await page.locator('.summary__copy').textContent();
  assert.ok(summary.includes(common.summary.usual), `the summary says it is the usual way: ${summary}`);
  assert.equal(new URL(await page.locator('a.step-nav__back').getAttribute('href'), page.url()).pathname, stepPath('start'));
  await page.screenshot({ path: join(root, 'bench-results', 'trail-cold.png') }).catch(() => {});
  // the same without JavaScript: the prerendered page says the same
  const noJs = await site.browser.newContext({ javaScriptEnabled: false, userAgent: WECHAT_UA });
  const p2 = await noJs.newPage();
  await p2.goto(site.url('other-problem/'));
  assert.equal((await p2.locator('nav.trail summary').textContent()).trim(), `${common.nav.trailUsual} (1)`);
  await noJs.close();
  assert.deepEqual(problems, []);
  await context.close();
});

test("outside WeChat (client-side steps), a reload keeps the student's trail", async () => {
  const context = await studentContext(site.browser, { serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(site.url(''));
  await waitForHydration(page);
  for (const [, answer, to] of walk) {
    await page.locator(`a.option[data-option="${answer}"]`).click();
    await page.waitForFunction((h) => document.querySelector('h1')?.textContent?.trim() === h, headingFor(to));
  }
  await page.waitForURL((u) => u.pathname === stepPath('other-problem'));
  await page.reload();
  await waitForHydration(page);
  await assertOwnTrail(
    page,
    walk.map(([s, o]) => `${s}.${o}`),
  );
  await context.close();
});
