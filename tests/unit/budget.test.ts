/**
 * Performance budget of the built site (dist/, or the folder in BUDGET_SITE_DIR):
 * - the start page's JS before interactive (gzip) stays within budget.json's startPageJsGzipBytes,
 * - every HTML file stays within htmlGzipBytes (gzip), so it fits the first round trips,
 * - every app page's first visit (the page, what the app loads once idle, the service worker and
 *   what it precaches) stays within firstVisitGzipBytes (issue 18),
 * - the name checker's OpenCC dictionaries, the qrcode library and XState stay out of the start page.
 * Counted exactly as `npm run bench` counts (scripts/bench/assets.mjs): module scripts,
 * modulepreloads and stylesheets in the HTML, their static imports recursively, plus, on pages
 * that do not carry their own words, the locale chunk main.tsx awaits before hydrating; other
 * dynamic import() chunks not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  beforeInteractive,
  firstVisit,
  LAZY_LIBRARIES,
  librariesIn,
  sitePages,
  walk,
  type BeforeInteractive,
  type SitePage,
} from '../../scripts/bench/assets.mjs';

const root = join(import.meta.dirname, '..', '..');
const siteDir = process.env.BUDGET_SITE_DIR ? resolve(root, process.env.BUDGET_SITE_DIR) : join(root, 'dist');
const budget = JSON.parse(readFileSync(join(root, 'budget.json'), 'utf8')) as {
  startPageJsGzipBytes: number;
  htmlGzipBytes: number;
  mapHtmlGzipBytes: number;
  firstVisitGzipBytes: number;
};
/** The flow map (every build and language): the counselors' and staff's overview, not a student's step. */
const isMap = (file: string) => /(^|\/)map\/index\.html$/.test(file);
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB (${n} B)`;

let start: BeforeInteractive;
let pages: SitePage[];
let jsFiles: string[];

beforeAll(() => {
  if (!existsSync(join(siteDir, 'index.html'))) {
    execFileSync('node', ['scripts/build.mjs', '--quiet'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, SCHOOL: 'generic', OUT_DIR: siteDir },
    });
  }
  start = beforeInteractive(siteDir, 'index.html');
  pages = sitePages(siteDir);
  jsFiles = walk(siteDir).filter((f) => f.endsWith('.js'));
}, 180_000);

describe('performance budget (budget.json)', () => {
  it('counts the start page the way the app loads it', () => {
    // module script + its static imports; the page carries its own words, so no locale chunk
    expect(start.page).toBe('start');
    expect(start.js.length).toBeGreaterThan(1);
    // the main chunk, the shared chunk, the bundler's runtime: each more file is a request on a slow
    // network (vite.config.ts keeps what the page shares with later chunks in one "shared" chunk)
    expect(
      start.js.map((f) => f.file),
      "the start page's JS files",
    ).toHaveLength(3);
    const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
    expect(html, 'the start page carries the words it shows').toMatch(/<script type="application\/json" id="page-words">\{/);
    expect(start.localeChunk, 'a page with its own words does not wait for the locale chunk').toBeNull();
    // a page without its own words (the counselor page) does wait for it, and is counted with it
    expect(beforeInteractive(siteDir, 'counselor/index.html').localeChunk).toMatch(/^assets\/zh-CN-[\w-]+\.js$/);
  });

  it(`start page JS before interactive ≤ startPageJsGzipBytes`, () => {
    const detail = start.js.map((f) => `${f.file} ${f.gzip}`).join(', ');
    expect(
      start.jsGzip,
      `start page JS is ${kib(start.jsGzip)} gzip, budget ${kib(budget.startPageJsGzipBytes)} [${detail}]. ` +
        'If the growth is intended, raise startPageJsGzipBytes in budget.json (see its _comment); otherwise load the new code with import() where it is used.',
    ).toBeLessThanOrEqual(budget.startPageJsGzipBytes);
  });

  it('every HTML file ≤ htmlGzipBytes (the flow map ≤ mapHtmlGzipBytes)', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((p) => isMap(p.file)).length, 'the map pages are found').toBeGreaterThanOrEqual(3);
    const over = pages
      .filter((p) => p.htmlGzip > (isMap(p.file) ? budget.mapHtmlGzipBytes : budget.htmlGzipBytes))
      .map((p) => `${p.file}: ${kib(p.htmlGzip)}`);
    expect(over, `HTML files over ${kib(budget.htmlGzipBytes)} gzip (the map: ${kib(budget.mapHtmlGzipBytes)})`).toEqual([]);
  });

  it('the OpenCC dictionaries, the qrcode library and XState are not loaded before the start page is interactive', () => {
    const everywhere = librariesIn(siteDir, jsFiles);
    for (const lib of Object.keys(LAZY_LIBRARIES)) {
      // guards against a vacuous pass: the markers must still find the library somewhere in the build
      expect(everywhere[lib], `${lib}'s marker strings (LAZY_LIBRARIES in scripts/bench/assets.mjs) are in no built chunk`).not.toEqual([]);
    }
    const onStart = librariesIn(
      siteDir,
      start.js.map((f) => f.file),
    );
    expect(onStart['opencc-js'], "OpenCC is in the start page's JS").toEqual([]);
    expect(onStart.qrcode, "qrcode is in the start page's JS").toEqual([]);
    expect(onStart.xstate, "XState is in the start page's JS").toEqual([]);
    // the name checker's own chunk (which imports the OpenCC chunk) is lazy too
    expect(start.js.map((f) => f.file).filter((f) => /(^|\/)name-checker-[\w-]+\.js$/.test(f))).toEqual([]);
  });

  it('first visit of every app page ≤ firstVisitGzipBytes (page, what loads once idle, service worker)', () => {
    const app = pages.filter((p) => ['start', 'step', 'counselor', 'map'].includes(p.kind));
    expect(app.length).toBeGreaterThan(100);
    const counted = app.map((p) => ({ page: p.file, ...firstVisit(siteDir, p.file) }));
    const worst = counted.reduce((a, b) => (b.total > a.total ? b : a));
    // what is counted: the worker and its shell, the statechart, and only the page's own language
    const files = worst.files.map((f) => f.file);
    expect(files).toContain('sw.js');
    expect(files).toContain('offline.html');
    expect(files.some((f) => /^assets\/engine-/.test(f))).toBe(true);
    expect(
      firstVisit(siteDir, 'index.html')
        .files.map((f) => f.file)
        .filter((f) => /^assets\/(en|zh-Hant)-/.test(f)),
      'other languages are not fetched',
    ).toEqual([]);
    expect(
      worst.total,
      `${worst.page}'s first visit downloads ${kib(worst.total)} gzip, budget ${kib(budget.firstVisitGzipBytes)} [${worst.files.map((f) => `${f.file} ${f.gzip}`).join(', ')}]. ` +
        'If the growth is intended, raise firstVisitGzipBytes in budget.json (see its _comment_firstVisit; never above 307,200 B); otherwise load the new code only where it is used.',
    ).toBeLessThanOrEqual(budget.firstVisitGzipBytes);
  }, 60_000);

  it('the service worker precaches only its shell (not every page and language)', () => {
    const sw = readFileSync(join(siteDir, 'sw.js'), 'utf8');
    expect([...sw.matchAll(/new URL\('([^']+)', scope\)/g)].map((m) => m[1])).toEqual(['offline.html']);
    expect(sw).not.toMatch(/index\.html"/);
  });
});
