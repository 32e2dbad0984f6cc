// What a built page needs before it is interactive, and how many gzip bytes that is.
// Shared by `npm run bench` (scripts/bench.mjs) and the budget test (tests/unit/budget.test.ts),
// so both count the same way. Pages are read with parse5, the HTML parser jsdom uses (as a browser
// reads them), without jsdom's DOM on top: that costs 40 ms a page here against 5 ms.
//
// Counted as "before interactive" for a page:
//   - every <script type="module" src>, <link rel="modulepreload"> and <link rel="stylesheet"> in
//     its HTML, and the module script and preloads the boot script adds (data-src, data-preload),
//   - the static imports of those JS files, recursively (`import … from "./x.js"`, `import "./x.js"`,
//     `export … from "./x.js"`),
//   - on pages without their own words (#page-words: the counselor page and the map), the page
//     language's locale chunk (assets/<lang>-<hash>.js): main.tsx awaits `loadLocale(lang)`, a
//     dynamic import, before it hydrates them; plus that chunk's own static imports. Step pages
//     hydrate with the words they carry and load the locale chunk afterwards.
// Not counted: any other dynamic `import()` chunk (QR code, ID checker, name checker, OpenCC…)
// and the CSS those pull in.
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'parse5';

export const HTML_BUDGET_BYTES = 14336;

/** gzip size at level 9 (what a well-configured static server sends). */
export const gzipBytes = (buf) => gzipSync(typeof buf === 'string' ? Buffer.from(buf) : buf, { level: 9 }).length;

/** A built page parsed as a browser parses it (parse5). A parsed page passes through. */
export const parseHtml = (html) => (typeof html === 'string' ? parse(html) : html);

/** The elements of a parsed page in document order, each as { tag, attr(name) }. */
function* elementsOf(node) {
  for (const child of node.childNodes ?? []) {
    if (child.attrs) yield { tag: child.tagName, attr: (name) => child.attrs.find((a) => a.name === name)?.value };
    yield* elementsOf(child);
  }
}
const elements = (html, tag) => [...elementsOf(parseHtml(html))].filter((el) => el.tag === tag);
const root = (html) => elements(html, 'div').find((el) => el.attr('id') === 'root');

/** The module scripts, modulepreloads and stylesheets an HTML page links (hrefs as written). */
export function pageLinks(html) {
  const doc = parseHtml(html);
  const scripts = [];
  const preloads = [];
  const styles = [];
  for (const script of elements(doc, 'script')) {
    if ((script.attr('type') ?? '').toLowerCase() === 'module' && script.attr('src')) scripts.push(script.attr('src'));
    // the boot script (scripts/boot-script.js) adds its module script and preloads after the first paint
    if (script.attr('id') === 'boot' && script.attr('data-src')) {
      scripts.push(script.attr('data-src'));
      preloads.push(...(script.attr('data-preload') ?? '').split(/\s+/).filter(Boolean));
    }
  }
  for (const link of elements(doc, 'link')) {
    const rel = (link.attr('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.attr('href');
    if (!href) continue;
    if (rel.includes('modulepreload')) preloads.push(href);
    else if (rel.includes('stylesheet')) styles.push(href);
  }
  return { scripts, preloads, styles };
}

/** The language the page was built for: #root's data-lang, else <html lang>. */
export function pageLang(html) {
  const doc = parseHtml(html);
  return root(doc)?.attr('data-lang') || elements(doc, 'html')[0]?.attr('lang') || null;
}

/** The page id the prerenderer wrote into #root (null for pages without the app, e.g. redirects). */
export const pageId = (html) => root(html)?.attr('data-page') ?? null;

/** The page carries its own words (#page-words), so it hydrates without its locale chunk. */
export const hasOwnWords = (html) =>
  elements(html, 'script').some((el) => el.attr('id') === 'page-words' && el.attr('type') === 'application/json');

// Static import / re-export specifiers. In Rolldown's output these sit at the top of a chunk,
// but the pattern does not rely on that; `import(` and `import.meta` never match.
const STATIC_IMPORT = /(?<![\w$.])import\s*(?:(?:[\w$]+\s*,?\s*)?(?:\{[^{}]*\}|\*\s*as\s+[\w$]+)?\s*from\s*)?(["'`])([^"'`\n]+)\1/g;
const STATIC_REEXPORT = /(?<![\w$.])export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^{}]*\})\s*from\s*(["'`])([^"'`\n]+)\1/g;
const DYNAMIC_IMPORT = /(?<![\w$.])import\s*\(\s*(["'`])([^"'`\n]+)\1\s*\)/g;

/** Relative specifiers a chunk imports statically (bare specifiers are impossible in a build). */
export function staticImports(code) {
  const out = new Set();
  for (const re of [STATIC_IMPORT, STATIC_REEXPORT]) for (const m of code.matchAll(re)) if (/^\.\.?\//.test(m[2])) out.add(m[2]);
  return [...out];
}

/** Relative specifiers a chunk imports with a literal `import("…")`. */
export function dynamicImports(code) {
  const out = new Set();
  for (const m of code.matchAll(DYNAMIC_IMPORT)) if (/^\.\.?\//.test(m[2])) out.add(m[2]);
  return [...out];
}

const toPosix = (p) => p.split(sep).join('/');

/** Resolves an href written in a page (relative, or absolute under the site's root path). */
function resolveHref(siteDir, pageFile, href) {
  const clean = href.split(/[?#]/)[0];
  if (/^[a-z]+:|^\/\//i.test(clean)) return null; // another origin: not part of the site
  return clean.startsWith('/') ? join(siteDir, clean) : resolve(dirname(pageFile), clean);
}

/** The locale chunk for a language, e.g. assets/zh-CN-Dm7e3XTU.js (name + Rolldown's hash). */
export function localeChunk(siteDir, lang) {
  const dir = join(siteDir, 'assets');
  if (!lang || !existsSync(dir)) return null;
  const esc = lang.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^${esc}-[A-Za-z0-9_-]{8}\\.js$`);
  const found = readdirSync(dir).filter((f) => re.test(f));
  if (found.length > 1) throw new Error(`more than one locale chunk for ${lang}: ${found.join(', ')}`);
  return found.length ? join(dir, found[0]) : null;
}

/**
 * The JS and CSS a page loads before it is interactive.
 * Returns { lang, page, js: [{ file, raw, gzip, why }], css: [...], jsGzip, cssGzip, jsRaw, cssRaw,
 * localeChunk, dynamic: [files reachable only through import()] }, files relative to siteDir.
 */
export function beforeInteractive(siteDir, pageFile, { withLocale = true } = {}) {
  siteDir = resolve(siteDir);
  pageFile = resolve(siteDir, pageFile);
  const html = parseHtml(readFileSync(pageFile, 'utf8'));
  const links = pageLinks(html);
  const lang = pageLang(html);
  const js = new Map();
  const css = new Map();
  const dynamic = new Set();
  const missing = [];

  const addCss = (abs, why) => {
    if (!abs || css.has(abs)) return;
    if (!existsSync(abs)) return missing.push(abs);
    css.set(abs, why);
  };
  const addJs = (abs, why) => {
    if (!abs || js.has(abs)) return;
    if (!existsSync(abs)) return missing.push(abs);
    js.set(abs, why);
    const code = readFileSync(abs, 'utf8');
    for (const spec of staticImports(code)) {
      const target = resolve(dirname(abs), spec);
      if (target.endsWith('.css')) addCss(target, `imported by ${toPosix(relative(siteDir, abs))}`);
      else addJs(target, `imported by ${toPosix(relative(siteDir, abs))}`);
    }
    for (const spec of dynamicImports(code)) dynamic.add(resolve(dirname(abs), spec));
  };

  for (const href of links.scripts) addJs(resolveHref(siteDir, pageFile, href), 'module script');
  for (const href of links.preloads) addJs(resolveHref(siteDir, pageFile, href), 'modulepreload');
  for (const href of links.styles) addCss(resolveHref(siteDir, pageFile, href), 'stylesheet');

  let locale = null;
  // A step page carries its own words (#page-words) and hydrates without the locale chunk, which
  // main.tsx loads afterwards; other pages (counselor, map) await it before hydrating.
  if (withLocale && links.scripts.length && !hasOwnWords(html)) {
    locale = localeChunk(siteDir, lang);
    if (locale) {
      if (!dynamic.has(locale))
        throw new Error(`${toPosix(relative(siteDir, locale))} looks like the ${lang} locale chunk but no page chunk imports it`);
      addJs(locale, `locale chunk awaited before hydration (${lang})`);
    }
  }
  if (missing.length)
    throw new Error(
      `${toPosix(relative(siteDir, pageFile))} links files that do not exist: ${missing.map((f) => toPosix(relative(siteDir, f))).join(', ')}`,
    );

  const describe = (map) =>
    [...map].map(([abs, why]) => {
      const buf = readFileSync(abs);
      return { file: toPosix(relative(siteDir, abs)), raw: buf.length, gzip: gzipBytes(buf), why };
    });
  const jsFiles = describe(js);
  const cssFiles = describe(css);
  const sum = (list, k) => list.reduce((a, f) => a + f[k], 0);
  return {
    lang,
    page: pageId(html),
    js: jsFiles,
    css: cssFiles,
    jsGzip: sum(jsFiles, 'gzip'),
    jsRaw: sum(jsFiles, 'raw'),
    cssGzip: sum(cssFiles, 'gzip'),
    cssRaw: sum(cssFiles, 'raw'),
    localeChunk: locale ? toPosix(relative(siteDir, locale)) : null,
    dynamic: [...dynamic].filter((f) => !js.has(f)).map((f) => toPosix(relative(siteDir, f))),
  };
}

/** Every file under dir (relative, posix), sorted. */
export function walk(dir, base = dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...walk(abs, base));
    else out.push(toPosix(relative(base, abs)));
  }
  return out.sort();
}

/**
 * Every HTML page of a built site with its kind:
 *   start | step | counselor | map (app pages), notfound (404.html), redirect (retired ids),
 *   shell (offline.html, the service worker's page for addresses it has no copy of).
 * lang is the page's language; path is relative to the site ('' for the start page's folder).
 */
export function sitePages(siteDir) {
  siteDir = resolve(siteDir);
  return walk(siteDir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const text = readFileSync(join(siteDir, file), 'utf8');
      const html = parseHtml(text);
      const id = pageId(html);
      let kind;
      if (file === '404.html') kind = 'notfound';
      else if (file === 'offline.html')
        kind = 'shell'; // the service worker's offline shell (no content)
      else if (id === null) kind = 'redirect';
      else if (id === 'start') kind = 'start';
      else if (id === 'counselor' || id === 'map') kind = id;
      else kind = 'step';
      return {
        file,
        path: file.replace(/(^|\/)index\.html$/, '$1'),
        id,
        kind,
        lang: pageLang(html),
        htmlRaw: Buffer.byteLength(text),
        htmlGzip: gzipBytes(text),
      };
    });
}

/** Libraries that must stay out of the start page, found by strings their code always keeps. */
export const LAZY_LIBRARIES = {
  // opencc-js/core's trie and its dictionary parser (used only by the name checker's to-simplified chunk)
  'opencc-js': ['trie_val', 'Invalid dictionary entry'],
  // qrcode's encoder (used only where a QR code is drawn)
  qrcode: ['No input text', 'getSymbolTotalCodewords'],
  // XState's interpreter (the statechart loads just after the page is interactive: src/flow/engine.ts)
  xstate: ['xstate.after', 'xstate.stop'],
};

/** Which of LAZY_LIBRARIES a list of site files (relative to siteDir) contains, per library. */
export function librariesIn(siteDir, files) {
  const found = {};
  for (const [lib, marks] of Object.entries(LAZY_LIBRARIES)) {
    found[lib] = files.filter((f) => {
      const code = readFileSync(join(siteDir, f), 'utf8');
      return marks.some((m) => code.includes(m));
    });
  }
  return found;
}

/**
 * What a first visit to a page downloads, counted from the built files (gzip level 9), so the
 * budget test is deterministic (issue 18; `npm run bench` measures the same on the wire in Chromium):
 *   - the page's HTML, its JS and CSS before interactive (beforeInteractive), its favicon;
 *   - what the app loads once the page is idle, before the first change of step: the rest of the
 *     page language's words (its locale chunk), the statechart (engine-*.js) and, on a step page,
 *     the parts a step may show (src/screens/page-parts.ts laterParts: fix-parts, drawings), with
 *     their static imports;
 *   - the service worker (sw.js) and what it precaches (offline.html). The worker keeps the rest
 *     from the browser's HTTP cache: nothing twice.
 * Returns { files: [{ file, gzip, why }], total }.
 */
const gzipCache = new Map();
export function firstVisit(siteDir, pageFile) {
  siteDir = resolve(siteDir);
  const page = beforeInteractive(siteDir, pageFile);
  const files = new Map();
  const add = (file, why) => {
    if (files.has(file) || !existsSync(join(siteDir, file))) return;
    const abs = join(siteDir, file);
    if (!gzipCache.has(abs)) gzipCache.set(abs, gzipBytes(readFileSync(abs)));
    files.set(file, { file, gzip: gzipCache.get(abs), why });
    if (file.endsWith('.js'))
      for (const spec of staticImports(readFileSync(join(siteDir, file), 'utf8')))
        add(toPosix(relative(siteDir, resolve(dirname(join(siteDir, file)), spec))), `imported by ${file}`);
  };
  add(toPosix(relative(siteDir, resolve(siteDir, pageFile))), 'the page');
  for (const f of [...page.js, ...page.css]) add(f.file, 'before interactive');
  add('favicon.svg', 'icon');
  const locale = localeChunk(siteDir, page.lang);
  if (locale) add(toPosix(relative(siteDir, locale)), `the rest of the ${page.lang} words (once idle)`);
  const extraPage = /(^|\/)(counselor|map)\/index\.html$/.test(toPosix(pageFile));
  const later = extraPage ? /^assets\/engine-[\w-]{8}\.js$/ : /^assets\/(engine|fix-parts|drawings)-[\w-]{8}\.js$/;
  for (const f of page.dynamic) if (later.test(f)) add(f, 'statechart or a part of the screens (once idle)');
  add('sw.js', 'service worker');
  const sw = existsSync(join(siteDir, 'sw.js')) ? readFileSync(join(siteDir, 'sw.js'), 'utf8') : '';
  // what the worker precaches at install (scripts/sw-source.js: the shell)
  for (const m of sw.matchAll(/new URL\('([^']+\.html)', scope\)/g)) add(m[1], 'precached by the service worker');
  const list = [...files.values()];
  return { files: list, total: list.reduce((a, f) => a + f.gzip, 0) };
}
