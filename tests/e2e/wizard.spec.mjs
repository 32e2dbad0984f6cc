// The wizard in a real browser (generic build, JavaScript on), served from a nested subfolder:
// deep links, whole stories clicked through as a student would, browser history, the 404 page,
// accessibility (axe, light and dark), and no console errors or requests to other origins.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isStepId } from '../../src/flow/steps';
import {
  PREFIX,
  allStepIds,
  axeViolations,
  headingFor,
  openSite,
  root,
  siteDir,
  stepPath,
  studentContext,
  stepTexts,
  stories,
  texts,
  titleFor,
  waitForHydration,
  watchProblems,
  followStartLink,
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

/** Playwright's own note when a context blocks service workers: not the site's. */
const swBlocked = /Service Worker registration blocked by Playwright/;
/** The problems that are the site's. */
const real = (problems) => problems.filter((p) => !swBlocked.test(p));

/**
 * A fresh context (own history, storage) and page, with problem collection. Where many pages
 * are opened one after the other, service workers are blocked (serviceWorkers: 'block'), so
 * every page comes from the static server and no worker precaches the site in the background.
 */
async function freshPage(label, options = {}) {
  const context = await studentContext(site.browser, options);
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
    assert.equal(
      await page.evaluate(() => window.__noReload),
      1,
      `${where}: the answer should be a client-side transition, not a page load`,
    );
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
  assert.deepEqual(
    await texts(page.locator('nav.trail .trail__a')),
    answers.map((a) => a.label),
    `${where}: breadcrumb answers`,
  );
}

// ── Deep links ──────────────────────────────────────────────────────────────────────────────

/** @type {import('../../src/flow/steps').StepId[]} */
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
    ({ page, problems } = await freshPage('deep links', { serviceWorkers: 'block' }));
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
      assert.deepEqual(real(problems), [], 'no console errors, failed or foreign requests');
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
        assert.deepEqual(real(problems), [], 'no console errors, failed or foreign requests');
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
        const last = story.path[story.path.length - 1][1];
        await page.goto(site.url(`${last}/`));
        await waitForHydration(page);
        assert.equal(await page.locator('a.step-nav__back').count(), 1, `${last}: back link`);
        assert.equal(await page.locator('a.step-nav__restart').count(), 1, `${last}: restart link`);
      }
      assert.deepEqual(real(problems), [], 'no console errors, failed or foreign requests');
    } finally {
      await context.close();
    }
  });
});

describe('the document head after client-side step changes', () => {
  /** Icons and manifest the browser may fetch at any time: each must resolve from the current address. */
  async function brokenHeadLinks(page) {
    const links = await page.evaluate(() =>
      [
        .../** @type {NodeListOf<HTMLLinkElement>} */ (
          document.querySelectorAll('link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')
        ),
      ].map((l) => ({
        rel: l.rel,
        attr: l.getAttribute('href'),
        url: l.href,
      })),
    );
    const broken = [];
    for (const l of links) {
      const r = await page.request.get(l.url);
      if (r.status() !== 200) broken.push(`<link rel="${l.rel}" href="${l.attr}"> → ${new URL(l.url).pathname} (${r.status()})`);
    }
    return { links, broken };
  }

  test('from the start page to a step: icons and manifest still resolve', async () => {
    const { context, page } = await freshPage('head links from start');
    seen.pop(); // its favicon requests are this test's subject
    try {
      await openStart(page);
      const before = await brokenHeadLinks(page);
      assert.ok(before.links.length > 0, 'the page has icon/manifest links');
      assert.deepEqual(before.broken, [], 'on the start page itself');
      await page.locator('a.option[data-option="register-error"]').click();
      await assertPath(page, stepPath('register-error'), 'after the first answer');
      const after = await brokenHeadLinks(page);
      assert.deepEqual(after.broken, [], `after a client-side step change to ${stepPath('register-error')}`);
    } finally {
      await context.close();
    }
  });

  test('from a deep link back to the start (Restart): icons and manifest still resolve', async () => {
    const { context, page } = await freshPage('head links to start');
    seen.pop();
    try {
      await page.goto(site.url('duplicate-id/'));
      await waitForHydration(page);
      assert.deepEqual((await brokenHeadLinks(page)).broken, [], 'on the deep link itself');
      await page.locator('a.step-nav__restart').click();
      await assertPath(page, PREFIX, 'after Restart');
      const after = await brokenHeadLinks(page);
      assert.deepEqual(after.broken, [], `after a client-side step change to ${PREFIX}`);
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
      const [last, beforeLast] = [story.path[story.path.length - 1][1], story.path[story.path.length - 2][1]];

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
      const twoBack = story.path[story.path.length - 3][1];
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
      assert.deepEqual(real(problems), [], 'no console errors, failed or foreign requests');
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
      assert.ok(isStepId(targetStep), `Back link ${href} should name a step`);
      const crumbs = await page.locator('nav.trail li').count();
      await back.click();
      await assertPath(page, target, 'Back link on a deep link');
      await assertHeading(page, headingFor(targetStep), 'Back link on a deep link');
      await assertFocusOnHeading(page, 'Back link on a deep link');
      assert.equal(await page.locator('nav.trail li').count(), crumbs - 1, 'one answer fewer in the breadcrumb');

      await page.goBack();
      await assertPath(page, stepPath(step), 'browser back to the deep link');
      await assertHeading(page, headingFor(step), 'browser back to the deep link');
      assert.deepEqual(real(problems), [], 'no console errors, failed or foreign requests');
    } finally {
      await context.close();
    }
  });
});

// ── Not found ───────────────────────────────────────────────────────────────────────────────

describe('unknown address', () => {
  const address = 'no-such-step/';

  test(`${PREFIX}${address} shows the 404 page with a working link to the start`, async () => {
    const context = await studentContext(site.browser);
    const page = await context.newPage();
    try {
      const response = await page.goto(site.url(address));
      assert.equal(response?.status(), 404, 'status');
      await assertHeading(page, common.notFound.title, '404 page');
      const link = page.locator('a[data-to-start]');
      assert.equal(await link.count(), 1, 'one link to the start');
      const { href, pathname } = await followStartLink(page);
      assert.equal(pathname, PREFIX, `the 404 page's link to the start (href="${href}") should lead to ${PREFIX}, not ${pathname}`);
      await assertHeading(page, headingFor('start'), 'after following the link to the start');
    } finally {
      await context.close();
    }
  });

  test(`${PREFIX}${address} has its stylesheet and no failed request besides the page itself`, async () => {
    const context = await studentContext(site.browser);
    const page = await context.newPage();
    const own = site.url(address);
    // The page's own 404 is expected, and so are the 404 page's HEAD probes for the site's
    // manifest (how it finds the site folder); anything else that fails is a problem.
    const expected = (url, method = 'GET') => url === own || (method === 'HEAD' && url.endsWith('/manifest.webmanifest'));
    const problems = [];
    page.on('response', (r) => {
      if (r.status() >= 400 && !expected(r.url(), r.request().method()))
        problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => {
      // Chromium reports a finished HEAD fetch as aborted (no body): the probes' answers show in
      // where the start link points, checked in the test above.
      if (expected(r.url(), r.method())) return;
      problems.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith(site.server.origin) && !r.url().startsWith('data:')) problems.push(`foreign request: ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() !== 'error' && m.type() !== 'warning') return;
      const at = m.location()?.url ?? '';
      if (/Failed to load resource/.test(m.text()) && (at === own || at.endsWith('/manifest.webmanifest'))) return;
      problems.push(`console ${m.type()}: ${m.text()} (${at})`);
    });
    try {
      await page.goto(own);
      await page.waitForLoadState('networkidle');
      // Give the page's script time to find the site folder and fix its links up.
      await page.waitForTimeout(300);
      const sheets = await page.evaluate(() =>
        [...document.styleSheets].map((s) => {
          try {
            return { href: s.href, rules: s.cssRules.length };
          } catch {
            return { href: s.href, rules: 0 };
          }
        }),
      );
      assert.ok(
        sheets.some((s) => s.rules > 0),
        `the 404 page should be styled like every other page; its stylesheets: ${JSON.stringify(sheets)}; ` +
          `<link rel=stylesheet> in the document: ${JSON.stringify(await page.evaluate(() => [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href'))))}`,
      );
      assert.deepEqual(problems, [], 'no failed request, console error or page error');
    } finally {
      await context.close();
    }
  });
});

// ── Accessibility ───────────────────────────────────────────────────────────────────────────

describe('axe', () => {
  // Every page folder of the generic build (dist/*/index.html: the steps, and the other pages
  // such as the counselor page and the map), plus the start page; not the forwarding pages of
  // retired ids (content/redirects.json), which show nothing.
  const dist = siteDir('generic');
  const retired = Object.keys(JSON.parse(readFileSync(join(root, 'content/redirects.json'), 'utf8')));
  const folders = readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dist, d.name, 'index.html')) && !retired.includes(d.name))
    .map((d) => d.name)
    .filter((name) => !['en', 'zh-hant'].includes(name));
  const pagesToScan = ['start', ...allStepIds.filter((s) => folders.includes(s)), ...folders.filter((f) => !isStepId(f))];

  test('every step id has a page folder in the generic build', () => {
    assert.deepEqual(
      allStepIds.filter((s) => s !== 'start' && !folders.includes(s)),
      [],
      'steps without dist/<id>/index.html',
    );
  });

  test(`every page has no axe violations (light, ${pagesToScan.length} pages)`, async () => {
    const { context, page, problems } = await freshPage('axe light', { colorScheme: 'light', serviceWorkers: 'block' });
    const failures = [];
    try {
      for (const name of pagesToScan) {
        try {
          await page.goto(site.url(name === 'start' ? '' : `${name}/`));
          await waitForHydration(page);
          const violations = await axeViolations(page);
          if (violations.length) failures.push(`${name}:\n    ${violations.join('\n    ')}`);
        } catch (e) {
          failures.push(`${name}: ${/** @type {Error} */ (e).message.split('\n')[0]}`);
        }
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(failures, [], `axe violations (light):\n  ${failures.join('\n  ')}`);
    assert.deepEqual(real(problems), [], 'no console errors, failed or foreign requests');
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
    const { context, page, problems } = await freshPage('axe dark', { colorScheme: 'dark', serviceWorkers: 'block' });
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
    assert.deepEqual(real(problems), [], 'no console errors, failed or foreign requests');
  });
});

// ── Closing check ───────────────────────────────────────────────────────────────────────────

test('no request to another origin and no console error or warning on any page above', () => {
  const all = seen.flatMap(({ label, problems }) => real(problems).map((p) => `${label}: ${p}`));
  assert.deepEqual(all, []);
});
