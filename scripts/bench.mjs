#!/usr/bin/env node
// npm run bench: builds the app (SCHOOL=generic) and a bare React page (the floor) into
// bench-results/, then measures what a student's phone pays: JS/CSS before interactive, HTML size,
// content without JavaScript, Lighthouse mobile, tap-to-next-step time, build time and site size.
// Writes bench-results/report.md and report.json and prints the report. Targets are reported,
// never asserted (the asserted budget is tests/unit/budget.test.ts).
//
//   node scripts/bench.mjs [--no-build] [--quick] [--runs=3] [--taps=120] [--site=<dir>]
//                          [--no-lighthouse] [--no-gzip-lighthouse] [--no-slow-taps] [--no-locator-taps]
//                          [--report-only]
//   --no-build   reuse bench-results/site (or --site) and bench-results/floor (no build time then)
//   --site=<dir> the app's built site lives here instead of bench-results/site (built into it unless
//                --no-build; never inside the repo except under bench-results/, so not dist/)
//   --quick      1 Lighthouse run per page, 40 taps, no informational passes (for trying things out)
//   --no-slow-taps / --no-locator-taps  skip the informational tap passes (CPU 4× slower; taps sent
//                with Playwright's locator.click instead of idle, random-phase taps)
//   --report-only  render report.md again from report.json with the current budget.json
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release, arch, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeInteractive, firstVisit as firstVisitFiles, sitePages, walk, librariesIn, HTML_BUDGET_BYTES } from './bench/assets.mjs';
import { lighthouseRun, summarizeRuns, median } from './bench/lighthouse.mjs';
import { measureTaps, measureFloorTaps, percentile, TRACE_CATEGORIES, IDLE_MS } from './bench/taps.mjs';
import { startGzipProxy } from './bench/gzip-proxy.mjs';
import { renderReport } from './bench/report.mjs';
import { startComposition } from './bench/tools/composition.mjs';
import { measureFirstVisit } from './bench/first-visit.mjs';
import { startupTasks } from './bench/startup-tasks.mjs';
import { WECHAT_UA } from '../tests/e2e/helpers.mjs';
import { launchBrowser } from './browser.mjs';
import { startStaticServer } from '../tests/e2e/static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const outRoot = join(root, 'bench-results');
const siteArg = process.argv
  .slice(2)
  .find((x) => x.startsWith('--site='))
  ?.slice('--site='.length);
const siteDir = siteArg ? resolve(siteArg) : join(outRoot, 'site');
const floorDir = join(outRoot, 'floor');
const lhDir = join(outRoot, 'lighthouse');
const PREFIX = '/xuexin/';
const LIGHTHOUSE_PAGES = ['', 'duplicate-id/', 'forfeited-admission/', 'phone-already-registered-not-own/'];

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const opt = (name, fallback) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : fallback;
};
const quick = flag('quick');
const runs = opt('runs', quick ? 1 : 3);
const tapCount = opt('taps', quick ? 40 : 120);
const doBuild = !flag('no-build');
const doLighthouse = !flag('no-lighthouse');
const doGzipLighthouse = doLighthouse && !quick && !flag('no-gzip-lighthouse');
const doSlowTaps = !quick && !flag('no-slow-taps');
const doLocatorTaps = !quick && !flag('no-locator-taps');

const started = performance.now();
const loadAtStart = loadavg()[0];
const progress = (msg) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

// --report-only: render report.md again from report.json (e.g. after changing budget.json)
if (flag('report-only')) {
  const saved = JSON.parse(readFileSync(join(outRoot, 'report.json'), 'utf8'));
  saved.budget = existsSync(join(root, 'budget.json')) ? JSON.parse(readFileSync(join(root, 'budget.json'), 'utf8')) : null;
  const md = renderReport(saved);
  writeFileSync(join(outRoot, 'report.json'), `${JSON.stringify(saved, null, 2)}\n`);
  writeFileSync(join(outRoot, 'report.md'), md);
  console.log(md);
  process.exit(0);
}

// Never write outside bench-results/: others build into dist/ and .e2e/ at the same time.
for (const dir of [floorDir, lhDir]) if (!dir.startsWith(`${outRoot}/`)) throw new Error(`refusing to write to ${dir}`);
// --site may point outside the repo (e.g. /tmp); inside it, only under bench-results/
const siteInRepo = !relative(root, siteDir).startsWith('..');
if (doBuild && siteInRepo && !siteDir.startsWith(`${outRoot}/`))
  throw new Error(`refusing to build into ${siteDir}: use a directory under bench-results/ or outside the repo`);
mkdirSync(outRoot, { recursive: true });

// ── 1. Builds ────────────────────────────────────────────────────────────────────────────────
let buildMs = null;
let buildInternalMs = null;
if (doBuild) {
  progress(`building the app (SCHOOL=generic) into ${siteDir} …`);
  const t0 = performance.now();
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], {
    cwd: root,
    env: { ...process.env, SCHOOL: 'generic', OUT_DIR: siteDir, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((e) => {
    console.error(e.stdout, e.stderr);
    throw new Error('the app build failed');
  });
  buildMs = Math.round(performance.now() - t0);
  buildInternalMs = Number(stdout.match(/ in (\d+) ms/)?.[1] ?? NaN) || null;
  progress(`  ${stdout.trim().split('\n').pop()} (wall clock ${buildMs} ms)`);
  if (stderr.trim()) progress(`  build stderr: ${stderr.trim().split('\n').slice(0, 5).join(' | ')}`);

  progress('building the floor page (bench/floor) into bench-results/floor …');
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    configFile: false,
    root: join(root, 'bench/floor'),
    base: './',
    logLevel: 'warn',
    cacheDir: join(outRoot, '.vite-floor'),
    plugins: [react()],
    build: { outDir: floorDir, emptyOutDir: true, target: 'es2020' },
  });
}
for (const f of [join(siteDir, 'index.html'), join(floorDir, 'index.html')])
  if (!existsSync(f)) throw new Error(`${f} is missing: run without --no-build`);

// ── 2. Bytes before interactive ────────────────────────────────────────────────────────────
progress('counting JS and CSS before interactive …');
const pages = sitePages(siteDir);
const appPages = pages.filter((p) => ['start', 'step', 'counselor', 'map'].includes(p.kind));
const assets = new Map(appPages.map((p) => [p.file, beforeInteractive(siteDir, p.file)]));
const floor = beforeInteractive(floorDir, 'index.html');
/** @param {string} file */
const assetsOf = (file) => {
  const a = assets.get(file);
  if (!a) throw new Error(`${file} is not an app page of the build`);
  return a;
};
const start = assetsOf('index.html');
const stepPages = appPages.filter((p) => p.kind === 'step');
/** @template T @param {T[]} list @param {(x: T) => number} f */
const maxBy = (list, f) => {
  if (!list.length) throw new Error('the build has no step pages');
  return list.reduce((best, x) => (f(x) > f(best) ? x : best));
};
const maxStepJs = maxBy(stepPages, (p) => assetsOf(p.file).jsGzip);
const maxStepCss = maxBy(stepPages, (p) => assetsOf(p.file).cssGzip);
const byLang = {};
for (const p of appPages) {
  const a = assetsOf(p.file);
  const l = (byLang[p.lang] ??= {
    lang: p.lang,
    startJs: null,
    startCss: null,
    stepJsMax: 0,
    stepJsMin: Infinity,
    stepCssMax: 0,
    steps: 0,
    locale: a.localeChunk,
  });
  if (p.kind === 'start') Object.assign(l, { startJs: a.jsGzip, startCss: a.cssGzip });
  if (p.kind === 'step') {
    l.steps++;
    l.stepJsMax = Math.max(l.stepJsMax, a.jsGzip);
    l.stepJsMin = Math.min(l.stepJsMin, a.jsGzip);
    l.stepCssMax = Math.max(l.stepCssMax, a.cssGzip);
  }
}
const lazyLibs = librariesIn(
  siteDir,
  walk(siteDir).filter((f) => f.endsWith('.js')),
);
const startLibs = librariesIn(
  siteDir,
  start.js.map((f) => f.file),
);

progress('splitting the start page JS by package (one more client build, in memory, with source maps) …');
const composition = await startComposition({ root, lang: start.lang ?? 'zh-CN' });

// ── 3. HTML ────────────────────────────────────────────────────────────────────────────────
const htmlSizes = pages.map((p) => p.htmlGzip);
const htmlMax = maxBy(pages, (p) => p.htmlGzip);
const htmlOver = pages.filter((p) => p.htmlGzip > HTML_BUDGET_BYTES);

const server = await startStaticServer({ root: siteDir, prefix: PREFIX });
progress(`serving ${siteDir} at ${server.url}`);
const browser = await launchBrowser();
const chromiumVersion = browser.version();

progress('opening every zh-CN page with JavaScript off …');
const noJsPages = appPages.filter((p) => p.lang === 'zh-CN');
const noJs = [];
{
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  for (const p of noJsPages) {
    const res = await page.goto(`${server.url}${p.path}`, { waitUntil: 'load' });
    const h1 = page.locator('h1').first();
    const visible = (await h1.count()) > 0 && (await h1.isVisible());
    const text = visible ? (await h1.innerText()).trim() : '';
    noJs.push({ path: p.path, status: res?.status() ?? null, visible, text, ok: res?.status() === 200 && visible && text.length > 0 });
  }
  await context.close();
}
// ── 3b. First visit: bytes on the wire, page and service worker (issue 18) ─────────────────
// A fresh zh-CN profile behind a gzip front that counts every answer (bench/first-visit.mjs):
// the start page and a deep step as opened from a link, the start page plus its first tap in
// WeChat (a page load) and in a plain browser, and the floor page's JS the same way.
progress('first visit: bytes the page and the service worker download, gzip on the wire (30 s window) …');
const firstVisit = {};
{
  const tapSel = 'a.option[data-option="cannot-login"]';
  firstVisit.start = await measureFirstVisit(browser, server.url, {});
  firstVisit.deep = await measureFirstVisit(browser, server.url, { path: 'duplicate-id/' });
  firstVisit.wechatTap = await measureFirstVisit(browser, server.url, { userAgent: WECHAT_UA, tap: tapSel });
  firstVisit.browserTap = await measureFirstVisit(browser, server.url, { tap: tapSel });
  const floorServer = await startStaticServer({ root: floorDir, prefix: '/floor/' });
  firstVisit.floor = await measureFirstVisit(browser, floorServer.url, { floor: true });
  await floorServer.close();
  const tapJs = Math.max(firstVisit.wechatTap.js.foreground, firstVisit.browserTap.js.foreground);
  firstVisit.tapRatio = tapJs / firstVisit.floor.js.all;
  firstVisit.maxTotal = Math.max(...['start', 'deep', 'wechatTap', 'browserTap'].map((k) => firstVisit[k].total));
  for (const k of ['start', 'deep', 'wechatTap', 'browserTap']) {
    const f = firstVisit[k];
    progress(
      `  ${k}: ${f.total} B in all (foreground ${f.foreground.bytes}, background ${f.background.bytes}; CDP sizes ${f.cdpTotal}); JS foreground ${f.js.foreground}, all ${f.js.all}`,
    );
  }
  progress(`  floor JS ${firstVisit.floor.js.all} B; start + first tap JS ${tapJs} B = ${firstVisit.tapRatio.toFixed(2)} × floor`);
}
progress('start-up tasks at their CPU time × 4 (load-independent TBT estimate, bench/startup-tasks.mjs) …');
const startup = [];
for (const path of LIGHTHOUSE_PAGES) {
  const r = await startupTasks(browser, `${server.url}${path}`);
  startup.push({ path: path || '(start)', ...r });
  progress(
    `  ${path || '(start)'}: blocking ${Math.round(r.median.tbt)} ms, longest task ${Math.round(r.median.longest)} ms (${r.median.longestIs}); runs ${r.each.map((x) => Math.round(x.tbt)).join(' / ')}`,
  );
}
await browser.close();
const noJsFailed = noJs.filter((r) => !r.ok);
progress(`  ${noJs.length - noJsFailed.length}/${noJs.length} pages show their h1 without JavaScript`);

// ── 4. Lighthouse ──────────────────────────────────────────────────────────────────────────
const lighthouse = { plain: [], gzip: [] };
async function lighthousePass(kind, baseUrl) {
  rmSync(join(lhDir, kind), { recursive: true, force: true });
  mkdirSync(join(lhDir, kind), { recursive: true });
  for (const path of LIGHTHOUSE_PAGES) {
    const url = `${baseUrl}${path}`;
    const list = [];
    for (let i = 0; i < runs; i++) {
      const name = `${(path || 'start').replace(/\/$/, '')}-${i + 1}`;
      const r = await lighthouseRun(url, { jsonFile: join(lhDir, kind, `${name}.json`) });
      progress(
        `  lighthouse (${kind}) ${path || '(start)'} run ${i + 1}/${runs}: perf ${r.scores.performance}, a11y ${r.scores.accessibility}, bp ${r.scores['best-practices']}, seo ${r.scores.seo}; FCP ${Math.round(r.metrics.fcp ?? NaN)} ms, LCP ${Math.round(r.metrics.lcp ?? NaN)} ms, TBT ${Math.round(r.metrics.tbt ?? NaN)} ms, CLS ${r.metrics.cls}${r.redirected ? ` — REDIRECTED to ${r.finalUrl}` : ''}${r.runtimeError ? ` — ERROR ${r.runtimeError}` : ''}`,
      );
      list.push(r);
    }
    lighthouse[kind].push({
      path: path || '(start)',
      url,
      ...summarizeRuns(list),
      each: list.map((r) => ({ scores: r.scores, metrics: r.metrics, redirected: r.redirected, runtimeError: r.runtimeError })),
    });
  }
}
let lighthouseVersion = null;
if (doLighthouse) {
  lighthouseVersion = JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version;
  progress(
    `lighthouse ${lighthouseVersion}, mobile defaults, ${runs} run(s) × ${LIGHTHOUSE_PAGES.length} pages, static server as is (no compression) …`,
  );
  await lighthousePass('plain', server.url);
  if (doGzipLighthouse) {
    const proxy = await startGzipProxy({ target: server.url });
    progress(`lighthouse again behind a gzip front (informational) at ${proxy.url} …`);
    await lighthousePass('gzip', proxy.url);
    await proxy.close();
  }
}

// ── 5. Taps ────────────────────────────────────────────────────────────────────────────────
// Headline: Chromium's Event Timing interaction duration per tap (from a CDP trace, see
// bench/taps.mjs), idle random-phase taps, CPU as is. The in-page dom/paint/raf2 numbers of the
// same taps are cross-checks. Every pass is repeated on the floor page under the same measures.
const TAP_STATS = [
  'interaction',
  'click',
  'pressToClick',
  'inputDelay',
  'processing',
  'presentationDelay',
  'afterHeadingFrame',
  'dom',
  'frame',
  'paint',
  'raf2',
  'whole',
];
const tapRuns = [];
// the machine is shared: the 1-min load average before and after each pass says how busy it was
const tapSummary = (r, loadBefore) => {
  const stat = (k) => {
    const xs = r.taps.map((t) => t[k]).filter((x) => typeof x === 'number');
    return xs.length ? { n: xs.length, median: percentile(xs, 50), p95: percentile(xs, 95), max: Math.max(...xs) } : null;
  };
  return {
    floor: Boolean(r.floor),
    mode: r.mode,
    cpuSlowdown: r.cpuSlowdown,
    n: r.taps.length,
    matched: r.taps.filter((t) => typeof t.interaction === 'number').length,
    headingShown: r.taps.filter((t) => t.headingShown).length,
    unmatched: r.unmatched,
    traceDataLoss: r.dataLoss,
    missed: r.missed,
    fullLoads: r.fullLoads,
    errors: r.errors,
    destinations: new Set(r.taps.map((t) => t.to)).size,
    load: [loadBefore, loadavg()[0]],
    ...Object.fromEntries(TAP_STATS.map((k) => [k, stat(k)])),
    taps: r.taps,
  };
};
const tapLine = (s) =>
  `  Event Timing interaction median ${s.interaction?.median.toFixed(1)} ms, p95 ${s.interaction?.p95.toFixed(1)} ms (${s.matched}/${s.n} matched, heading in the measured frame ${s.headingShown}/${s.n}${s.traceDataLoss ? ', TRACE DATA LOST' : ''}); in page: dom ${s.dom?.median.toFixed(1)}, paint ${s.paint?.median.toFixed(1)}, whole step painted ${s.whole?.median.toFixed(1)}, 2×rAF ${s.raf2?.median.toFixed(1)} ms`;
const tapPasses = [
  { mode: 'idle', cpu: 1 },
  ...(doLocatorTaps ? [{ mode: 'locator', cpu: 1, note: 'taps by locator.click (informational)' }] : []),
  ...(doSlowTaps ? [{ mode: 'idle', cpu: 4, note: 'CPU slowed 4× (informational)' }] : []),
];
const tapBrowser = await launchBrowser();
for (const { mode, cpu, note } of tapPasses) {
  progress(`tap → next step: ${tapCount} client-side transitions at 360×740, ${mode} taps${note ? `, ${note}` : ''} …`);
  const load = loadavg()[0];
  const s = tapSummary(await measureTaps(tapBrowser, server.url, { count: tapCount, cpuSlowdown: cpu, mode, log: progress }), load);
  progress(`${tapLine(s)}; ${s.destinations} different steps, ${s.missed} missed, ${s.fullLoads} full loads`);
  tapRuns.push(s);
}

{
  const floorServer = await startStaticServer({ root: floorDir, prefix: '/floor/' });
  for (const { mode, cpu, note } of tapPasses) {
    progress(`calibration: ${tapCount} taps on the floor page (its button changes the h1), ${mode} taps${note ? `, ${note}` : ''} …`);
    const load = loadavg()[0];
    const s = tapSummary(await measureFloorTaps(tapBrowser, floorServer.url, { count: tapCount, cpuSlowdown: cpu, mode }), load);
    progress(tapLine(s));
    tapRuns.push(s);
  }
  await floorServer.close();
}
await tapBrowser.close();
await server.close();

// ── 6. Site size ───────────────────────────────────────────────────────────────────────────
const siteFiles = walk(siteDir);
const siteBytes = siteFiles.reduce((a, f) => a + statSync(join(siteDir, f)).size, 0);

// ── Report ─────────────────────────────────────────────────────────────────────────────────
const cpuList = cpus();
const result = {
  date: new Date().toISOString(),
  machine: {
    os: `${platform()} ${release()} ${arch()}`,
    cpuModel: cpuList[0]?.model ?? 'unknown',
    cpus: cpuList.length,
    memoryBytes: totalmem(),
    loadavg: { start: loadAtStart, end: loadavg()[0] },
  },
  versions: {
    node: process.version,
    chromium: chromiumVersion,
    lighthouse: lighthouseVersion,
    vite: JSON.parse(readFileSync(join(root, 'node_modules/vite/package.json'), 'utf8')).version,
    react: JSON.parse(readFileSync(join(root, 'node_modules/react/package.json'), 'utf8')).version,
  },
  options: { runs, tapCount, quick, built: doBuild, prefix: PREFIX, site: siteInRepo ? relative(root, siteDir) : siteDir },
  tapMethod: { traceCategories: TRACE_CATEGORIES, idleMs: IDLE_MS, headline: { mode: 'idle', cpuSlowdown: 1, stat: 'interaction' } },
  budget: existsSync(join(root, 'budget.json')) ? JSON.parse(readFileSync(join(root, 'budget.json'), 'utf8')) : null,
  bytes: {
    start: {
      page: 'index.html',
      lang: start.lang,
      jsGzip: start.jsGzip,
      cssGzip: start.cssGzip,
      jsRaw: start.jsRaw,
      files: [...start.js, ...start.css],
      localeChunk: start.localeChunk,
      lazy: start.dynamic,
    },
    floor: { jsGzip: floor.jsGzip, cssGzip: floor.cssGzip, jsRaw: floor.jsRaw, files: floor.js },
    ratio: start.jsGzip / floor.jsGzip,
    maxStepJs: { page: maxStepJs.file, jsGzip: assetsOf(maxStepJs.file).jsGzip },
    maxStepCss: { page: maxStepCss.file, cssGzip: assetsOf(maxStepCss.file).cssGzip },
    byLang: Object.values(byLang),
    lazyLibraries: lazyLibs,
    startLibraries: startLibs,
    composition,
  },
  html: {
    pages: pages.length,
    maxGzip: htmlMax.htmlGzip,
    maxPage: htmlMax.file,
    medianGzip: median(htmlSizes),
    budget: HTML_BUDGET_BYTES,
    over: htmlOver.map((p) => ({ file: p.file, gzip: p.htmlGzip })),
    largest: [...pages]
      .sort((a, b) => b.htmlGzip - a.htmlGzip)
      .slice(0, 5)
      .map((p) => ({ file: p.file, gzip: p.htmlGzip, raw: p.htmlRaw })),
    byKind: Object.fromEntries(
      ['start', 'step', 'counselor', 'map', 'notfound', 'redirect'].map((k) => [k, pages.filter((p) => p.kind === k).length]),
    ),
  },
  noJs: { checked: noJs.length, failed: noJsFailed },
  startup,
  // the budget test's count (from the files): the most any app page's first visit downloads
  firstVisitCounted: Math.max(...appPages.map((p) => firstVisitFiles(siteDir, p.file).total)),
  firstVisit: Object.fromEntries(
    Object.entries(firstVisit).map(([k, v]) => [k, v && typeof v === 'object' ? { ...v, requests: v.requests } : v]),
  ),
  lighthouse,
  taps: tapRuns,
  build: { wallMs: buildMs, reportedMs: buildInternalMs },
  site: { bytes: siteBytes, files: siteFiles.length },
  benchSeconds: Math.round((performance.now() - started) / 1000),
};

const md = renderReport(result);
writeFileSync(join(outRoot, 'report.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(outRoot, 'report.md'), md);
console.log(md);
progress(`wrote bench-results/report.md and bench-results/report.json (${result.benchSeconds} s)`);
