// The generic build as a plain static site in a nested subfolder (/jwc/xuexin/): every page opens
// cold, with or without its trailing slash; the wizard works by links alone without JavaScript;
// the same walks work with JavaScript; WeChat gets real page loads; unknown addresses get a 404
// page that still leads to the start; retired step ids forward to their replacement.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PREFIX,
  allStepIds,
  headingFor,
  langs,
  openSite,
  root,
  stepPath,
  stories,
  studentContext,
  texts,
  waitForHydration,
  watchProblems,
  followStartLink,
} from './helpers.mjs';

const common = JSON.parse(readFileSync(join(root, 'content/locales/zh-CN/common.json'), 'utf8'));
const redirects = Object.entries(JSON.parse(readFileSync(join(root, 'content/redirects.json'), 'utf8'))).filter(
  ([from]) => !from.startsWith('_'),
);
const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230805.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  'Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 ' +
  'MicroMessenger/8.0.40.2420(0x28002837) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

let site;
before(async () => {
  site = await openSite('generic');
});
after(async () => {
  await site?.close();
});

/** The step a zh-CN address names (or null). */
const stepOf = (pathname) => {
  if (pathname === PREFIX) return 'start';
  const m = pathname.match(/^\/jwc\/xuexin\/([a-z0-9-]+)\/$/);
  return m && allStepIds.includes(m[1]) ? m[1] : null;
};

async function pageWith(options) {
  const context = await studentContext(site.browser, options);
  const page = await context.newPage();
  const problems = watchProblems(page, site.server.origin);
  return { context, page, problems };
}

async function headings(page) {
  return texts(page.locator('h1'));
}

// ── Cold opens ──────────────────────────────────────────────────────────────────────────────

/**
 * Problems that are artefacts of how these tests drive the browser, not of the site: a lazy
 * request (the favicon) cut short by the test's next navigation (an HTTP error would still show
 * as "HTTP 4xx"), and Playwright's own note when it blocks a service worker.
 */
const benign = (p) => / net::ERR_ABORTED$/.test(p) || /Service Worker registration blocked by Playwright/.test(p);
/** With JavaScript off, Chrome refuses the module preloads: expected, as scripts are off. */
const benignNoScript = (p) => benign(p) || /^request failed: \S+\.js csp$/.test(p);
/** Text of an HTML fragment: tags dropped, character references decoded. */
const htmlText = (html) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
const real = (problems, scripts = true) => problems.filter((p) => !(scripts ? benign(p) : benignNoScript(p)));

describe('every step page opens cold from the subfolder', () => {
  // JavaScript is off here: every page must be complete as served. (wizard.spec.mjs opens every
  // zh-CN step page with JavaScript for its axe scan, with the same problem checks.)
  // Service workers are blocked: every page must come from the static server itself.
  test('zh-CN: every step, with and without the trailing slash (browser: the bare form, redirected)', async () => {
    // The bare address (no trailing slash) opens in the browser: the server redirects it to the
    // folder, so the page is cold-opened at its real address and everything it loads is checked.
    // The folder address itself is checked over HTTP here and opened with JavaScript, page by
    // page, by the axe scan in wizard.spec.mjs.
    const { context, page, problems } = await pageWith({ serviceWorkers: 'block', javaScriptEnabled: false });
    const failures = [];
    try {
      for (const step of allStepIds) {
        const path = stepPath(step);
        const bare = path.slice(0, -1);
        problems.length = 0;
        const response = await page.goto(`${site.server.origin}${bare}`);
        const status = response?.status();
        const finalPath = new URL(page.url()).pathname;
        const first = response?.request().redirectedFrom();
        const firstStatus = first ? (await first.response())?.status() : undefined;
        if (firstStatus !== 301) failures.push(`${bare}: should redirect (301) to ${path}, got ${firstStatus}`);
        if (status !== 200) failures.push(`${bare}: status ${status} after the redirect`);
        if (finalPath !== path) failures.push(`${bare}: ended at ${finalPath}, not ${path}`);
        const h1 = await headings(page);
        if (h1.length !== 1 || h1[0] !== headingFor(step))
          failures.push(`${path}: h1 ${JSON.stringify(h1)}, expected "${headingFor(step)}"`);
        if ((await page.locator('a.option').count()) === 0 && step !== 'other-problem') failures.push(`${path}: no answers on the page`);
        const styled = await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0));
        if (!styled) failures.push(`${path}: no stylesheet`);
        const left = real(problems, false);
        if (left.length) failures.push(`${bare}: ${left.join('; ')}`);

        const direct = await page.request.get(`${site.server.origin}${path}`, { maxRedirects: 0 });
        const directH1 = [...(await direct.text()).matchAll(/<h1[\s>][\s\S]*?<\/h1>/g)].map((m) => htmlText(m[0]));
        if (direct.status() !== 200) failures.push(`${path}: status ${direct.status()}`);
        if (directH1.length !== 1 || directH1[0] !== headingFor(step)) failures.push(`${path}: served h1 ${JSON.stringify(directH1)}`);
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(failures, [], failures.join('\n'));
  });

  for (const lang of langs.filter((l) => l.prefix)) {
    test(`${lang.code}: every step, with and without the trailing slash (HTTP: redirect, status, one h1, every file it loads)`, async () => {
      const failures = [];
      const checked = new Map();
      const request = await site.browser.newContext();
      try {
        for (const step of allStepIds) {
          const path = stepPath(step, lang.prefix);
          const bare = await request.request.get(`${site.server.origin}${path.slice(0, -1)}`, { maxRedirects: 0 });
          if (bare.status() !== 301 || bare.headers().location !== path) {
            failures.push(`${path.slice(0, -1)}: ${bare.status()} → ${bare.headers().location}, expected 301 → ${path}`);
          }
          const res = await request.request.get(`${site.server.origin}${path.slice(0, -1)}`);
          if (res.status() !== 200 || new URL(res.url()).pathname !== path)
            failures.push(`${path.slice(0, -1)}: ended ${res.status()} at ${res.url()}`);
          const html = await res.text();
          const h1 = [...html.matchAll(/<h1[\s>][\s\S]*?<\/h1>/g)].map((m) => htmlText(m[0]));
          if (h1.length !== 1 || h1[0] !== headingFor(step, lang.code))
            failures.push(`${path}: h1 ${JSON.stringify(h1)}, expected "${headingFor(step, lang.code)}"`);
          if (!html.includes(`<html lang="${lang.htmlLang}"`)) failures.push(`${path}: <html lang> is not ${lang.htmlLang}`);
          // Every file the page loads by itself (stylesheets, scripts, icons, manifest) exists.
          for (const m of html.matchAll(/<(?:link|script)\b[^>]*?\s(?:href|src)="([^"#]+)"/g)) {
            const url = new URL(m[1].replace(/&amp;/g, '&'), `${site.server.origin}${path}`);
            if (url.origin !== site.server.origin) continue;
            if (!checked.has(url.href)) checked.set(url.href, (await request.request.get(url.href, { maxRedirects: 0 })).status());
            if (checked.get(url.href) !== 200) failures.push(`${path}: ${m[1]} → ${url.pathname} (${checked.get(url.href)})`);
          }
        }
      } finally {
        await request?.close();
      }
      assert.deepEqual(failures, [], failures.join('\n'));
    });
  }
});

// ── Walks ───────────────────────────────────────────────────────────────────────────────────

/**
 * Clicks through a story by its links. `real` = every click must be a real page load (no
 * JavaScript, or WeChat); otherwise the clicks are client-side transitions.
 */
async function walkByLinks(page, story, { real, scripts }) {
  let current = 'start';
  for (const [option, to] of story.path) {
    const where = `${story.name}: ${current} → [${option}] → ${to}`;
    const link = page.locator(`a.option[data-option="${option}"]`);
    assert.equal(await link.count(), 1, `${where}: the option is a link on ${current}`);
    const href = await link.getAttribute('href');
    assert.equal(new URL(href, page.url()).pathname, stepPath(to), `${where}: the link's href (${href})`);
    if (scripts) await page.evaluate(() => (window.__marker = 1));
    await link.click();
    await page.waitForURL((u) => u.pathname === stepPath(to), { waitUntil: 'load', timeout: 5000 }).catch(() => {});
    assert.equal(new URL(page.url()).pathname, stepPath(to), `${where}: address`);
    if (scripts) {
      await waitForHydration(page).catch(() => {});
      const marker = await page.evaluate(() => window.__marker);
      if (real) assert.equal(marker, undefined, `${where}: in WeChat an answer should be a real page load`);
      else assert.equal(marker, 1, `${where}: with JavaScript an answer should be a client-side transition`);
    }
    await page
      .waitForFunction((t) => document.querySelector('h1')?.textContent?.trim() === t, headingFor(to), { timeout: 5000 })
      .catch(() => {});
    assert.deepEqual(await headings(page), [headingFor(to)], `${where}: the page's one h1`);
    assert.equal(stepOf(await page.evaluate(() => location.pathname)), to, `${where}: location.pathname names the step`);
    const options = await page.locator('a.option').count();
    assert.ok(options > 0, `${where}: the page shows its answers`);
    const body = (await page.locator('main').textContent()).trim();
    assert.ok(body.length > headingFor(to).length, `${where}: the page shows its content`);
    current = to;
  }
  return current;
}

/** The Back link leads to a step that has an answer leading here. */
async function checkBackLink(page, current, { scripts }) {
  const back = page.locator('a.step-nav__back');
  assert.equal(await back.count(), 1, `${current}: a Back link`);
  const href = await back.getAttribute('href');
  const target = new URL(href, page.url()).pathname;
  const step = stepOf(target);
  assert.ok(step, `${current}: Back (${href}) should name a step`);
  await back.click();
  await page.waitForURL((u) => u.pathname === target, { waitUntil: 'load', timeout: 5000 }).catch(() => {});
  if (scripts) await waitForHydration(page).catch(() => {});
  assert.equal(new URL(page.url()).pathname, target, `${current}: Back lands on ${target}`);
  assert.deepEqual(await headings(page), [headingFor(step)], `${current}: Back lands on ${step}'s page`);
  const forward = await page
    .locator('a.option')
    .evaluateAll(
      (links, here) => links.filter((a) => new URL(a.getAttribute('href'), location.href).pathname === here).length,
      stepPath(current),
    );
  assert.ok(forward > 0, `${current}: the step Back leads to (${step}) should have an answer leading to ${current}`);
}

describe('without JavaScript, by links alone', () => {
  let context;
  let page;
  let problems;
  before(async () => {
    ({ context, page, problems } = await pageWith({ javaScriptEnabled: false }));
  });
  after(async () => {
    await context?.close();
  });

  for (const story of stories) {
    test(story.name, async () => {
      problems.length = 0;
      await page.goto(site.url(''));
      assert.deepEqual(await headings(page), [headingFor('start')]);
      const last = await walkByLinks(page, story, { real: true, scripts: false });
      await checkBackLink(page, last, { scripts: false });
      assert.deepEqual(real(problems, false), [], 'no failed or foreign requests');
    });
  }

  test('the breadcrumb is in the page and its links work', async () => {
    problems.length = 0;
    await page.goto(site.url('id-registered-by-someone/'));
    const crumbs = page.locator('nav.trail a');
    assert.ok((await crumbs.count()) > 0, 'a breadcrumb with links');
    const href = await crumbs.last().getAttribute('href');
    const target = new URL(href, page.url()).pathname;
    await page.locator('nav.trail summary').click(); // the breadcrumb is a closed <details>: open it
    await crumbs.last().click();
    await page.waitForURL((u) => u.pathname === target, { waitUntil: 'load', timeout: 5000 });
    assert.ok(stepOf(target), `the breadcrumb link ${href} names a step`);
    assert.deepEqual(await headings(page), [headingFor(stepOf(target))]);
    assert.deepEqual(real(problems, false), [], 'no failed or foreign requests');
  });

  test("the message field, which needs scripts, is not shown; the start page's answers are", async () => {
    problems.length = 0;
    await page.goto(site.url(''));
    assert.equal(await page.locator('.search').count(), 1, 'the field is in the prerendered page');
    assert.equal(await page.locator('.search').isVisible(), false, 'but hidden without scripts');
    assert.ok(await page.locator('a.option').first().isVisible(), 'the answers are there instead');
  });
});

describe('with JavaScript', () => {
  test('the start page shows the message field once scripts run', async () => {
    const { context, page } = await pageWith();
    try {
      await page.goto(site.url(''));
      await page.locator('.search__input').waitFor({ state: 'visible', timeout: 5000 });
    } finally {
      await context.close();
    }
  });

  for (const story of stories) {
    test(story.name, async () => {
      const { context, page, problems } = await pageWith();
      try {
        await page.goto(site.url(''));
        await waitForHydration(page);
        const last = await walkByLinks(page, story, { real: false, scripts: true });
        await checkBackLink(page, last, { scripts: true });
        assert.deepEqual(real(problems), [], 'no console errors, failed or foreign requests');
      } finally {
        await context.close();
      }
    });
  }
});

describe('in WeChat (MicroMessenger): real page loads', () => {
  let context;
  let page;
  let problems;
  before(async () => {
    ({ context, page, problems } = await pageWith({ userAgent: WECHAT_UA }));
  });
  after(async () => {
    await context?.close();
  });

  for (const story of stories.slice(0, 3)) {
    test(story.name, async () => {
      problems.length = 0;
      await page.goto(site.url(''));
      await waitForHydration(page);
      const last = await walkByLinks(page, story, { real: true, scripts: true });
      // Restart and Back are real page loads too.
      await page.evaluate(() => (window.__marker = 1));
      await page.locator('a.step-nav__restart').click();
      await page.waitForURL((u) => u.pathname === PREFIX, { waitUntil: 'load', timeout: 5000 });
      await waitForHydration(page);
      assert.equal(await page.evaluate(() => window.__marker), undefined, 'Restart is a real page load');
      assert.deepEqual(await headings(page), [headingFor('start')]);
      await page.goto(site.url(`${last}/`));
      await waitForHydration(page);
      await page.evaluate(() => (window.__marker = 1));
      await checkBackLink(page, last, { scripts: true });
      assert.equal(await page.evaluate(() => window.__marker), undefined, 'Back is a real page load');
      assert.deepEqual(real(problems), [], 'no console errors, failed or foreign requests');
    });
  }
});

// ── Not found, retired ids ──────────────────────────────────────────────────────────────────

describe('unknown addresses', () => {
  for (const address of ['no-such-step/', 'no-such-step', 'a/b/c/']) {
    test(`${PREFIX}${address}: 404 page with a working link to the start`, async () => {
      const context = await studentContext(site.browser);
      const page = await context.newPage();
      try {
        const response = await page.goto(site.url(address));
        assert.equal(response?.status(), 404, 'status');
        assert.deepEqual(await headings(page), [common.notFound.title], 'the 404 page says so');
        const link = page.locator('a[data-to-start]');
        assert.equal(await link.count(), 1, 'a link to the start');
        const { href, pathname } = await followStartLink(page);
        assert.equal(pathname, PREFIX, `the start link (href="${href}") should lead to ${PREFIX}`);
        assert.deepEqual(await headings(page), [headingFor('start')], 'the start page');
      } finally {
        await context.close();
      }
    });
  }

  test('a mistyped step id (odd case, underscore) is forwarded to its page', async () => {
    const context = await studentContext(site.browser);
    const page = await context.newPage();
    try {
      await page.goto(site.url('Duplicate_ID/'));
      await page.waitForURL((u) => u.pathname === stepPath('duplicate-id'), { timeout: 5000 }).catch(() => {});
      assert.equal(new URL(page.url()).pathname, stepPath('duplicate-id'));
      assert.deepEqual(await headings(page), [headingFor('duplicate-id')]);
    } finally {
      await context.close();
    }
  });

  test('retired step ids (content/redirects.json) forward to their step, without JavaScript too', async () => {
    const { context, page, problems } = await pageWith({ javaScriptEnabled: false });
    // The forwarding pages carry no icon link, so the browser may ask the host root for
    // /favicon.ico: outside the wizard's folder, not the site's own request.
    const rootFavicon = `${site.server.origin}/favicon.ico`;
    let rootFaviconMisses = 0;
    page.on('console', (m) => {
      if (m.location()?.url === rootFavicon) rootFaviconMisses += 1;
    });
    const failures = [];
    try {
      for (const [from, to] of redirects) {
        problems.length = 0;
        rootFaviconMisses = 0;
        await page.goto(site.url(`${from}/`));
        await page.waitForURL((u) => u.pathname === stepPath(to), { waitUntil: 'load', timeout: 5000 }).catch(() => {});
        const path = new URL(page.url()).pathname;
        if (path !== stepPath(to)) failures.push(`${from}/ ended at ${path}, not ${stepPath(to)}`);
        else if ((await headings(page))[0] !== headingFor(to)) failures.push(`${from}/: h1 ${await headings(page)}`);
        let left = real(problems, false);
        for (let i = 0; i < rootFaviconMisses; i++) {
          const at = left.findIndex((p) => /console error: Failed to load resource/.test(p));
          if (at >= 0) left = left.filter((_, j) => j !== at);
        }
        if (left.length) failures.push(`${from}/: ${left.join('; ')}`);
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(failures, []);
  });
});
