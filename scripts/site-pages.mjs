// The pure part of prerendering: every file a school's site writes besides the shared assets, as
// text, from what the build made (SiteInputs), the school's facts and the SSR entry. No file system,
// no Node: scripts/prerender.mjs runs it in Node, and the school kit (kit/) runs the same module in
// the browser, so both write the same bytes.

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

/** The boot script as pages carry it: trimmed lines, comments dropped (its hash is over this text). */
export const compactScript = (text) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .join('\n');

/**
 * Vite's `<script type="module">` and modulepreload links become data on the boot script, which
 * adds them after the first paint, with the chunks of the parts this page shows
 * (src/screens/page-parts.ts).
 */
function bootTag(inputs, up, parts, langKey, trailKey) {
  const { template } = inputs;
  const src = template.match(/<script type="module"[^>]*\ssrc="\.\/([^"]+)"[^>]*><\/script>/)?.[1];
  if (!src) throw new Error('prerender: no module script in the built index.html');
  const preloads = [...template.matchAll(/<link rel="modulepreload"[^>]*\shref="\.\/([^"]+)"[^>]*>/g)].map((m) => m[1]);
  const all = [...new Set([...preloads, ...parts])].map((f) => `${up}${f}`);
  const key = (langKey ? ` data-lang-key="${escapeHtml(langKey)}"` : '') + (trailKey ? ` data-trail-key="${escapeHtml(trailKey)}"` : '');
  return `<script id="boot" data-src="${up}${src}" data-preload="${all.join(' ')}"${key}>${inputs.bootScript}</script>`;
}

/**
 * The policy for a server that sends Content-Security-Policy as a header (docs/security-headers.md):
 * the pages' own policy with both inline scripts' hashes, plus frame-ancestors (header only).
 */
export const serverPolicyFor = (inputs) => `${cspFor([inputs.flagHash, inputs.bootHash, inputs.notFoundHash])}; frame-ancestors 'self'`;

/**
 * @param {import('./site-pages.d.mts').SiteInputs} inputs
 * @param {{ rendered: { html: string; title: string; description: string; htmlLang: string; words?: string }; page: string | null; lang: string;
 *   depth: number; canonical: string; policy?: string; preload?: string[]; langKey?: string; trailKey?: string; siteData?: string }} options
 */
function pageHtml(
  inputs,
  {
    rendered,
    page,
    lang,
    depth,
    canonical,
    policy = cspFor([inputs.flagHash, inputs.bootHash]),
    preload = [],
    langKey,
    trailKey,
    siteData = '',
  },
) {
  const up = '../'.repeat(depth);
  const boot = bootTag(inputs, up, preload, langKey, trailKey);
  const head = [
    `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
    // before anything is painted: scripts run, so what needs them (the start page's search field) shows
    // from the first paint on (the boot script at the end of the body can come after it)
    `<script id="js-flag">${inputs.flagScript}</script>`,
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
  return inputs.template
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
        (rendered.words ? `\n    <script type="application/json" id="page-words">${rendered.words}</script>` : '') +
        // the school's facts and SITE_URL: the scripts are the same for every school (src/site/page-site.ts)
        (siteData ? `\n    ${siteData}` : ''),
    )
    .replace(/(src|href)="\.\/(assets\/|favicon|manifest|icons\/)/g, `$1="${up}$2`);
}

/**
 * Every file of a school's site that prerendering writes, in the order it writes them.
 *   inputs: SiteInputs (scripts/site-pages.d.mts), from the client build
 *   site:   { school, siteUrl, builtOn }
 *   ssr:    the SSR entry (src/entry-server.tsx), built for Node or for the browser
 *   onPage: optional, called (done, total) after each page
 * Returns { files: [{ path, text }], pages: the step/extra page folders written }.
 */
export async function sitePages({ inputs, site, ssr, onPage }) {
  site = { ...site, siteUrl: site.siteUrl.replace(/\/+$/, '') };
  const { school, siteUrl } = site;
  const files = [];
  const pagesWritten = [];
  const siteData = ssr.siteScript(site);
  const pages = [...ssr.stepIds, 'counselor', 'map'];
  for (const { code: lang } of ssr.languages) {
    for (const page of pages) {
      const file = await pageFile({ inputs, site, ssr, page, lang, siteData });
      files.push(file);
      pagesWritten.push(file.path.slice(0, -'index.html'.length));
      onPage?.(pagesWritten.length, pages.length * ssr.languages.length);
    }
  }
  files.push(...redirectPages(inputs, ssr));
  files.push({ path: 'manifest.webmanifest', text: manifestFor(inputs, school) });
  files.push({ path: 'offline.html', text: await shellPage(inputs, ssr, site, siteData) });
  files.push({ path: '404.html', text: await notFoundPage(inputs, ssr, site) });
  if (siteUrl) {
    const urls = pagesWritten.map((p) => `  <url><loc>${escapeHtml(`${siteUrl}/${p}`)}</loc></url>`).join('\n');
    files.push({
      path: 'sitemap.xml',
      text: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    });
    files.push({ path: 'robots.txt', text: `User-agent: *\nAllow: /\nSitemap: ${siteUrl}/sitemap.xml\n` });
  }
  return { files, pages: pagesWritten };
}

/** One step's (or the counselor page's, or the map's) file in one language: { path, text }. */
export async function pageFile({ inputs, site, ssr, page, lang, siteData = ssr.siteScript(site) }) {
  const path = ssr.pagePath(page, lang);
  const depth = path ? path.split('/').length - 1 : 0;
  const rendered = await ssr.renderPage(page, lang, site);
  const canonical = site.siteUrl ? `${site.siteUrl}/${path}` : '';
  const preload = [...new Set(ssr.partsFor(page, site.school).flatMap((name) => inputs.partChunks[name]))];
  return {
    path: `${path}index.html`,
    text: pageHtml(inputs, { rendered, page, lang, depth, canonical, preload, langKey: ssr.LANG_KEY, trailKey: ssr.TRAILS_KEY, siteData }),
  };
}

/**
 * offline.html: the page the service worker (scripts/sw-source.js) answers with, offline, for an
 * address it has no copy of. No content: the app renders the page named by the address, with the
 * school the shell carries (#site). The worker fills in the site's folder (__BASE__: asset
 * addresses are absolute, the shell serves any depth), the page and the language.
 */
async function shellPage(inputs, ssr, site, siteData) {
  const start = await ssr.renderPage('start', 'zh-CN', site);
  const rendered = { html: '', title: start.title, description: start.description, htmlLang: '__HTMLLANG__' };
  return pageHtml(inputs, {
    rendered,
    page: '__PAGE__',
    lang: '__LANG__',
    depth: 0,
    canonical: '',
    langKey: ssr.LANG_KEY,
    trailKey: ssr.TRAILS_KEY,
    siteData,
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
}

/** Retired step ids (content/redirects.json) keep working: a page at the old address that forwards. */
function redirectPages(inputs, ssr) {
  const out = [];
  for (const [from, to] of Object.entries(inputs.redirects)) {
    if (from.startsWith('_')) continue;
    if (!ssr.stepIds.includes(to)) throw new Error(`content/redirects.json: "${from}" points at "${to}", which is not a step id`);
    if (ssr.stepIds.includes(from)) throw new Error(`content/redirects.json: "${from}" is still a step id; only retired ids belong here`);
    for (const { code } of ssr.languages) {
      const dir = ssr.pagePath(from, code).replace(/\/$/, '');
      const target = `../${ssr.pagePath(to, code).split('/').slice(-2).join('/')}`;
      const up = '../'.repeat(dir.split('/').length);
      out.push({
        path: `${dir}/index.html`,
        text: `<!doctype html>\n<html lang="${code}"><head><meta charset="utf-8" />\n<meta http-equiv="Content-Security-Policy" content="${csp}" />\n<meta name="robots" content="noindex" />\n<link rel="icon" href="${up}favicon.svg" type="image/svg+xml" />\n<meta http-equiv="refresh" content="0; url=${target}" />\n<link rel="canonical" href="${target}" />\n<title>→ ${to}</title></head>\n<body><p><a href="${target}">${to}</a></p></body></html>\n`,
      });
    }
  }
  return out;
}

/**
 * 404.html is served at any depth, where relative asset links break: it carries no app script,
 * only a small inline script (allowed by its hash) that finds the wizard's folder, forwards
 * mistyped step ids, and points the start link and stylesheet at the right place.
 */
async function notFoundPage(inputs, ssr, site) {
  const rendered = await ssr.renderPage(null, 'zh-CN', site);
  let html = pageHtml(inputs, { rendered, page: null, lang: 'zh-CN', depth: 0, canonical: '', policy: cspFor([inputs.notFoundHash]) });
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="(?:\.\/)?([^"]+)"[^>]*>/g)].map((m) => m[1]);
  html = html
    .replace(/<script id="(?:boot|js-flag)"[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="(modulepreload|stylesheet|icon|apple-touch-icon|manifest)"[^>]*>\s*/g, '');
  if (site.siteUrl) html = html.replace('href="./" data-to-start=""', `href="${site.siteUrl}/" data-to-start=""`);
  const redirects = Object.fromEntries(Object.entries(inputs.redirects).filter(([k]) => !k.startsWith('_')));
  const data = JSON.stringify({
    steps: ssr.stepIds,
    pages: ['counselor', 'map'],
    langs: ssr.languages.map((l) => l.prefix).filter(Boolean),
    redirects,
    css,
  }).replace(/</g, '\\u003c');
  return html.replace(
    '</body>',
    `<script type="application/json" id="wizard-data">${data}</script>\n<script>${inputs.notFoundScript}</script>\n</body>`,
  );
}

/** The home-screen name carries the school's name, so a saved page is recognisable. */
function manifestFor(inputs, school) {
  const manifest = JSON.parse(inputs.manifest);
  if (school.name) {
    manifest.name = `${manifest.name} · ${school.name}`;
    manifest.description = `${school.name} ${manifest.description ?? ''}`.trim();
  }
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * For each part (src/screens/page-parts.ts), its chunk and the chunks that chunk imports, from
 * Vite's manifest (an object, as .vite/manifest.json holds it).
 */
export function partChunks(manifest, partSources) {
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
