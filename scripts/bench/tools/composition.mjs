// What the start page's JS is made of: one more client build (the project's vite.config.ts, with
// source maps, written nowhere: write: false), then every byte of the minified start-page chunks
// is attributed through its source map to a package (node_modules/<name>), to the app's own
// source folders (src/<folder>), or to the virtual modules (school data, locales).
// gzip per group is estimated: each group's minified code gzipped on its own, scaled so the groups
// add up to the chunks' real gzip size (gzip shares context across groups, so it is approximate).
import { decodedMappings } from '@jridgewell/trace-mapping';
import { gzipBytes } from '../assets.mjs';
import { buildWithSourceMaps, groupOf, traceMapOf } from './source-maps.mjs';

/** [{ line, from, to, source }] column ranges (UTF-16) of the generated code, each with its source index or -1. */
function ranges(code, map) {
  const lines = code.split('\n');
  const out = [];
  decodedMappings(map).forEach((segments, line) => {
    const len = lines[line]?.length ?? 0;
    if (!segments.length) {
      if (len) out.push({ line, from: 0, to: len, source: -1 });
      return;
    }
    if (segments[0][0] > 0) out.push({ line, from: 0, to: segments[0][0], source: -1 });
    segments.forEach((seg, i) =>
      out.push({ line, from: seg[0], to: i + 1 < segments.length ? segments[i + 1][0] : len, source: seg.length >= 4 ? seg[1] : -1 }),
    );
  });
  return { lines, ranges: out };
}

/**
 * Builds the client again in memory and splits the start page's JS (the entry chunk and its static
 * imports; with withLocale, also the language's locale chunk) by group. Returns { chunks, groups, total }.
 */
export async function startComposition({ root, lang = 'zh-CN', withLocale = false }) {
  const output = await buildWithSourceMaps(root, 'bench-results/composition');
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
    const map = traceMapOf(chunk);
    const parts = new Map();
    const moduleIds = Object.keys(chunk.modules ?? {}).filter((id) => (chunk.modules[id]?.renderedLength ?? 0) > 0);
    const short = (id) => id.replace(/\0/g, '').replace(`${root}/`, '');
    if (map) {
      // modules with no source map of their own (JSON, virtual modules, Vite's helpers) leave unmapped ranges
      const mapped = new Set(map.sources.map((s) => (s ?? '').replace(/^(\.\.\/)+/, '')));
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
