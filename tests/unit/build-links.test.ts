/**
 * The built site (dist/, built for the generic school unless its start page names another):
 * every step has a page in every language; every relative href/src in every HTML file points at a
 * file that exists; links out go only to CHSI or the school's own system; every page has one h1,
 * a title, a description, og:title and a Content-Security-Policy without unsafe script sources;
 * and the answers on every step page are the links the statechart's routing table gives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { optionsFor } from '../../src/flow/options';
import { START, stepIds, type StepId } from '../../src/flow/steps';
import { languages } from '../../src/i18n/languages';
import { extraPages, pagePath } from '../../src/routing/paths';
import { schools } from '../helpers/schools';
import { serverPolicy } from '../../scripts/prerender.mjs';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const redirects = Object.keys(JSON.parse(readFileSync(join(root, 'content/redirects.json'), 'utf8')) as Record<string, string>).filter(
  (k) => !k.startsWith('_'),
);

interface Tag {
  name: string;
  attrs: Record<string, string>;
}
interface Page {
  /** Path below dist/, with forward slashes. */
  file: string;
  html: string;
  tags: Tag[];
}

const decode = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every start tag with its attributes (script and style bodies are not markup). */
function parseTags(html: string): Tag[] {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2></$1>');
  const tags: Tag[] = [];
  for (const m of markup.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[a[1].toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
    }
    tags.push({ name: m[1].toLowerCase(), attrs });
  }
  return tags;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(full));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

const textOf = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => decode(m[1].replace(/<[^>]+>/g, '')).trim());

let pages: Page[] = [];
let school = schools.find((s) => s.id === 'generic')!;

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) {
    execFileSync('node', ['scripts/build.mjs', '--quiet'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, SCHOOL: 'generic', OUT_DIR: 'dist' },
    });
  }
  // (offline.html is the service worker's shell, not a page: its addresses are filled in by the
  // worker, see scripts/sw-source.js and tests/e2e/offline.spec.mjs)
  pages = htmlFiles(dist)
    .filter((full) => relative(dist, full) !== 'offline.html')
    .map((full) => {
      const html = readFileSync(full, 'utf8');
      return { file: relative(dist, full).split(sep).join('/'), html, tags: parseTags(html) };
    });
  // A school build names its school in the masthead; the generic one names none.
  const start = pages.find((p) => p.file === 'index.html')!.html;
  const named = textOf(start, /<p class="masthead__school">([\s\S]*?)<\/p>/g)[0] ?? '';
  school = schools.find((s) => s.name && named.includes(s.name)) ?? school;
}, 120_000);

const pageFile = (page: StepId | (typeof extraPages)[number], lang: (typeof languages)[number]['code']) =>
  `${pagePath(page, lang)}index.html`;
const isRedirect = (p: Page) => redirects.some((r) => languages.some((l) => p.file === pageFile(r as StepId, l.code)));
const contentPages = () => pages.filter((p) => !isRedirect(p));

describe('every step has a page in every language', () => {
  it.each(stepIds.map((id) => [id]))('%s', (id) => {
    expect(existsSync(join(dist, id === START ? 'index.html' : `${id}/index.html`)), `dist/${id}/index.html`).toBe(true);
    for (const l of languages) {
      expect(existsSync(join(dist, pageFile(id, l.code))), `dist/${pageFile(id, l.code)}`).toBe(true);
    }
    expect(statSync(join(dist, 'en', id === START ? '' : id)).isDirectory()).toBe(true);
    expect(statSync(join(dist, 'zh-hant', id === START ? '' : id)).isDirectory()).toBe(true);
  });
});

describe('links in every built HTML file', () => {
  it('every relative href/src (and refresh target) resolves to a file in dist/', () => {
    const broken: string[] = [];
    for (const p of pages) {
      const folder = dirname(p.file) === '.' ? '' : `${dirname(p.file)}/`;
      const refs = p.tags.flatMap((t) => {
        const out: string[] = [];
        if (t.attrs.href !== undefined) out.push(t.attrs.href);
        if (t.attrs.src !== undefined) out.push(t.attrs.src);
        // what the boot script (scripts/boot-script.js) loads
        if (t.attrs['data-src'] !== undefined) out.push(t.attrs['data-src']);
        if (t.attrs['data-preload']) out.push(...t.attrs['data-preload'].split(/\s+/).filter(Boolean));
        if (t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'refresh') {
          const url = /url=(.*)$/i.exec(t.attrs.content ?? '')?.[1];
          if (url) out.push(url.trim());
        }
        return out;
      });
      for (const ref of refs) {
        if (ref === '' || ref.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(ref)) continue;
        if (ref.startsWith('//') || ref.startsWith('/')) {
          broken.push(`${p.file}: "${ref}" is not relative (breaks when the site sits in a subfolder)`);
          continue;
        }
        const path = ref.split('#')[0].split('?')[0];
        const resolved = new URL(path, `http://x/${folder}`).pathname.slice(1);
        if (new URL(path, `http://x/${folder}`).pathname.startsWith('/..') || resolved.startsWith('..')) {
          broken.push(`${p.file}: "${ref}" leaves dist/`);
          continue;
        }
        const target = join(dist, decodeURIComponent(resolved));
        const ok =
          resolved === '' || resolved.endsWith('/')
            ? existsSync(join(target, 'index.html'))
            : existsSync(target) && (statSync(target).isFile() || existsSync(join(target, 'index.html')));
        if (!ok)
          broken.push(
            `${p.file}: "${ref}" → dist/${resolved}${resolved === '' || resolved.endsWith('/') ? 'index.html' : ''} does not exist`,
          );
      }
    }
    expect(broken).toEqual([]);
  });

  it("absolute links go only to *.chsi.com.cn or the school's own system", () => {
    const hosts = [/^([a-z0-9-]+\.)*chsi\.com\.cn$/i];
    const own = school.localSystem?.url ? new URL(school.localSystem.url).hostname.toLowerCase() : null;
    const site = process.env.SITE_URL ? new URL(process.env.SITE_URL).hostname.toLowerCase() : null;
    const bad: string[] = [];
    for (const p of pages) {
      for (const t of p.tags) {
        for (const ref of [t.attrs.href, t.attrs.src].filter((v): v is string => v !== undefined)) {
          const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(ref)?.[1]?.toLowerCase();
          if (!scheme) continue;
          if (scheme === 'tel' || scheme === 'mailto' || (scheme === 'data' && t.name === 'img')) continue;
          if (scheme !== 'http' && scheme !== 'https') {
            bad.push(`${p.file}: ${ref}`);
            continue;
          }
          const host = new URL(ref).hostname.toLowerCase();
          if (!hosts.some((re) => re.test(host)) && host !== own && host !== site) bad.push(`${p.file}: <${t.name}> ${ref}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('every page has its head and one h1', () => {
  it('one h1, a title, a meta description and og:title on every page (steps, extra pages, 404)', () => {
    const problems: string[] = [];
    for (const p of contentPages()) {
      const h1 = p.tags.filter((t) => t.name === 'h1').length;
      if (h1 !== 1) problems.push(`${p.file}: ${h1} h1`);
      // the document's title, in the head (the map's diagrams carry SVG <title>s of their own)
      const title = textOf(p.html.split('</head>')[0], /<title>([\s\S]*?)<\/title>/g);
      if (title.length !== 1 || !title[0]) problems.push(`${p.file}: title ${JSON.stringify(title)}`);
      const meta = (key: string, value: string) => p.tags.filter((t) => t.name === 'meta' && t.attrs[key] === value);
      const description = meta('name', 'description');
      if (description.length !== 1 || !description[0].attrs.content?.trim()) problems.push(`${p.file}: meta description`);
      const og = meta('property', 'og:title');
      if (og.length !== 1 || !og[0].attrs.content?.trim()) problems.push(`${p.file}: og:title`);
    }
    expect(problems).toEqual([]);
  });

  it("every HTML file has a Content-Security-Policy without 'unsafe-inline' or 'unsafe-eval' for scripts", () => {
    const problems: string[] = [];
    for (const p of pages) {
      const csp = p.tags.filter((t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
      if (csp.length !== 1) {
        problems.push(`${p.file}: ${csp.length} CSP meta tags`);
        continue;
      }
      const directives = Object.fromEntries(
        (csp[0].attrs.content ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...values]) => [name.toLowerCase(), values]),
      );
      const scripts: string[] | undefined = directives['script-src'] ?? directives['default-src'];
      if (!scripts) problems.push(`${p.file}: no script-src or default-src`);
      else if (scripts.some((v) => /^'unsafe-(inline|eval)'$/i.test(v) || v === '*' || /^(https?|data):?$/i.test(v))) {
        problems.push(`${p.file}: script-src ${scripts.join(' ')}`);
      }
      // the header policy the build prints for the web server (docs/security-headers.md) allows
      // every inline script a page allows, or a server sending it would stop the wizard
      for (const hash of (scripts ?? []).filter((v) => v.startsWith("'sha256-"))) {
        if (!serverPolicy.includes(hash)) problems.push(`${p.file}: ${hash} is not in the printed server policy`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every inline script a page runs is allowed by its policy (its SHA-256 is listed), and nothing else is', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const policy = p.tags.find((t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy')?.attrs
        .content;
      const listed = new Set([...(policy ?? '').matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]));
      const inline = [...p.html.matchAll(/<script(?![^>]*\s(?:src|type)=)[^>]*>([\s\S]*?)<\/script>/g)].map(
        (m) => `sha256-${createHash('sha256').update(m[1]!).digest('base64')}`,
      );
      for (const h of inline) if (!listed.has(h)) problems.push(`${p.file}: an inline script (${h}) its policy does not allow`);
      for (const h of listed) if (!inline.includes(h)) problems.push(`${p.file}: its policy allows ${h}, which it does not run`);
    }
    expect(problems).toEqual([]);
  });

  it('app pages say that scripts run in the head, before anything is painted (the search field shows from the first paint)', () => {
    const problems: string[] = [];
    for (const p of contentPages().filter((x) => x.file !== '404.html')) {
      const flag = p.html.indexOf('<script id="js-flag">');
      if (flag < 0 || flag > p.html.indexOf('</head>')) problems.push(`${p.file}: no js-flag script in the head`);
    }
    expect(problems).toEqual([]);
  });
});

describe("the answers on every step page are the routing table's", () => {
  it.each(languages.map((l) => [l.code]))('%s', (lang) => {
    const problems: string[] = [];
    for (const step of stepIds) {
      const file = pageFile(step, lang);
      const p = pages.find((x) => x.file === file);
      if (!p) {
        problems.push(`${file} missing`);
        continue;
      }
      const links = p.tags.filter((t) => t.name === 'a' && t.attrs['data-option'] !== undefined);
      const expected = optionsFor(step, school.rules);
      const got = links.map((t) => t.attrs['data-option']).sort();
      const want = expected.map((o) => o.id).sort();
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        problems.push(`${file}: options ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
        continue;
      }
      for (const o of expected) {
        const href = links.find((t) => t.attrs['data-option'] === o.id)!.attrs.href ?? '';
        const to = new URL(href, `http://x/${pagePath(step, lang)}`).pathname.slice(1);
        if (to !== pagePath(o.to, lang))
          problems.push(`${file}: "${o.id}" links to ${to || './'}, expected ${pagePath(o.to, lang) || './'}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
