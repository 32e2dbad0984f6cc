// Writes one real HTML page per step and language into dist/, from the SSR bundle in dist-ssr/.
// Each page carries its full content (readable without JavaScript), its own title, description and
// preview tags, a Content-Security-Policy, and relative links, so dist/ works in any folder.
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';

const root = join(import.meta.dirname, '..');

export const cspFor = (scriptHashes = []) =>
  [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((h) => `'${h}'`)].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
export const csp = cspFor();

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The inline script that starts the app after the first paint (scripts/boot-script.js), and its hash. */
const bootScript = readFileSync(join(root, 'scripts/boot-script.js'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('//'))
  .join('\n');
export const bootHash = `sha256-${createHash('sha256').update(bootScript).digest('base64')}`;

/**
 * Vite's `<script type="module">` and modulepreload links become data on the boot script, which
 * adds them after the first paint, with the chunks of the parts this page shows
 * (src/screens/page-parts.ts).
 */
function bootTag(template, up, parts, langKey, trailKey) {
  const src = template.match(/<script type="module"[^>]*\ssrc="\.\/([^"]+)"[^>]*><\/script>/)?.[1];
  if (!src) throw new Error('prerender: no module script in the built index.html');
  const preloads = [...template.matchAll(/<link rel="modulepreload"[^>]*\shref="\.\/([^"]+)"[^>]*>/g)].map((m) => m[1]);
  const all = [...new Set([...preloads, ...parts])].map((f) => `${up}${f}`);
  const key = (langKey ? ` data-lang-key="${escapeHtml(langKey)}"` : '') + (trailKey ? ` data-trail-key="${escapeHtml(trailKey)}"` : '');
  return `<script id="boot" data-src="${up}${src}" data-preload="${all.join(' ')}"${key}>${bootScript}</script>`;
}

const notFoundScript = readFileSync(join(root, 'scripts/not-found-script.js'), 'utf8');
const notFoundHash = `sha256-${createHash('sha256').update(notFoundScript).digest('base64')}`;

/**
 * The policy for a server that sends Content-Security-Policy as a header (docs/security-headers.md):
 * the pages' own policy with both inline scripts' hashes, plus frame-ancestors (header only).
 */
export const serverPolicy = `${cspFor([bootHash, notFoundHash])}; frame-ancestors 'self'`;

/**
 * @param {string} template
 * @param {{ rendered: Awaited<ReturnType<typeof import('../src/entry-server').renderPage>>; page: string | null; lang: string;
 *   depth: number; canonical: string; policy?: string; preload?: string[]; langKey?: string; trailKey?: string }} options
 */
function pageHtml(template, { rendered, page, lang, depth, canonical, policy = cspFor([bootHash]), preload = [], langKey, trailKey }) {
  const up = '../'.repeat(depth);
  const boot = bootTag(template, up, preload, langKey, trailKey);
  const head = [
    `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
    `<meta name="referrer" content="no-referrer" />`,
    `<meta name="description" content="${escapeHtml(rendered.description)}" />`,
    `<meta name="color-scheme" content="light dark" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${escapeHtml(rendered.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(rendered.description)}" />`,
    `<meta property="og:locale" content="${rendered.htmlLang.replace('-', '_')}" />`,
    `<meta name="twitter:card" content="summary" />`,
    canonical ? `<link rel="canonical" href="${escapeHtml(canonical)}" />` : '',
    canonical ? `<meta property="og:url" content="${escapeHtml(canonical)}" />` : '',
  ]
    .filter(Boolean)
    .join('\n    ');
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${rendered.htmlLang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(rendered.title)}</title>`)
    .replace('<!--head-->', head)
    .replace(/\s*<script type="module"[^>]*><\/script>/, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
    .replace('</body>', `${boot}\n  </body>`)
    .replace(
      '<div id="root"><!--app--></div>',
      `<div id="root" data-page="${page ?? ''}" data-lang="${lang}">${rendered.html}</div>` +
        // the words this page looked up while rendering: enough to hydrate it (see src/i18n/page-words.ts)
        (rendered.words ? `\n    <script type="application/json" id="page-words">${rendered.words}</script>` : ''),
    )
    .replace(/(src|href)="\.\/(assets\/|favicon|manifest|icons\/)/g, `$1="${up}$2`);
}

/** Render every page from the SSR bundle in ssrDir into outDir; returns the number of pages. */
export async function prerender({ outDir, ssrDir }) {
  const ssr = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);
  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  const chunksOf = partChunks(outDir, ssr.partSources);
  const pages = [...ssr.stepIds, 'counselor', 'map'];
  const written = [];
  for (const { code: lang } of ssr.languages) {
    for (const page of pages) {
      const path = ssr.pagePath(page, lang);
      const depth = path ? path.split('/').length - 1 : 0;
      const rendered = await ssr.renderPage(page, lang);
      const canonical = ssr.siteUrl ? `${ssr.siteUrl}/${path}` : '';
      const file = join(outDir, path, 'index.html');
      mkdirSync(dirname(file), { recursive: true });
      const preload = [...new Set(ssr.partsFor(page, ssr.school).flatMap((name) => chunksOf[name]))];
      writeFileSync(
        file,
        pageHtml(template, { rendered, page, lang, depth, canonical, preload, langKey: ssr.LANG_KEY, trailKey: ssr.TRAILS_KEY }),
      );
      written.push(path);
    }
  }

  writeRedirects(outDir, ssr);
  writeManifest(outDir, ssr);
  await writeShell(outDir, ssr, template);
  await write404(outDir, ssr, template);

  if (ssr.siteUrl) {
    const urls = written.map((p) => `  <url><loc>${escapeHtml(`${ssr.siteUrl}/${p}`)}</loc></url>`).join('\n');
    writeFileSync(
      join(outDir, 'sitemap.xml'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    );
    writeFileSync(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${ssr.siteUrl}/sitemap.xml\n`);
  }

  return written.length;
}

/**
 * For each part (src/screens/page-parts.ts), its chunk and the chunks that chunk imports, from
 * Vite's manifest, which is then removed: it has no use on the web server.
 */
function partChunks(outDir, partSources) {
  const file = join(outDir, '.vite', 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  rmSync(join(outDir, '.vite'), { recursive: true, force: true });
  const entry = Object.values(manifest).find((c) => c.isEntry);
  const onPage = new Set(entry ? [entry.file, ...(entry.imports ?? []).map((k) => manifest[k].file)] : []);
  const chunks = (key, out = new Set()) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`prerender: no built chunk for ${key} in Vite's manifest`);
    if (!onPage.has(chunk.file)) out.add(chunk.file);
    for (const k of chunk.imports ?? []) chunks(k, out);
    return out;
  };
  return Object.fromEntries(Object.entries(partSources).map(([name, src]) => [name, [...chunks(src)]]));
}

/** Retired step ids (content/redirects.json) keep working: a page at the old address that forwards. */
function writeRedirects(outDir, ssr) {
  const table = JSON.parse(readFileSync(join(root, 'content/redirects.json'), 'utf8'));
  for (const [from, to] of Object.entries(table)) {
    if (from.startsWith('_')) continue;
    if (!ssr.stepIds.includes(to)) throw new Error(`content/redirects.json: "${from}" points at "${to}", which is not a step id`);
    if (ssr.stepIds.includes(from)) throw new Error(`content/redirects.json: "${from}" is still a step id; only retired ids belong here`);
    for (const { code } of ssr.languages) {
      const dir = ssr.pagePath(from, code).replace(/\/$/, '');
      const target = `../${ssr.pagePath(to, code).split('/').slice(-2).join('/')}`;
      const up = '../'.repeat(dir.split('/').length);
      mkdirSync(join(outDir, dir), { recursive: true });
      writeFileSync(
        join(outDir, dir, 'index.html'),
        `<!doctype html>\n<html lang="${code}"><head><meta charset="utf-8" />\n<meta http-equiv="Content-Security-Policy" content="${csp}" />\n<meta name="robots" content="noindex" />\n<link rel="icon" href="${up}favicon.svg" type="image/svg+xml" />\n<meta http-equiv="refresh" content="0; url=${target}" />\n<link rel="canonical" href="${target}" />\n<title>→ ${to}</title></head>\n<body><p><a href="${target}">${to}</a></p></body></html>\n`,
      );
    }
  }
}

/**
 * 404.html is served at any depth, where relative asset links break: it carries no app script,
 * only a small inline script (allowed by its hash) that finds the wizard's folder, forwards
 * mistyped step ids, and points the start link and stylesheet at the right place.
 */
function write404(outDir, ssr, template) {
  return ssr.renderPage(null, 'zh-CN').then((rendered) => {
    const script = notFoundScript;
    const hash = notFoundHash;
    let html = pageHtml(template, { rendered, page: null, lang: 'zh-CN', depth: 0, canonical: '', policy: cspFor([hash]) });
    const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="(?:\.\/)?([^"]+)"[^>]*>/g)].map((m) => m[1]);
    html = html
      .replace(/<script id="boot"[^>]*>[\s\S]*?<\/script>\s*/g, '')
      .replace(/<link rel="(modulepreload|stylesheet|icon|apple-touch-icon|manifest)"[^>]*>\s*/g, '');
    if (ssr.siteUrl) html = html.replace('href="./" data-to-start=""', `href="${ssr.siteUrl}/" data-to-start=""`);
    const table = JSON.parse(readFileSync(join(root, 'content/redirects.json'), 'utf8'));
    const redirects = Object.fromEntries(Object.entries(table).filter(([k]) => !k.startsWith('_')));
    const data = JSON.stringify({
      steps: ssr.stepIds,
      pages: ['counselor', 'map'],
      langs: ssr.languages.map((l) => l.prefix).filter(Boolean),
      redirects,
      css,
    }).replace(/</g, '\\u003c');
    html = html.replace(
      '</body>',
      `<script type="application/json" id="wizard-data">${data}</script>\n<script>${script}</script>\n</body>`,
    );
    writeFileSync(join(outDir, '404.html'), html);
  });
}

/**
 * offline.html: the page the service worker (scripts/sw-source.js) answers with, offline, for an
 * address it has no copy of. No content: the app renders the page named by the address. The worker
 * fills in the site's folder (__BASE__: asset addresses are absolute, the shell serves any depth),
 * the page and the language.
 */
async function writeShell(outDir, ssr, template) {
  const start = await ssr.renderPage('start', 'zh-CN');
  const rendered = { html: '', title: start.title, description: start.description, htmlLang: '__HTMLLANG__' };
  const html = pageHtml(template, {
    rendered,
    page: '__PAGE__',
    lang: '__LANG__',
    depth: 0,
    canonical: '',
    langKey: ssr.LANG_KEY,
    trailKey: ssr.TRAILS_KEY,
  })
    .replace(/<meta property="og:locale"[^>]*>\s*/, '')
    .replace(/(data-src|src|href)="(?:\.\/)?(assets\/|favicon|manifest|icons\/)/g, '$1="__BASE__$2')
    .replace(
      /data-preload="([^"]*)"/,
      (_, list) =>
        `data-preload="${list
          .split(' ')
          .filter(Boolean)
          .map((f) => `__BASE__${f}`)
          .join(' ')}"`,
    );
  writeFileSync(join(outDir, 'offline.html'), html);
}

/** The home-screen name carries the school's name, so a saved page is recognisable. */
function writeManifest(outDir, ssr) {
  const file = join(outDir, 'manifest.webmanifest');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  if (ssr.school.name) {
    manifest.name = `${manifest.name} · ${ssr.school.name}`;
    manifest.description = `${ssr.school.name} ${manifest.description ?? ''}`.trim();
  }
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}
