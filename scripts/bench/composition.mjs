// What the start page's JS is made of: one more client build (the project's vite.config.ts, with
// source maps, written nowhere: write: false), then every byte of the minified start-page chunks
// is attributed through its source map to a package (node_modules/<name>), to the app's own
// source folders (src/<folder>), or to the virtual modules (school data, locales).
// gzip per group is estimated: each group's minified code gzipped on its own, scaled so the groups
// add up to the chunks' real gzip size (gzip shares context across groups, so it is approximate).
import { gzipBytes } from './assets.mjs';

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes one source-map "mappings" segment (base64 VLQ) into numbers. */
export function vlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64[ch];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** [{ line, from, to, source }] column ranges (UTF-16) of the generated code, each with its source index or -1. */
function ranges(code, map) {
  const lines = code.split('\n');
  const out = [];
  let source = 0;
  map.mappings.split(';').forEach((lineMap, line) => {
    let col = 0;
    const segs = [];
    for (const seg of lineMap.split(',')) {
      if (!seg) continue;
      const v = vlq(seg);
      col += v[0];
      if (v.length >= 4) {
        source += v[1];
        segs.push([col, source]);
      } else segs.push([col, -1]);
    }
    const len = lines[line]?.length ?? 0;
    if (!segs.length) {
      if (len) out.push({ line, from: 0, to: len, source: -1 });
      return;
    }
    if (segs[0][0] > 0) out.push({ line, from: 0, to: segs[0][0], source: -1 });
    segs.forEach(([from, src], i) => out.push({ line, from, to: i + 1 < segs.length ? segs[i + 1][0] : len, source: src }));
  });
  return { lines, ranges: out };
}

export function groupOf(source) {
  const s = source.replace(/\\/g, '/');
  const nm = s.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = s.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (s.includes('virtual:school')) return '(virtual:school — the school data)';
  const loc = s.match(/virtual:locale\/([\w-]+)/);
  if (loc) return `(locale ${loc[1]})`;
  if (s.includes('virtual:')) return `(${s.slice(s.indexOf('virtual:'))})`;
  const src = s.match(/(?:^|\/)src\/([^/]+)\//);
  if (src) return `src/${src[1]}/`;
  if (/(?:^|\/)src\/[^/]+$/.test(s)) return 'src/ (top level)';
  if (s.includes('rolldown/runtime') || s.includes('vite/')) return '(bundler runtime)';
  return s.split('/').slice(-2).join('/');
}

/**
 * Builds the client again in memory and splits the start page's JS (the entry chunk and its static
 * imports; with withLocale, also the language's locale chunk) by group. Returns { chunks, groups, total }.
 */
export async function startComposition({ root, lang = 'zh-CN', withLocale = false }) {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const { build } = await import('vite');
  const result = await build({ root, logLevel: 'silent', build: { write: false, sourcemap: true, emptyOutDir: false, outDir: 'bench-results/composition' } });
  const output = (Array.isArray(result) ? result : [result]).flatMap((o) => ('output' in o ? o.output : [])).filter((o) => o.type === 'chunk');
  const byName = new Map(output.map((c) => [c.fileName, c]));
  const entry = output.find((c) => c.isEntry);
  if (!entry) throw new Error('the client build has no entry chunk');
  const want = new Set();
  const add = (name) => {
    if (want.has(name) || !byName.has(name)) return;
    want.add(name);
    for (const i of byName.get(name)?.imports ?? []) add(i);
  };
  add(entry.fileName);
  // the start page carries its own words (#page-words): its locale chunk loads after it is
  // interactive, so it is counted only if asked for (withLocale), as for the counselor page
  if (withLocale) {
    const locale = output.find((c) => c.facadeModuleId === `\0virtual:locale/${lang}` || c.name === lang);
    if (locale) add(locale.fileName);
  }

  const groups = new Map();
  const chunks = [];
  for (const name of want) {
    const chunk = byName.get(name);
    if (!chunk) continue;
    const code = chunk.code.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
    const map = typeof chunk.map === 'string' ? JSON.parse(chunk.map) : chunk.map;
    const parts = new Map();
    const moduleIds = Object.keys(chunk.modules ?? {}).filter((id) => (chunk.modules[id]?.renderedLength ?? 0) > 0);
    const short = (id) => id.replace(/\0/g, '').replace(`${root}/`, '');
    if (map?.mappings) {
      // modules with no source map of their own (JSON, virtual modules, Vite's helpers) leave unmapped ranges
      const mapped = new Set(map.sources.map((s) => s.replace(/^(\.\.\/)+/, '')));
      const unmappedIds = moduleIds.filter((id) => ![...mapped].some((s) => id.endsWith(s)));
      const unmappedLabel = `(no source map: ${
        unmappedIds
          .sort((a, b) => chunk.modules[b].renderedLength - chunk.modules[a].renderedLength)
          .map((id) => `${short(id)} ${(chunk.modules[id].renderedLength / 1024).toFixed(1)}k`)
          .join(', ') || 'bundler glue'
      }; sizes before minifying)`;
      const { lines, ranges: rs } = ranges(code, map);
      for (const r of rs) {
        const g = r.source < 0 ? unmappedLabel : groupOf(map.sources[r.source] ?? '?');
        if (!parts.has(g)) parts.set(g, []);
        parts.get(g).push(lines[r.line].slice(r.from, r.to));
      }
    } else parts.set(moduleIds.length === 1 ? groupOf(moduleIds[0]) : `(no source map: ${moduleIds.map(short).join(', ')})`, [code]);
    const chunkGzip = gzipBytes(code);
    const standalone = [...parts].map(([g, p]) => {
      const text = p.join('');
      return { group: g, raw: Buffer.byteLength(text), alone: gzipBytes(text) };
    });
    const sumAlone = standalone.reduce((a, x) => a + x.alone, 0) || 1;
    for (const s of standalone) {
      const g = groups.get(s.group) ?? { group: s.group, raw: 0, gzip: 0, chunks: new Set() };
      g.raw += s.raw;
      g.gzip += (s.alone / sumAlone) * chunkGzip;
      g.chunks.add(name);
      groups.set(s.group, g);
    }
    chunks.push({ file: name, raw: Buffer.byteLength(code), gzip: chunkGzip });
  }
  const list = [...groups.values()].map((g) => ({ ...g, gzip: Math.round(g.gzip), chunks: [...g.chunks] })).sort((a, b) => b.gzip - a.gzip);
  return { chunks, groups: list, total: chunks.reduce((a, c) => a + c.gzip, 0) };
}
