// Where a tap's time goes: runs the tap walk of the benchmark under Chromium's sampling profiler
// and splits the main thread's time by source (react-dom, xstate, i18next, the app's folders…) and
// by what the browser does (style, layout, paint, GC). A tap's window is its Event Timing
// interaction, as the benchmark's headline measures it: the pointerdown's timeStamp → the
// presentation of the frame after the click.
//
//   node scripts/bench/tools/profile-taps.mjs [--taps=60] [--cpu=1] [--mode=idle|locator] [--site=<dir>]
//   (after `npm run bench` built bench-results/site, or point --site at another build)
//
// The site has no source maps, so the client is built once more in memory with source maps
// (the same code plus a sourceMappingURL comment) and positions are looked up there.
import { join, resolve } from 'node:path';
import { traceSegment } from '@jridgewell/trace-mapping';
import { launchBrowser } from '../../browser.mjs';
import { startStaticServer } from '../../../tests/e2e/static-server.mjs';
import { measureTaps, percentile } from '../taps.mjs';
import { buildWithSourceMaps, groupOf, traceMapOf } from './source-maps.mjs';

const root = resolve(import.meta.dirname, '../../..');
const text = (n, d) => process.argv.find((a) => a.startsWith(`--${n}=`))?.slice(n.length + 3) ?? d;
const arg = (n, d) => Number(text(n, d));
const siteDir = resolve(text('site', join(root, 'bench-results/site')));
const tapCount = arg('taps', 60);
const cpu = arg('cpu', 1);
const mode = text('mode', 'idle');

// ── source maps from an in-memory build ──
// site file name (e.g. index-XXXX.js) → its chunk's source map; matched by chunk name since only the hash differs
const maps = new Map();
for (const c of await buildWithSourceMaps(root, 'bench-results/profile'))
  maps.set(c.name, { map: traceMapOf(c), module: Object.keys(c.modules)[0] });
const chunkName = (url) =>
  url
    .split('/')
    .pop()
    .replace(/-[\w-]{8}\.js$/, '');
function sourceOf(url, line, col) {
  if (!url) return null;
  if (!url.includes('/assets/')) return url.startsWith('http') ? '(page)' : null;
  const m = maps.get(chunkName(url));
  if (!m) return `(${chunkName(url)})`;
  if (!m.map) return groupOf(m.module ?? chunkName(url));
  const seg = traceSegment(m.map, line, col);
  if (!seg || seg.length < 4) return '(unmapped)';
  return groupOf(m.map.sources[seg[1] ?? -1] ?? '(unmapped)');
}

// ── profile the taps: V8 sampling profile (JS by source) + the walk's own Chromium trace (style, layout, paint…) ──
const server = await startStaticServer({ root: siteDir, prefix: '/xuexin/' });
const browser = await launchBrowser();
/** @type {any} the V8 CPU profile (Profiler.stop), once the walk is done */
let profile;
let cdp;
const hooks = {
  // measureTaps has started its trace by now; the profiler runs on a session of its own
  async ready(page, context) {
    cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  },
  async done() {
    profile = (await cdp.send('Profiler.stop')).profile;
  },
};
const taps = await measureTaps(browser, server.url, {
  count: tapCount,
  cpuSlowdown: cpu,
  mode,
  hooks,
  traceCategories: ['blink.user_timing', 'v8.execute', 'blink', 'loading'],
  keepTrace: true,
});
await browser.close();
await server.close();

const events = taps.trace;
// tap windows: each matched tap's Event Timing interaction, in trace time (µs)
const matched = taps.taps.filter((x) => x.traceStart != null);
const windows = matched.map((x) => [x.traceStart, x.traceEnd]);
const inWindow = (ts) => windows.some(([a, b]) => ts >= a && ts <= b);
const windowUs = windows.reduce((a, [x, y]) => a + (y - x), 0);

// renderer main thread: where the EventTiming events are emitted
const et = events.find((e) => e.name === 'EventTiming');
const tid = et?.tid;
const pid = et?.pid;
const main = events
  .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
// self time per event name, clipped to the tap windows
const selfByName = new Map();
/** @typedef {{ name: string; ts: number; dur: number; children: TraceNode[] }} TraceNode */
/** @type {TraceNode[]} */
const stack = [];
const clip = (a, b) => windows.reduce((acc, [x, y]) => acc + Math.max(0, Math.min(b, y) - Math.max(a, x)), 0);
const flush = (node) => {
  let self = clip(node.ts, node.ts + node.dur);
  for (const c of node.children) self -= clip(c.ts, c.ts + c.dur);
  selfByName.set(node.name, (selfByName.get(node.name) ?? 0) + Math.max(0, self));
};
const flushTop = () => {
  const node = stack.pop();
  if (node) flush(node);
};
for (const e of main) {
  for (let top = stack.at(-1); top && top.ts + top.dur <= e.ts; top = stack.at(-1)) flushTop();
  /** @type {TraceNode} */
  const node = { name: e.name, ts: e.ts, dur: e.dur, children: [] };
  stack.at(-1)?.children.push(node);
  stack.push(node);
}
while (stack.length) flushTop();

// JS self time by source, samples inside tap windows only
if (!profile) throw new Error('no CPU profile: the profiler did not stop');
const cpuProfile = profile;
const byId = new Map(cpuProfile.nodes.map((n) => [n.id, n]));
const groups = new Map();
let t = cpuProfile.startTime;
cpuProfile.samples.forEach((id, i) => {
  t += cpuProfile.timeDeltas[i] ?? 0;
  if (!inWindow(t)) return;
  const dt = cpuProfile.timeDeltas[i + 1] ?? 0;
  const f = byId.get(id).callFrame;
  const g = f.url ? (sourceOf(f.url, f.lineNumber, f.columnNumber) ?? f.url) : `[${f.functionName || 'native'}]`;
  groups.set(g, (groups.get(g) ?? 0) + dt);
});

const n = windows.length;
const med = (k) =>
  percentile(
    matched.map((x) => x[k]),
    50,
  ).toFixed(1);
console.log(
  `${taps.taps.length} ${mode} taps at CPU ×${cpu}; ${n} matched to Event Timing, mean interaction ${(windowUs / n / 1000).toFixed(1)} ms; medians: interaction ${med('interaction')} ms (input delay ${med('inputDelay')}, processing ${med('processing')}, presentation delay ${med('presentationDelay')}), in page dom ${med('dom')} ms, paint ${med('paint')} ms.`,
);
console.log('\nMain thread per tap (self time, mean over taps), by trace event:');
for (const [name, us] of [...selfByName].sort((a, b) => b[1] - a[1]).slice(0, 22))
  console.log(`${(us / n / 1000).toFixed(2).padStart(8)} ms  ${name}`);
console.log('\nSampled stacks per tap (mean), by source:');
for (const [g, us] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 22))
  console.log(`${(us / n / 1000).toFixed(2).padStart(8)} ms  ${g}`);
