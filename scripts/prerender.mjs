// Writes one real HTML page per step and language into dist/, from the SSR bundle in dist-ssr/.
// Each page carries its full content (readable without JavaScript), its own title, description and
// preview tags, a Content-Security-Policy, and relative links, so dist/ works in any folder.
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const ssr = await import(pathToFileURL(join(root, 'dist-ssr', 'entry-server.js')).href);
const template = readFileSync(join(dist, 'index.html'), 'utf8');

export const csp = [
  "default-src 'self'",
  "script-src 'self'",
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

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function pageHtml({ rendered, page, lang, depth, canonical }) {
  const up = '../'.repeat(depth);
  const head = [
    `<meta http-equiv="Content-Security-Policy" content="${csp}" />`,
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
    .replace('<div id="root"><!--app--></div>', `<div id="root" data-page="${page ?? ''}" data-lang="${lang}">${rendered.html}</div>`)
    .replace(/(src|href)="\.\/(assets\/|favicon|manifest|icons\/)/g, `$1="${up}$2`);
}

const pages = [...ssr.stepIds];
const written = [];
for (const { code: lang } of ssr.languages) {
  for (const page of pages) {
    const path = ssr.pagePath(page, lang);
    const depth = path ? path.split('/').length - 1 : 0;
    const rendered = await ssr.renderPage(page, lang);
    const canonical = ssr.siteUrl ? `${ssr.siteUrl}/${path}` : '';
    const file = join(dist, path, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, pageHtml({ rendered, page, lang, depth, canonical }));
    written.push(path);
  }
}

// 404.html: served by static hosts for unknown addresses, at any depth, so its links are fixed up
// at run time by the app; without scripts it still says what happened.
{
  const rendered = await ssr.renderPage(null, 'zh-CN');
  writeFileSync(join(dist, '404.html'), pageHtml({ rendered, page: null, lang: 'zh-CN', depth: 0, canonical: '' }));
}

if (ssr.siteUrl) {
  const urls = written.map((p) => `  <url><loc>${escapeHtml(`${ssr.siteUrl}/${p}`)}</loc></url>`).join('\n');
  writeFileSync(join(dist, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`);
  writeFileSync(join(dist, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${ssr.siteUrl}/sitemap.xml\n`);
}

rmSync(join(root, 'dist-ssr'), { recursive: true, force: true });
console.log(`prerendered ${written.length} pages + 404.html (school: ${ssr.school.id})`);
