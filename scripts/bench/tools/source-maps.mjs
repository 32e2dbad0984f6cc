// The client built once more in memory, with source maps (the same code the site ships, plus a
// sourceMappingURL comment), for tools that attribute minified bytes or profiler samples to the
// package or source folder they come from. Source maps are read with @jridgewell/trace-mapping.
import { TraceMap } from '@jridgewell/trace-mapping';

/** The client's chunks from an in-memory build with source maps (nothing is written to outDir). */
export async function buildWithSourceMaps(root, outDir) {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const { build } = await import('vite');
  const result = await build({ root, logLevel: 'silent', build: { write: false, sourcemap: true, emptyOutDir: false, outDir } });
  return (Array.isArray(result) ? result : [result]).flatMap((o) => ('output' in o ? o.output : [])).filter((o) => o.type === 'chunk');
}

/** A chunk's source map, ready for lookups (null for a chunk without mappings). */
export function traceMapOf(chunk) {
  const map = typeof chunk.map === 'string' ? JSON.parse(chunk.map) : chunk.map;
  return map?.mappings ? new TraceMap(map) : null;
}

/** The group a source file counts in: a package, a folder of the app, a virtual module, the bundler. */
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
