// What a page needs before it is interactive, and what it loads afterwards (issue 9).
// A step page hydrates with the words it carries (#page-words) and the parts it shows; the rest of
// its language, the other parts and the statechart (XState) load right after. Here, in Chromium:
// - with the locale and statechart chunks held back, a page still hydrates to exactly the HTML the
//   server sent (no hydration error, same text, same title), and an answer is a real link;
// - once everything has loaded, a change of step needs no request at all and no page load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite, studentContext, watchProblems, waitForHydration, headingFor, stepPath, titleFor } from './helpers.mjs';

let site;
before(async () => {
  site = await openSite('generic');
});
after(async () => site?.close());

/** Requests for these never get an answer: the page must not need them to hydrate. */
const HELD = [/\/assets\/(zh-CN|zh-Hant|en)-[\w-]+\.js$/, /\/assets\/engine-[\w-]+\.js$/];

/** @type {Array<{ step: import('../../src/flow/steps').StepId; lang: import('../../src/i18n/languages').Lang; prefix: string }>} */
const pages = [
  { step: 'start', lang: 'zh-CN', prefix: '' },
  { step: 'duplicate-id', lang: 'zh-CN', prefix: '' }, // a fix with methods, sources and a drawing
  { step: 'phone-already-registered-not-own', lang: 'en', prefix: 'en' }, // glossed CHSI labels
  { step: 'login-problem', lang: 'zh-Hant', prefix: 'zh-hant' },
];

for (const { step, lang, prefix } of pages) {
  test(`${prefix || 'zh-CN'}/${step}: hydrates without the locale and the statechart; answers stay real links meanwhile`, async () => {
    const context = await studentContext(site.browser, { serviceWorkers: 'block', locale: lang });
    const page = await context.newPage();
    const problems = watchProblems(page, site.server.origin);
    const held = [];
    await page.route(
      (url) => HELD.some((re) => re.test(url.pathname)),
      (route) => held.push(route.request().url()), // never answered
    );
    await page.goto(`${site.server.origin}${stepPath(step, prefix)}`, { waitUntil: 'domcontentloaded' });
    const serverText = await page.locator('main').innerText();
    const serverTitle = await page.title();
    // React owns the heading: hydrated
    await page.waitForFunction(() => Object.keys(document.querySelector('h1') ?? {}).some((k) => k.startsWith('__reactFiber$')));
    await page.waitForTimeout(300);
    assert.ok(
      held.some((u) => /\/engine-/.test(u)),
      `the statechart was asked for after hydration (held: ${held.join(', ')})`,
    );
    assert.ok(
      held.some((u) => new RegExp(`/${lang}-`).test(u)),
      `the ${lang} locale was asked for after hydration`,
    );
    assert.deepEqual(
      problems.filter((p) => !/blocked by Playwright/.test(p)),
      [],
      'no hydration error, nothing else wrong',
    );
    assert.equal(await page.locator('main').innerText(), serverText, 'the hydrated page shows exactly what the server sent');
    assert.equal(await page.title(), serverTitle, 'and keeps its title');
    assert.equal(await page.locator('h1').innerText(), headingFor(step, lang));
    assert.equal(await page.locator('#root[data-ready]').count(), 0, 'not ready to change steps in place yet');
    // an answer now is a real page load of the next step
    const option = page.locator('a.option').first();
    const href = await option.evaluate((a) => a.href);
    await page.evaluate(() => (window.__samePage = true));
    await Promise.all([page.waitForURL(href), option.click()]);
    await page.waitForLoadState('domcontentloaded');
    assert.equal(await page.evaluate(() => window.__samePage), undefined, 'a new page was loaded');
    await context.close();
  });
}

test('once ready, answering loads nothing and stays in the page; the title follows', async () => {
  const context = await studentContext(site.browser, { serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = watchProblems(page, site.server.origin);
  await page.goto(`${site.server.origin}${stepPath('start')}`);
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  const requests = [];
  // (Chromium itself looks at the tab's icon again when the address changes: not the page's doing)
  page.on('request', (r) => !r.url().endsWith('/favicon.svg') && requests.push(r.url()));
  await page.evaluate(() => (window.__samePage = true));
  // start → login problem → a fix with methods, sources and drawings, all without a request
  /** @type {Array<[option: string, next: import('../../src/flow/steps').StepId]>} */
  const walk = [
    ['cannot-login', 'login-problem'],
    ['forgot-username', 'forgot-username'],
  ];
  for (const [option, next] of walk) {
    await page.locator(`a.option[data-option="${option}"]`).first().click();
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent?.trim() === t, headingFor(next));
    assert.equal(await page.title().then((t) => t.startsWith(titleFor(next))), true, `title names ${next}`);
  }
  assert.equal(await page.evaluate(() => window.__samePage), true, 'no page load');
  assert.ok((await page.locator('.methods li').count()) > 0, 'the fix shows its methods');
  assert.ok((await page.locator('figure.drawing').count()) > 0, 'and its drawing');
  assert.deepEqual(requests, [], 'no request for a change of step');
  assert.deepEqual(problems, []);
  await context.close();
});

test("the app's scripts are asked for only after the page's first contentful paint", async () => {
  const context = await studentContext(site.browser, { serviceWorkers: 'block' });
  const page = await context.newPage();
  for (const path of [stepPath('start'), stepPath('duplicate-id'), stepPath('counselor')]) {
    await page.goto(`${site.server.origin}${path}`);
    await waitForHydration(page);
    const { fcp, scripts } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      scripts: performance
        .getEntriesByType('resource')
        .filter((r) => /\/assets\/[\w-]+\.js$/.test(r.name))
        .map((r) => ({ name: r.name.split('/').pop(), start: r.startTime })),
    }));
    assert.equal(typeof fcp, 'number', `${path}: a first contentful paint`);
    assert.ok(scripts.length >= 2, `${path}: the app's scripts loaded (${scripts.length})`);
    for (const s of scripts)
      assert.ok(
        s.start >= fcp,
        `${path}: ${s.name} asked for at ${s.start.toFixed(1)} ms, before the first contentful paint at ${fcp.toFixed(1)} ms`,
      );
  }
  await context.close();
});

// Starting the app must not disturb what the page already shows: no layout shift from the first
// paint until the page is ready, and the stylesheet left alone (main.tsx once re-set every link's
// href, the stylesheet's too; Chromium then loads it anew, and a tap in that moment hit-tested
// against a stale layout and landed beside the link it aimed at).
for (const step of /** @type {import('../../src/flow/steps').StepId[]} */ (['start', 'login-problem', 'duplicate-id'])) {
  test(`${step}: starting the app moves nothing on the page`, async () => {
    const context = await studentContext(site.browser, { serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__stylesheetChanges = 0;
      new MutationObserver((records) => {
        for (const r of records)
          if (r.target instanceof Element && r.target.matches('link[rel="stylesheet"]')) window.__stylesheetChanges++;
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['href'] });
    });
    await page.goto(`${site.server.origin}${stepPath(step)}`);
    await waitForHydration(page);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__stylesheetChanges), 0, 'the stylesheet was loaded anew');
    const shifts = await page.evaluate(
      () =>
        new Promise((resolve) => {
          new PerformanceObserver((list, observer) => {
            observer.disconnect();
            resolve(
              list
                .getEntries()
                .map((e) => ({ value: /** @type {PerformanceEntry & { value: number }} */ (e).value, at: Math.round(e.startTime) })),
            );
          }).observe({ type: 'layout-shift', buffered: true });
          // no entry at all: the observer is never called
          setTimeout(() => resolve([]), 500);
        }),
    );
    assert.deepEqual(shifts, [], 'layout shifts while the app started');
    await context.close();
  });
}
