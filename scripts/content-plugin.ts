/**
 * Vite plugin: hands the step catalogue and the locale bundles to the app as virtual modules,
 * validating the chosen school's file and the catalogue first so a broken file stops the build
 * (and the dev server) with one message naming the file and the field. The school's facts are not
 * compiled into the scripts: prerendered pages carry them (#site, src/site/page-site.ts), and the
 * dev server adds them to its index.html.
 * `contentDir` (CONTENT_DIR) points the build at another content folder, e.g. a test's broken copy.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadSchoolFile } from '../src/school/load-node';
import { defaultContentDir, loadCatalogue } from '../src/catalogue/load-node';
import type { Catalogue } from '../src/catalogue/schema';
import { siteScript } from '../src/site/page-site';

const sourceLang = 'zh-CN';
/** Words for staff, not students: the school kit's (src/kit/) are not part of the site's locale. */
export const staffOnly = ['kit.json'];

/**
 * Where the school files are: <content>/schools, or SCHOOLS_DIR (e.g. the folder the kit's download
 * went to: `SCHOOLS_DIR=~/Downloads SCHOOL=abcu npm run build`).
 */
export const schoolsDir = (contentDir = defaultContentDir) =>
  process.env.SCHOOLS_DIR ? resolve(process.env.SCHOOLS_DIR) : join(contentDir, 'schools');

/** The school's facts, validated: a broken file stops the build with a message naming the field. */
export const readSchool = (id: string, contentDir = defaultContentDir) => loadSchoolFile(id, schoolsDir(contentDir));

/**
 * The catalogue, split by where the app needs it: what decides a page's parts and helpers (small,
 * with the page's main script), and the methods, sources, notices and fact cards (only in the
 * fix chunk, like the rest of the fix parts).
 */
function catalogueModules(catalogue: Catalogue): { pages: string; fixes: string } {
  const entries = Object.entries(catalogue.steps);
  const pick = (key: 'helpers' | 'drawings') => Object.fromEntries(entries.flatMap(([id, e]) => (e[key]?.length ? [[id, e[key]]] : [])));
  const fixes = Object.fromEntries(entries.map(([id, e]) => [id, { sources: e.sources, methods: e.methods }]));
  const out = (v: unknown) => JSON.stringify(v);
  // a drawing condition's `note` is for editors: it stays out of the bundle
  const drawings = JSON.stringify(pick('drawings'), (k, x: unknown) => (k === 'note' ? undefined : x));
  return {
    pages: `export const helpers = ${out(pick('helpers'))};\nexport const drawings = ${drawings};\n`,
    fixes: `export const fixes = ${out(fixes)};\nexport const cards = ${out(catalogue.cards)};\nexport const notices = ${out(catalogue.notices)};\n`,
  };
}

/**
 * The schools whose notice is one of the sources (`source` set), keyed by that notice: a build
 * cites their facts, attributed, where its own school's notice is silent (src/school/attribution.ts).
 */
export function readNoticeSchools(contentDir = defaultContentDir): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of readdirSync(join(contentDir, 'schools')).filter((f) => f.endsWith('.json'))) {
    // always the shipped files (not SCHOOLS_DIR): what other builds cite is the same for every school
    const s = loadSchoolFile(f.slice(0, -5), join(contentDir, 'schools')) as { source: string | null };
    if (s.source && !out[s.source]) out[s.source] = s;
  }
  return out;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** zh-CN underneath, the translation on top: a key a translation lacks shows zh-CN, never a raw key. */
export function mergeLocale(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isObject(v) && isObject(base[k]) ? mergeLocale(base[k] as Json, v) : v;
  return out;
}

/**
 * `common.attrib.by_<notice>`: how a sentence from that notice is introduced, for `{{by_<notice>}}`
 * in the words (src/school/attribution.ts): `attrib.other` with the school and year from
 * notices.json (`attrib.otherInferred` where the school is only read from the notice's address).
 * The same for every school, so the scripts are too: in the build of the school whose notice it
 * is, the page reads `attrib.own` instead (src/school/attribution-vars.ts).
 * Done here, so the start page carries the phrases as words, not notices.json as code.
 */
export function addAttribution(locale: Json, contentDir = defaultContentDir): Json {
  const common = locale.common as Json | undefined;
  const attrib = common?.attrib as Record<string, string> | undefined;
  if (!attrib) return locale;
  const notices = JSON.parse(readFileSync(join(contentDir, 'notices.json'), 'utf8')) as Record<
    string,
    { school: string; date: string; inferred?: boolean }
  >;
  for (const [id, n] of Object.entries(notices)) {
    const other = (n.inferred && attrib.otherInferred) || attrib.other!;
    attrib[`by_${id}`] = other.replace('{{school}}', n.school).replace('{{year}}', n.date.slice(0, 4));
  }
  return locale;
}

/** A language's words (zh-CN underneath), with the attribution phrases. */
export function readLocale(lng: string, contentDir = defaultContentDir): Json {
  return addAttribution(readLocaleFiles(lng, contentDir), contentDir);
}

function readLocaleFiles(lng: string, contentDir: string): Json {
  const read = (l: string) => {
    const dir = join(contentDir, 'locales', l);
    if (!existsSync(dir)) return {};
    return Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json') && !staffOnly.includes(f))
        .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(join(dir, f), 'utf8'))]),
    );
  };
  return lng === sourceLang ? read(sourceLang) : mergeLocale(read(sourceLang), read(lng));
}

export function contentPlugin(opts: { school: string; siteUrl: string; langs: readonly string[]; contentDir?: string }): Plugin {
  const contentDir = opts.contentDir ? resolve(opts.contentDir) : defaultContentDir;
  const ids = {
    locales: 'virtual:locales',
    pages: 'virtual:catalogue/pages',
    fixes: 'virtual:catalogue/fixes',
    noticeSchools: 'virtual:notice-schools',
  };
  const localePrefix = 'virtual:locale/';
  const virtual = new Set(Object.values(ids));
  return {
    name: 'xueji-content',
    buildStart() {
      readSchool(opts.school, contentDir);
      loadCatalogue(contentDir);
      this.addWatchFile(join(schoolsDir(contentDir), `${opts.school}.json`));
      readNoticeSchools(contentDir);
    },
    resolveId(id) {
      if (virtual.has(id) || id.startsWith(localePrefix)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (!id.startsWith('\0virtual:')) return null;
      const name = id.slice(1);
      if (name === ids.noticeSchools) return `export default ${JSON.stringify(readNoticeSchools(contentDir))};`;
      if (name === ids.pages) return catalogueModules(loadCatalogue(contentDir)).pages;
      if (name === ids.fixes) return catalogueModules(loadCatalogue(contentDir)).fixes;
      if (name === ids.locales) {
        const cases = opts.langs.map(
          (l) => `    case ${JSON.stringify(l)}: return import(${JSON.stringify(localePrefix + l)}).then((m) => m.default);`,
        );
        return `export function loadLocale(lng) {\n  switch (lng) {\n${cases.join('\n')}\n    default: return import(${JSON.stringify(localePrefix + sourceLang)}).then((m) => m.default);\n  }\n}\n`;
      }
      if (name.startsWith(localePrefix)) {
        const lng = name.slice(localePrefix.length);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(readLocale(lng, contentDir)))});`;
      }
      return null;
    },
    // the dev server renders nothing ahead: its page gets the school the way built pages carry it
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (!ctx.server) return html;
        const site = siteScript({
          school: readSchool(opts.school, contentDir),
          siteUrl: opts.siteUrl.replace(/\/+$/, ''),
          builtOn: process.env.BUILD_DATE || new Date().toISOString().slice(0, 10),
        });
        return html.replace('<div id="root"><!--app--></div>', `<div id="root"><!--app--></div>\n    ${site}`);
      },
    },
    handleHotUpdate(ctx) {
      if (ctx.file.startsWith(contentDir)) {
        // the virtual modules are made from the content: forget them, so the reload re-reads (and re-validates) it
        for (const mod of ctx.server.moduleGraph.idToModuleMap.values())
          if (mod.id?.startsWith('\0virtual:')) ctx.server.moduleGraph.invalidateModule(mod);
        ctx.server.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
  };
}
