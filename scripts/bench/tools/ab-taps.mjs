// A/B of the tap measure: the benchmark's tap walk (idle taps, Event Timing) on two or more built
// sites, interleaved (A B, then B A, …) with the same seeds, so a change can be judged against the
// run-to-run noise of a shared machine. Prints per run and overall: the medians of the interaction
// and its phases, the in-page dom/paint/whole times, the share of taps ≤ 16 ms, the mean, a
// histogram (≤8, ≤16, ≤24, ≤32, ≤40, ≤48, more; ms) and the p95.
//
//   OUT_DIR=/tmp/a npm run build && (change something) && OUT_DIR=/tmp/b npm run build
//   node scripts/bench/tools/ab-taps.mjs /tmp/a /tmp/b [--rounds=2] [--taps=60]
import { loadavg } from 'node:os';
import { measureTaps, percentile } from '../taps.mjs';
import { launchBrowser } from '../../browser.mjs';
import { startStaticServer } from '../../../tests/e2e/static-server.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length < 2) throw new Error('usage: node scripts/bench/tools/ab-taps.mjs <siteA> <siteB> [...] [--rounds=2] [--taps=60]');
const rounds = opt('rounds', 2);
const count = opt('taps', 60);

const PHASES = ['interaction', 'inputDelay', 'processing', 'presentationDelay', 'dom', 'paint', 'whole'];
const BINS = [8, 16, 24, 32, 40, 48, Infinity];
const summary = (taps) => {
  const values = (k) => taps.map((t) => t[k]).filter(Number.isFinite);
  const ms = values('interaction');
  const medians = PHASES.map((k) => `${k} ${percentile(values(k), 50)?.toFixed(1)}`).join(' | ');
  const under = Math.round((100 * ms.filter((x) => x <= 16).length) / ms.length);
  const mean = (ms.reduce((a, x) => a + x, 0) / ms.length).toFixed(1);
  const hist = BINS.map((hi, i) => ms.filter((x) => x <= hi && x > (BINS[i - 1] ?? 0)).length).join('/');
  return `${medians} | ≤16 ms: ${under} % | mean ${mean} | hist ${hist} | p95 ${percentile(ms, 95)?.toFixed(1)}`;
};

const servers = await Promise.all(dirs.map((root) => startStaticServer({ root, prefix: '/xuexin/' })));
const browser = await launchBrowser();
/** @type {Array<Array<Record<string, unknown>>>} */
const all = dirs.map(() => []);
try {
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...dirs.keys()].reverse() : [...dirs.keys()];
    for (const i of order) {
      const result = await measureTaps(browser, servers[i].url, { count, seed: 20240901 + r });
      all[i].push(...result.taps);
      console.log(`round ${r} ${dirs[i]} (load ${loadavg()[0].toFixed(2)}, ${result.errors.length} errors): ${summary(result.taps)}`);
    }
  }
  for (const i of dirs.keys()) console.log(`ALL ${dirs[i]} (${all[i].length} taps): ${summary(all[i])}`);
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
