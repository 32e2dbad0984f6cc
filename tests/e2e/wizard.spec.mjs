// The wizard in a real browser (generic build, JavaScript on), served from a nested subfolder:
// deep links, whole stories clicked through as a student would, browser history, the 404 page,
// accessibility (axe, light and dark), and no console errors or requests to other origins.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PREFIX,
  allStepIds,
  axeViolations,
  headingFor,
  openSite,
  root,
  siteDir,
  stepPath,
  stepTexts,
  stories,
  texts,
  titleFor,
  waitForHydration,
  watchProblems,
} from './helpers.mjs';

const common = JSON.parse(readFileSync(join(root, 'content/locales/zh-CN/common.json'), 'utf8'));

let site;
/** Problems from every page of this file, by test, for the closing check. */
const seen = [];

before(async () => {
  site = await openSite('generic');
});
after(async () => {
  await site?.close();
});

/** A fresh context (own history, storage) and page, with problem collection. */
async function freshPage(label, options = {}) {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const problems = watchProblems(page, site.server.origin);
  seen.push({ label, problems });
  return { context, page, problems };
}

/** Waits (briefly) for the h1 to read `expected`, then asserts it, naming what it did read. */
async function assertHeading(page, expected, where) {
  await page
    .waitForFunction((text) => document.querySelector('h1')?.textContent?.trim() === text, expected, { timeout: 5000 })
    .catch(() => {});
  const headings = await texts(page.locator('h1'));
  assert.deepEqual(headings, [expected], `${where}: the page should have exactly one h1 reading "${expected}"`);
}

async function assertPath(page, path, where) {
  await page.waitForURL((u) => u.pathname === path, { timeout: 5000 }).catch(() => {});
  assert.equal(new URL(page.url()).pathname, path, `${where}: address`);
}

async function assertFocusOnHeading(page, where) {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, { timeout: 3000 }).catch(() => {});
  const active = await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.className ?? ''}`.trim());
  assert.match(active, /^H1\b/, `${where}: focus should be on the h1, is on ${active}`);
}

async function openStart(page) {
  const response = await page.goto(site.url(''));
  assert.equal(response?.status(), 200);
  await waitForHydration(page);
  await assertHeading(page, headingFor('start'), 'start');
}

/**
 * Clicks through `path` ([option, expected step] pairs) from the page's current step, checking
 * after each click: address, heading, focus, document.title, no page load, and the breadcrumb.
 */
async function walk(page, path, { from = 'start', trail = [] } = {}) {
  let current = from;
  const answers = [...trail];
  for (const [option, to] of path) {
    const where = `${current} → [${option}] → ${to}`;
    const link = page.locator(`a.option[data-option="${option}"]`);
    assert.equal(await link.count(), 1, `${where}: exactly one option "${option}" on ${current}`);
    const label = (await link.textContent()).replace(/\s+/g, ' ').trim();
    const titleBefore = await page.title();
    await page.evaluate(() => {
      window.__noReload = 1;
    });
    await link.click();
    await assertPath(page, stepPath(to), where);
    await assertHeading(page, headingFor(to), where);
    await assertFocusOnHeading(page, where);
    const title = await page.title();
    assert.notEqual(title, titleBefore, `${where}: document.title should change`);
    assert.ok(title.includes(titleFor(to)), `${where}: document.title "${title}" should contain "${titleFor(to)}"`);
    assert.equal(await page.evaluate(() => window.__noReload), 1, `${where}: the answer should be a client-side transition, not a page load`);
    answers.push({ step: current, label });
    await assertTrail(page, answers, where);
    current = to;
  }
  return answers;
}

/** The breadcrumb lists each question so far (by its title) with the answer given. */
async function assertTrail(page, answers, where) {
  if (!answers.length) {
    assert.equal(await page.locator('nav.trail').count(), 0, `${where}: no breadcrumb on the first step`);
    return;
  }
  assert.equal(await page.locator('nav.trail').count(), 1, `${where}: one breadcrumb`);
  assert.equal(await page.locator('nav.trail details').count(), 1, `${where}: the breadcrumb is a <details>`);
  assert.deepEqual(
    await texts(page.locator('nav.trail .trail__q')),
    answers.map((a) => stepTexts[a.step].title),
    `${where}: breadcrumb questions`,
  );
  assert.deepEqual(await texts(page.locator('nav.trail .trail__a')), answers.map((a) => a.label), `${where}: breadcrumb answers`);
}

// ── Deep links ──────────────────────────────────────────────────────────────────────────────

const deepLinks = [
  'duplicate-id',
  'phone-already-registered',
  'id-registered-by-conscription',
  'forgot-username',
  'lost-email',
  'forfeited-admission',
  'id-registered-by-self',
  'id-registered-by-someone',
  'sms-code-locked',
  'name-changed',
  'cannot-link-record',
  'info-wrong',
  'other-problem',
  'username-lookup-throttled',
  'record-not-yet-uploaded',
  'school-system-login',
  'dup-id-record-verify-failed',
];

describe('cold-open deep links', () => {
  let page;
  let problems;
  before(async () => {
    ({ page, problems } = await freshPage('deep links'));
  });

  for (const step of deepLinks) {
    test(`/${step}/ shows its own page`, async () => {
      problems.length = 0;
      const response = await page.goto(site.url(`${step}/`));
      assert.equal(response?.status(), 200, 'status');
      await waitForHydration(page);
      await assertHeading(page, headingFor(step), step);
      assert.equal(new URL(page.url()).pathname, stepPath(step), 'the address stays the deep link');
      const title = await page.title();
      assert.ok(title.includes(titleFor(step)), `document.title "${title}" should contain "${titleFor(step)}"`);
      assert.equal(await page.locator(`article[data-step="${step}"]`).count(), 1, 'the article names the step');
      assert.deepEqual([...problems], [], 'no console errors, failed or foreign requests');
    });
  }
});

// ── Stories ─────────────────────────────────────────────────────────────────────────────────

describe('stories clicked through from the start', () => {
  for (const story of stories) {
    test(story.name, async () => {
      const { context, page, problems } = await freshPage(`story: ${story.name}`);
      try {
        await openStart(page);
        await assertTrail(page, [], 'start');
        await walk(page, story.path);
        assert.deepEqual([...problems], [], 'no console errors, failed or foreign requests');
      } finally {
        await context.close();
      }
    });
  }

  test('the story ends on pages that offer a way on or back', async () => {
    // The last step of every story has the back and restart links.
    const { context, page, problems } = await freshPage('story ends');
    try {
      for (const story of stories) {
        const last = story.path.at(-1)[1];
        await page.goto(site.url(`${last}/`));
        await waitForHydration(page);
        assert.equal(await page.locator('a.step-nav__back').count(), 1, `${last}: back link`);
        assert.equal(await page.locator('a.step-nav__restart').count(), 1, `${last}: restart link`);
      }
      assert.deepEqual([...problems], [], 'no console errors, failed or foreign requests');
    } finally {
      await context.close();
    }
  });
});

// ── History, Back and Restart ───────────────────────────────────────────────────────────────

describe('browser history, Back and Restart', () => {
  test('after a walk: browser back/forward, the Back link, then Restart', async () => {
    const { context, page, problems } = await freshPage('history');
    try {
      await openStart(page);
      const story = stories[0];
      const answers = await walk(page, story.path);
      const [last, beforeLast] = [story.path.at(-1)[1], story.path.at(-2)[1]];

      await page.goBack();
      await assertPath(page, stepPath(beforeLast), 'browser back');
      await assertHeading(page, headingFor(beforeLast), 'browser back');
      await assertTrail(page, answers.slice(0, -1), 'browser back');

      await page.goForward();
      await assertPath(page, stepPath(last), 'browser forward');
      await assertHeading(page, headingFor(last), 'browser forward');
      await assertTrail(page, answers, 'browser forward');

      const titleBefore = await page.title();
      await page.locator('a.step-nav__back').click();
      await assertPath(page, stepPath(beforeLast), 'Back link');
      await assertHeading(page, headingFor(beforeLast), 'Back link');
      await assertFocusOnHeading(page, 'Back link');
      assert.notEqual(await page.title(), titleBefore, 'Back link: document.title changes');
      await assertTrail(page, answers.slice(0, -1), 'Back link');

      // Back once more, with the link: one more step back.
      const twoBack = story.path.at(-3)[1];
      await page.locator('a.step-nav__back').click();
      await assertPath(page, stepPath(twoBack), 'Back link twice');
      await assertHeading(page, headingFor(twoBack), 'Back link twice');

      await page.locator('a.step-nav__restart').click();
      await assertPath(page, PREFIX, 'Restart');
      await assertHeading(page, headingFor('start'), 'Restart');
      await assertFocusOnHeading(page, 'Restart');
      await assertTrail(page, [], 'Restart');
      assert.equal(await page.locator('a.step-nav__back').count(), 0, 'no Back link on the start page');

      // A new story after Restart still works.
      await walk(page, stories[2].path);
      assert.deepEqual([...problems], [], 'no console errors, failed or foreign requests');
    } finally {
      await context.close();
    }
  });

  test('Back on a cold-opened deep link goes one step up the way there, and browser back returns', async () => {
    const { context, page, problems } = await freshPage('back from deep link');
    try {
      const step = 'id-registered-by-someone';
      await page.goto(site.url(`${step}/`));
      await waitForHydration(page);
      const back = page.locator('a.step-nav__back');
      const href = await back.getAttribute('href');
      const target = new URL(href, page.url()).pathname;
      const targetStep = target === PREFIX ? 'start' : target.slice(PREFIX.length, -1);
      assert.ok(allStepIds.includes(targetStep), `Back link ${href} should name a step`);
      const crumbs = await page.locator('nav.trail li').count();
      await back.click();
      await assertPath(page, target, 'Back link on a deep link');
      await assertHeading(page, headingFor(targetStep), 'Back link on a deep link');
      await assertFocusOnHeading(page, 'Back link on a deep link');
      assert.equal(await page.locator('nav.trail li').count(), crumbs - 1, 'one answer fewer in the breadcrumb');

      await page.goBack();
      await assertPath(page, stepPath(step), 'browser back to the deep link');
      await assertHeading(page, headingFor(step), 'browser back to the deep link');
      assert.deepEqual([...problems], [], 'no console errors, failed or foreign requests');
    } finally {
      await context.close();
    }
  });
});

// ── Not found ───────────────────────────────────────────────────────────────────────────────

describe('unknown address', () => {
  const address = 'no-such-step/';

  test(`${PREFIX}${address} shows the 404 page with a working link to the start`, async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    try {
      const response = await page.goto(site.url(address));
      assert.equal(response?.status(), 404, 'status');
      await assertHeading(page, common.notFound.title, '404 page');
      const link = page.locator('a[data-to-start]');
      assert.equal(await link.count(), 1, 'one link to the start');
      const href = await link.getAttribute('href');
      await link.click();
      await page.waitForLoadState('load');
      await page
        .waitForFunction((t) => document.querySelector('h1')?.textContent?.trim() === t, headingFor('start'), { timeout: 5000 })
        .catch(() => {});
      assert.equal(
        new URL(page.url()).pathname,
        PREFIX,
        `the 404 page's link to the start (href="${href}") should lead to ${PREFIX}, not ${new URL(page.url()).pathname}`,
      );
      await assertHeading(page, headingFor('start'), 'after following the link to the start');
    } finally {
      await context.close();
    }
  });

  test(`${PREFIX}${address} loads its own styles and script (no failed requests besides the page itself)`, async () => {
    const { context, page, problems } = await freshPage('404 page assets');
    seen.pop(); // reported here, not again in the closing check
    try {
      await page.goto(site.url(address));
      await page.waitForLoadState('networkidle');
      const own = site.url(address);
      const others = problems.filter(
        (p) => p !== `HTTP 404: ${own}` && !/console error: Failed to load resource: .*404/.test(p),
      );
      // The document's own 404 is expected; its console line is counted once per failed request.
      const consoleLines = problems.filter((p) => /console error: Failed to load resource: .*404/.test(p)).length;
      assert.deepEqual(others, [], 'the 404 page should load its stylesheet and script');
      assert.equal(consoleLines, 1, 'only the page itself should answer 404');
      const styled = await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0));
      assert.ok(styled, 'the 404 page should have its stylesheet');
    } finally {
      await context.close();
    }
  });
});

// ── Accessibility ───────────────────────────────────────────────────────────────────────────

describe('axe', () => {
  // Every step folder in the generic build, plus the start page.
  const built = allStepIds.filter((s) => s === 'start' || readable(join(siteDir('generic'), s, 'index.html')));

  test('every step id has a page in the generic build', () => {
    assert.deepEqual(allStepIds.filter((s) => !built.includes(s)), [], 'steps without dist/<id>/index.html');
  });

  test(`every step page has no axe violations (light, ${built.length} pages)`, async () => {
    const { context, page, problems } = await freshPage('axe light', { colorScheme: 'light' });
    const failures = [];
    try {
      for (const step of built) {
        await page.goto(site.url(step === 'start' ? '' : `${step}/`));
        await waitForHydration(page);
        const violations = await axeViolations(page);
        if (violations.length) failures.push(`${step}:\n    ${violations.join('\n    ')}`);
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(failures, [], `axe violations (light):\n  ${failures.join('\n  ')}`);
    assert.deepEqual([...problems], [], 'no console errors, failed or foreign requests');
  });

  test('a sample of 10 step pages has no axe violations in dark mode', async () => {
    const sample = [
      'start',
      'register-error',
      'duplicate-id',
      'forfeited-admission',
      'login',
      'done',
      'id-already-registered',
      'name-changed',
      'other-problem',
      'school-system-login',
    ];
    const { context, page, problems } = await freshPage('axe dark', { colorScheme: 'dark' });
    const failures = [];
    try {
      for (const step of sample) {
        await page.goto(site.url(step === 'start' ? '' : `${step}/`));
        await waitForHydration(page);
        assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true, 'dark mode is on');
        const violations = await axeViolations(page);
        if (violations.length) failures.push(`${step}:\n    ${violations.join('\n    ')}`);
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(failures, [], `axe violations (dark):\n  ${failures.join('\n  ')}`);
    assert.deepEqual([...problems], [], 'no console errors, failed or foreign requests');
  });
});

function readable(file) {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

// ── Closing check ───────────────────────────────────────────────────────────────────────────

test('no request to another origin and no console error or warning on any page above', () => {
  const all = seen.flatMap(({ label, problems }) => problems.map((p) => `${label}: ${p}`));
  assert.deepEqual(all, []);
});
