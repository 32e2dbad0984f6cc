// Shared pieces for the browser tests: a static server over a built site, Chromium, problem
// collection (console errors, failed or foreign requests, page errors) and an axe scan.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../../scripts/browser.mjs';
import { stepIds, steps } from '../../src/flow/steps';
import { languages } from '../../src/i18n/languages';
import { startStaticServer } from './static-server.mjs';

export const root = resolve(import.meta.dirname, '../..');
/** The site a school's build produced: dist/ for generic, .e2e/<id>/ for the others. */
export const siteDir = (school = 'generic') => (school === 'generic' ? join(root, 'dist') : join(root, '.e2e', school));
/** Every site is served from a nested subfolder, as on a campus server. */
export const PREFIX = '/jwc/xuexin/';

export async function openSite(school = 'generic') {
  const server = await startStaticServer({ root: siteDir(school), prefix: PREFIX });
  const browser = await launchBrowser();
  return {
    server,
    browser,
    url: (path = '') => `${server.url}${path}`,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Records what went wrong on a page: console errors, page errors, failed requests, other origins. */
export function watchProblems(page, origin) {
  const problems = [];
  page.on('console', (m) => {
    // (a context that blocks service workers on purpose makes Playwright itself log a warning)
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().includes('blocked by Playwright'))
      problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`foreign request: ${u}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page (CSP forbids injected script tags, so evaluate the source): on the whole
 * document, or only on what the `include` selectors match (e.g. `[['figure.drawing']]`).
 * @param {import('playwright-core').Page} page
 * @param {object} [options]
 * @param {string[][]} [include]
 */
export async function axeViolations(page, options = {}, include) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    ([opts, inc]) => globalThis.axe.run(inc ? { include: inc } : document, { resultTypes: ['violations'], ...opts }),
    /** @type {const} */ ([options, include]),
  );
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

// ── Added for wizard.spec, static-site.spec and schools.spec ─────────────────────────────────

/** Serves a built site without launching a browser (for specs that share one browser). */
export async function serveSite(school = 'generic') {
  const server = await startStaticServer({ root: siteDir(school), prefix: PREFIX });
  return { server, origin: server.origin, url: (path = '') => `${server.url}${path}`, close: () => server.close() };
}

const readJson = (rel) => JSON.parse(readFileSync(join(root, rel), 'utf8'));

/** The zh-CN words of every step (content/locales/zh-CN/steps.json). */
export const stepTexts = readJson('content/locales/zh-CN/steps.json');
/** The zh-CN procedure words (content/locales/zh-CN/procedures.json). */
export const procedureTexts = readJson('content/locales/zh-CN/procedures.json');
/** A school's content file. */
export const schoolFile = (id) => readJson(`content/schools/${id}.json`);

/** @typedef {import('../../src/flow/steps').StepId} StepId */
/** @typedef {import('../../src/i18n/languages').Lang} Lang */

/** Each step's kind (question, info, fix), from the routing table (src/flow/steps.ts). */
export const stepKinds = Object.fromEntries(stepIds.map((id) => [id, steps[id].kind]));
/** Every step id, in routing-table order (src/flow/steps.ts). */
export const allStepIds = stepIds;

const chsiMarks = /\[\[([^\]]+)\]\]/g;
/** The languages and their address prefix (src/i18n/languages.ts). */
export const langs = languages.map(({ code, prefix, htmlLang }) => ({ code, prefix, htmlLang }));
const textsByLang = { 'zh-CN': stepTexts };
/**
 * The words of every step in a language (content/locales/<lang>/steps.json).
 * @param {Lang} [lang]
 */
export const stepTextsIn = (lang = 'zh-CN') => (textsByLang[lang] ??= readJson(`content/locales/${lang}/steps.json`));

/**
 * The text a step's h1 shows: the legend on question steps that have one, else the title.
 * @param {StepId} step
 * @param {Lang} [lang]
 */
export function headingFor(step, lang = 'zh-CN') {
  const t = stepTextsIn(lang)[step];
  if (!t) throw new Error(`no ${lang} words for step ${step}`);
  const text = stepKinds[step] === 'question' && t.legend ? t.legend : t.title;
  return text.replace(chsiMarks, '$1');
}
/**
 * A step's title as document.title shows it.
 * @param {StepId} step
 * @param {Lang} [lang]
 */
export const titleFor = (step, lang = 'zh-CN') => stepTextsIn(lang)[step].title.replace(chsiMarks, '“$1”');

/**
 * The path of a step's page below the origin (zh-CN unless a language prefix is given).
 * @param {import('../../src/routing/paths').PageId} step
 * @param {string} [prefix]
 */
export const stepPath = (step, prefix = '') => `${PREFIX}${prefix ? `${prefix}/` : ''}${step === 'start' ? '' : `${step}/`}`;

/**
 * Waits until React has hydrated the page (its heading is owned by React), the page is ready to
 * change steps in place (#root[data-ready]) and the in-page helpers have replaced their "needs
 * JavaScript" placeholder.
 */
export async function waitForHydration(page, timeout = 10_000) {
  await page.waitForFunction(
    () => {
      const h1 = document.querySelector('h1');
      if (!h1 || !Object.keys(h1).some((k) => k.startsWith('__reactFiber$'))) return false;
      // the statechart and the rest of the words have loaded: steps now change in place
      if (!document.querySelector('#root[data-ready]')) return false;
      return !document.querySelector('.helpers--static, .helpers__loading');
    },
    undefined,
    { timeout },
  );
}

/** The visible-or-not text of every match, trimmed and with whitespace collapsed. */
export async function texts(locator) {
  return (await locator.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/**
 * Stories a student walks through the generic build: each answer (data-option) and the step it
 * should lead to. The generic school has every routing rule on (conscription question, ID split).
 * @type {Array<{ name: string; path: Array<[option: string, to: StepId]> }>}
 */
export const stories = [
  {
    name: 'ID already registered by someone else (while typing)',
    path: [
      ['register-error', 'register-error'],
      ['id', 'id-already-registered'],
      ['no', 'id-conscription'],
      ['no', 'id-message-when'],
      ['while-typing', 'id-registered-by-someone'],
    ],
  },
  {
    name: 'forgot the username',
    path: [
      ['cannot-login', 'login-problem'],
      ['forgot-username', 'forgot-username'],
    ],
  },
  {
    name: 'status shows forfeited admission',
    path: [
      ['status', 'record-status'],
      ['forfeited', 'forfeited-admission'],
    ],
  },
  {
    name: 'phone number registered by someone else',
    path: [
      ['register-error', 'register-error'],
      ['phone', 'phone-already-registered'],
      ['not-own', 'phone-already-registered-not-own'],
    ],
  },
  {
    name: 'the happy path to the end',
    path: [
      ['nothing-yet', 'register-open-chsi'],
      ['next', 'register-start'],
      ['next', 'register-form'],
      ['next', 'register-sms-code'],
      ['next', 'register-submit'],
      ['next', 'login'],
      ['next', 'open-record'],
      ['next', 'check-record'],
      ['next', 'logout'],
      ['next', 'done'],
    ],
  },
  {
    name: 'lost the email and forgot the account: recover first, re-register only after',
    path: [
      ['cannot-login', 'login-problem'],
      ['lost-email', 'lost-email'],
      ['forgot', 'forgot-password'],
      ['no-channel', 'password-no-channel'],
    ],
  },
];

/**
 * A browser context as a student in mainland China has it: the browser's language is zh-CN, so
 * the wizard's first-visit language detection keeps the zh-CN pages.
 */
export const studentContext = (browser, options = {}) => browser.newContext({ locale: 'zh-CN', ...options });

/** WeChat's in-app browser on Android: every link is a real page load there (src/routing/page-context.tsx). */
export const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230805.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  'Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 ' +
  'MicroMessenger/8.0.40.2420(0x28002837) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

/**
 * Serve a school's built site, open a page of it in a fresh student context (options: e.g. WeChat's
 * user agent and a phone's viewport) and run fn(page, site); then assert the page had no console
 * errors, failed or foreign requests, and close everything.
 *   path: undefined (no navigation: fn goes where it needs), or the path below the site's folder
 *   ('' is the start page), which must answer 200 and hydrate before fn runs.
 * @param {import('playwright-core').Browser} browser
 * @param {string} school
 * @param {{ path?: string } & import('playwright-core').BrowserContextOptions} options
 * @param {(page: import('playwright-core').Page, site: Awaited<ReturnType<typeof serveSite>>) => Promise<void>} fn
 */
export async function onSchoolSite(browser, school, { path, ...options } = {}, fn) {
  const site = await serveSite(school);
  const context = await studentContext(browser, options);
  const page = await context.newPage();
  const problems = watchProblems(page, site.origin);
  try {
    if (path !== undefined) {
      const response = await page.goto(site.url(path));
      assert.equal(response?.status(), 200, `${school}: /${path} status`);
      await waitForHydration(page);
    }
    await fn(page, site);
    assert.deepEqual([...problems], [], `${school}: no console errors, failed or foreign requests`);
  } finally {
    await context.close();
    await site.close();
  }
}

/** The text of the page's main, white space collapsed. */
export const mainText = async (page) => (await page.locator('main').textContent()).replace(/\s+/g, ' ');

/**
 * On a 404 page: follow its link to the start and report where it led. The page finds the site's
 * folder with a script of its own, so give it a moment first.
 */
export async function followStartLink(page) {
  const link = page.locator('a[data-to-start]');
  await page.waitForLoadState('networkidle');
  const href = await link.getAttribute('href');
  await link.click();
  await page.waitForLoadState('load');
  await page
    .waitForFunction((t) => document.querySelector('h1')?.textContent?.trim() === t, headingFor('start'), { timeout: 5000 })
    .catch(() => {});
  return { href, pathname: new URL(page.url()).pathname };
}
