// Start-up blocking that the machine's load does not move (issue 18): Lighthouse's simulated TBT
// scales the wall time of each observed task, so on a shared, busy machine it reports time spent
// waiting for a core. Here each main-thread task after the first contentful paint is taken at its
// thread (CPU) time from a Chromium trace (`tdur`), × 4 (Lighthouse's mobile CPU slowdown), and
// blocking time summed as Lighthouse does: Σ max(0, task − 50 ms). Service workers blocked; a zh-CN
// browser; until the page is ready (#root[data-ready]) and 1.5 s more.
export const CPU_SLOWDOWN = 4;

export async function startupTasks(browser, url, { runs = 3 } = {}) {
  const each = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,loading',
      transferMode: 'ReportEvents',
    });
    await page.goto(url);
    await page.waitForSelector('#root[data-ready]', { state: 'attached', timeout: 30_000 }).catch(() => {});
    await page.waitForTimeout(1500);
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    await context.close();
    const fcp = events.find((e) => e.name === 'firstContentfulPaint');
    const tasks = events.filter(
      (e) => e.name === 'RunTask' && fcp && e.tid === fcp.tid && e.pid === fcp.pid && e.tdur != null && e.ts >= fcp.ts,
    );
    const longest = tasks.reduce((a, t) => (!a || t.tdur > a.tdur ? t : a), null);
    const inLongest = longest
      ? [
          ...new Set(
            events
              .filter(
                (e) => e.tid === fcp.tid && e.ts >= longest.ts && e.ts <= longest.ts + longest.dur && e.tdur > 2000 && e.name !== 'RunTask',
              )
              .map((e) => e.name),
          ),
        ]
      : [];
    const sim = tasks.map((t) => (t.tdur / 1000) * CPU_SLOWDOWN);
    each.push({
      tbt: sim.reduce((a, d) => a + Math.max(0, d - 50), 0),
      longest: Math.max(0, ...sim),
      longestIs: inLongest.slice(0, 4).join(', '),
      tasksOver50: sim.filter((d) => d > 50).length,
    });
  }
  const sorted = [...each].sort((a, b) => a.tbt - b.tbt);
  return { median: sorted[(sorted.length - 1) >> 1], each };
}
