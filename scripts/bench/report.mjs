// Renders the benchmark's result object (see scripts/bench.mjs) as Markdown.

export const TARGETS = {
  ratio: 1.5,
  htmlGzip: 14336,
  lighthouse: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 },
  tapMedianMs: 16,
  firstVisitBytes: 300 * 1024,
  tbtMs: 50,
  tapP95Ms: 50,
};

const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
const bytes = (b) => (b == null ? '—' : `${kib(b)} (${b.toLocaleString('en-US')} B)`);
const ms = (x) => (x == null ? '—' : `${x.toFixed(1)} ms`);
const mark = (ok) => (ok ? '✅' : '❌');
const sec = (x) => (x == null ? '—' : `${(x / 1000).toFixed(2)} s`);
const LH_SHORT = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'bp', seo: 'SEO' };

export function renderReport(r) {
  const L = [];
  const row = (...cells) => L.push(`| ${cells.join(' | ')} |`);
  const { bytes: b, html, noJs, lighthouse, taps } = r;
  // the headline tap run: app, CPU as is, idle taps (runs from before tap modes have no mode:
  // they tapped with Playwright's click, i.e. like locator mode, and have no Event Timing)
  const modeOf = (t) => t.mode ?? 'locator';
  const isHeadline = (t) => t.cpuSlowdown === 1 && modeOf(t) === 'idle';
  const tap = taps.find((t) => isHeadline(t) && !t.floor);
  const floorTap = taps.find((t) => isHeadline(t) && t.floor);
  const ratioOk = b.ratio <= TARGETS.ratio;

  L.push('# 学籍自查助手 — performance benchmark', '');
  L.push(`- Date: ${r.date}`);
  L.push(
    `- Machine: ${r.machine.os}; ${r.machine.cpus} × ${r.machine.cpuModel}; ${(r.machine.memoryBytes / 2 ** 30).toFixed(1)} GiB memory`,
  );
  if (r.machine.loadavg)
    L.push(
      `- Load average (1 min) at start ${r.machine.loadavg.start.toFixed(2)}, at end ${r.machine.loadavg.end.toFixed(2)} on ${r.machine.cpus} CPUs${Math.max(r.machine.loadavg.start, r.machine.loadavg.end) > r.machine.cpus ? ' — **the machine was busy with other work: timings (TBT, taps) are noisier and slower than on an idle machine**' : ''}`,
    );
  L.push(
    `- Node ${r.versions.node}, Chromium ${r.versions.chromium}, Lighthouse ${r.versions.lighthouse ?? '(not run)'}, Vite ${r.versions.vite}, React ${r.versions.react}`,
  );
  L.push(
    `- Site: \`SCHOOL=generic\` build in ${r.options.site ?? 'bench-results/site'}, served by tests/e2e/static-server.mjs under \`${r.options.prefix}\` on 127.0.0.1${r.options.quick ? ' — **quick mode: fewer runs, not for comparison**' : ''}`,
  );
  L.push('');

  L.push('## Summary', '');
  row('Metric', 'Value', 'Target', '');
  row('---', '---', '---', '---');
  row(
    'Start page JS before interactive (gzip)',
    bytes(b.start.jsGzip),
    `≤ 1.5 × floor = ${kib(b.floor.jsGzip * TARGETS.ratio)}`,
    mark(ratioOk),
  );
  row('Floor: bare Vite + React 19 page JS (gzip)', bytes(b.floor.jsGzip), '—', '');
  row('Start page JS / floor JS', `${b.ratio.toFixed(2)}×`, `≤ ${TARGETS.ratio}×`, mark(ratioOk));
  if (r.budget?.startPageJsGzipBytes)
    row(
      'Start page JS vs budget.json (asserted by tests/unit/budget.test.ts)',
      `${b.start.jsGzip.toLocaleString('en-US')} of ${r.budget.startPageJsGzipBytes.toLocaleString('en-US')} B`,
      '≤ budget',
      mark(b.start.jsGzip <= r.budget.startPageJsGzipBytes),
    );
  const fv = r.firstVisit;
  if (fv?.start) {
    const total = (f) => `${bytes(f.total)}: foreground ${kib(f.foreground.bytes)}, background ${kib(f.background.bytes)}`;
    const tapJs = Math.max(fv.wechatTap.js.foreground, fv.browserTap.js.foreground);
    row(
      'First visit, start page: bytes downloaded in all, page and service worker, 30 s (gzip on the wire)',
      total(fv.start),
      `≤ ${kib(TARGETS.firstVisitBytes)}`,
      mark(fv.start.total <= TARGETS.firstVisitBytes),
    );
    row(
      'First visit, deep step (duplicate-id, from a link)',
      total(fv.deep),
      `≤ ${kib(TARGETS.firstVisitBytes)}`,
      mark(fv.deep.total <= TARGETS.firstVisitBytes),
    );
    row(
      'First visit, start page + first tap in WeChat (a page load)',
      total(fv.wechatTap),
      `≤ ${kib(TARGETS.firstVisitBytes)}`,
      mark(fv.wechatTap.total <= TARGETS.firstVisitBytes),
    );
    row(
      'JS downloaded for the start page + its first tap (foreground, max of WeChat and plain browser)',
      `${bytes(tapJs)} = ${fv.tapRatio.toFixed(2)} × the floor's ${kib(fv.floor.js.all)} (same server, same run)`,
      `≤ ${TARGETS.ratio} ×`,
      mark(fv.tapRatio <= TARGETS.ratio),
    );
    if (r.budget?.firstVisitGzipBytes)
      row(
        'First visit, counted from the files (asserted by tests/unit/budget.test.ts)',
        r.firstVisitCounted ? bytes(r.firstVisitCounted) : '—',
        `≤ ${bytes(r.budget.firstVisitGzipBytes)}`,
        r.firstVisitCounted ? mark(r.firstVisitCounted <= r.budget.firstVisitGzipBytes) : '',
      );
  }
  row('Start page CSS before interactive (gzip)', bytes(b.start.cssGzip), '—', '');
  row('Step pages: max JS before interactive (gzip)', `${bytes(b.maxStepJs.jsGzip)} — ${b.maxStepJs.page}`, '—', '');
  row('Step pages: max CSS before interactive (gzip)', `${bytes(b.maxStepCss.cssGzip)} — ${b.maxStepCss.page}`, '—', '');
  row(
    `HTML gzip, max of ${html.pages} pages`,
    `${bytes(html.maxGzip)} — ${html.maxPage}`,
    `≤ ${kib(TARGETS.htmlGzip)} each`,
    mark(html.maxGzip <= TARGETS.htmlGzip),
  );
  row('HTML gzip, median', bytes(html.medianGzip), `≤ ${kib(TARGETS.htmlGzip)}`, mark(html.medianGzip <= TARGETS.htmlGzip));
  row(
    'HTML pages over 14 KiB gzip',
    html.over.length ? html.over.map((p) => `${p.file} (${kib(p.gzip)})`).join(', ') : 'none',
    'none',
    mark(!html.over.length),
  );
  row(
    'Content shows with JavaScript off (h1 visible, non-empty)',
    `${noJs.checked - noJs.failed.length} / ${noJs.checked} zh-CN pages`,
    'all',
    mark(!noJs.failed.length),
  );
  for (const p of lighthouse.plain) {
    const s = p.scores;
    const ok = Object.entries(TARGETS.lighthouse).every(([c, min]) => s[c] != null && s[c] >= min) && !p.redirected;
    row(
      `Lighthouse mobile ${p.path}: perf / a11y / bp / SEO (median of ${p.runs})`,
      `${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}${p.redirected ? ' (REDIRECTED)' : ''}`,
      '≥ 99 / 100 / 100 / 100',
      mark(ok),
    );
  }
  if (lighthouse.plain.length) {
    const tbts = lighthouse.plain.map((p) => p.metrics.tbt);
    const tbtOk = tbts.every((x) => x != null && x <= TARGETS.tbtMs);
    row(
      `Lighthouse total blocking time, zh-CN browser, median of ${lighthouse.plain[0].runs} per page (${lighthouse.plain.map((p) => p.path).join(', ')})`,
      tbts.map((x) => (x == null ? '—' : `${Math.round(x)} ms`)).join(' / '),
      `≤ ${TARGETS.tbtMs} ms each`,
      mark(tbtOk),
    );
    row(
      'Lighthouse longest start-up task (median per page)',
      lighthouse.plain.map((p) => (p.metrics.longestTask == null ? '—' : `${Math.round(p.metrics.longestTask)} ms`)).join(' / '),
      '—',
      '',
    );
  }
  if (r.startup?.length) {
    row(
      'Start-up blocking time at CPU time × 4 (load-independent estimate of TBT, median of 3; start, 3 deep steps)',
      r.startup.map((p) => `${Math.round(p.median.tbt)} ms`).join(' / '),
      `≤ ${TARGETS.tbtMs} ms each`,
      mark(r.startup.every((p) => p.median.tbt <= TARGETS.tbtMs)),
    );
    row(
      'Longest start-up task at CPU time × 4',
      r.startup.map((p) => `${Math.round(p.median.longest)} ms`).join(' / ') + ` (${r.startup[0].median.longestIs})`,
      '—',
      '',
    );
  }
  if (tap?.interaction) {
    // a headline needs ≥ 100 matched taps, every one of them with the new heading in the measured frame
    const valid = tap.interaction.n >= 100 && tap.headingShown === tap.n && !tap.traceDataLoss;
    const why = valid
      ? ''
      : ` — **not a valid headline: ${tap.interaction.n < 100 ? `only ${tap.interaction.n} matched taps (need ≥ 100)` : tap.headingShown !== tap.n ? `the new heading was not in the measured frame for ${tap.n - tap.headingShown} taps` : 'trace data was lost'}**`;
    row(
      `Tap → frame with the next step's heading presented (Chromium Event Timing, INP definition), median (n = ${tap.interaction.n})`,
      `${ms(tap.interaction.median)}${why}`,
      `≤ ${TARGETS.tapMedianMs} ms`,
      mark(valid && tap.interaction.median <= TARGETS.tapMedianMs),
    );
    row(
      "Tap → frame with the next step's heading presented, p95",
      ms(tap.interaction.p95),
      `≤ ${TARGETS.tapP95Ms} ms`,
      mark(valid && tap.interaction.p95 <= TARGETS.tapP95Ms),
    );
    // after a tap the rest of the step follows a frame later (docs/decisions/006-what-a-tap-does.md)
    if (tap.whole)
      row(
        'Tap → frame with the whole step painted (in page, click → main-thread paint; informational)',
        `${ms(tap.whole.median)} / ${ms(tap.whole.p95)} (median / p95)`,
        '—',
        '',
      );
    if (floorTap?.interaction)
      row(
        'Floor page (bare React 19, button changes the h1), same measure: median / p95',
        `${ms(floorTap.interaction.median)} / ${ms(floorTap.interaction.p95)}`,
        '—',
        '',
      );
  }
  row(
    'Build time (scripts/build.mjs, wall clock)',
    r.build.wallMs == null
      ? '— (not built in this run)'
      : `${sec(r.build.wallMs)}${r.build.reportedMs ? ` (build.mjs reports ${sec(r.build.reportedMs)})` : ''}`,
    '—',
    '',
  );
  row(
    'Built site',
    `${(r.site.bytes / 2 ** 20).toFixed(2)} MiB (${r.site.bytes.toLocaleString('en-US')} B), ${r.site.files} files`,
    '—',
    '',
  );
  L.push('');

  L.push('## JS and CSS before interactive', '');
  L.push(
    'Counted per page: the module script and modulepreloads its boot script adds after the first paint (`data-src`, `data-preload`: the main chunk, the shared chunk and the chunks of the parts the page shows), any `<script type="module" src>`, `<link rel="modulepreload">` and `<link rel="stylesheet">` in the HTML, and the static imports of those chunks (recursively). Step pages carry their own words (`#page-words`) and hydrate without the locale chunk; on pages that do not (the counselor page and the map) main.tsx awaits `loadLocale(lang)` — a dynamic `import()` of `assets/<lang>-<hash>.js` — before hydrating, so it is counted there. Not counted: what loads right after hydration (XState and the machine, the rest of the words, the other parts) and the helpers\' chunks (QR code, ID checker, name checker with OpenCC, and their CSS). Sizes are gzip level 9 (node:zlib). See docs/decisions/005-what-a-page-loads.md.',
    '',
  );
  row('Start page (zh-CN) file', 'why', 'raw', 'gzip');
  row('---', '---', '---', '---');
  for (const f of b.start.files) row(f.file, f.why, f.raw.toLocaleString('en-US'), f.gzip.toLocaleString('en-US'));
  L.push('');
  L.push(`Loaded later, only when needed (dynamic \`import()\`): ${b.start.lazy.map((f) => `\`${f}\``).join(', ') || 'none'}.`);
  const libs = Object.entries(b.lazyLibraries).map(
    ([lib, files]) =>
      `${lib} in ${files.length ? files.map((f) => `\`${f}\``).join(', ') : '(not found)'}${b.startLibraries[lib].length ? ' — **on the start page**' : ' — not on the start page'}`,
  );
  L.push(`Lazy libraries: ${libs.join('; ')}.`, '');
  if (b.composition) {
    const c = b.composition;
    L.push(
      `What the start page's JS is made of — from a second, in-memory build of the same sources with source maps (its chunks total ${kib(c.total)} gzip). Minified bytes are exact per source; gzip per group is estimated (each group gzipped alone, scaled to the chunk's real gzip size):`,
      '',
    );
    row('Source', 'minified bytes', '≈ gzip', 'share', 'chunk');
    row('---', '---', '---', '---', '---');
    for (const g of c.groups.filter((x) => x.gzip >= 200))
      row(
        g.group,
        g.raw.toLocaleString('en-US'),
        kib(g.gzip),
        `${((100 * g.gzip) / c.total).toFixed(1)}%`,
        g.chunks.map((f) => f.replace(/^assets\//, '')).join(', '),
      );
    const small = c.groups.filter((x) => x.gzip < 200);
    if (small.length)
      row(
        `${small.length} smaller groups`,
        small.reduce((a, x) => a + x.raw, 0).toLocaleString('en-US'),
        kib(small.reduce((a, x) => a + x.gzip, 0)),
        '',
        '',
      );
    L.push('');
  }
  row('Floor file', 'why', 'raw', 'gzip');
  row('---', '---', '---', '---');
  for (const f of b.floor.files) row(f.file, f.why, f.raw.toLocaleString('en-US'), f.gzip.toLocaleString('en-US'));
  L.push('');
  row('Language', 'locale chunk', 'start JS', 'step JS (min – max)', 'start CSS', 'step CSS max', 'step pages');
  row('---', '---', '---', '---', '---', '---', '---');
  for (const l of b.byLang)
    row(
      l.lang,
      l.locale ? `\`${l.locale}\`` : '—',
      kib(l.startJs),
      `${kib(l.stepJsMin)} – ${kib(l.stepJsMax)}`,
      kib(l.startCss),
      kib(l.stepCssMax),
      l.steps,
    );
  L.push('');

  L.push('## HTML', '');
  L.push(
    `${html.pages} HTML files (${Object.entries(html.byKind)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}); gzip level 9. Largest:`,
    '',
  );
  row('Page', 'raw', 'gzip');
  row('---', '---', '---');
  for (const p of html.largest) row(p.file, p.raw.toLocaleString('en-US'), `${p.gzip.toLocaleString('en-US')} (${kib(p.gzip)})`);
  L.push('');
  if (noJs.failed.length) {
    L.push('Pages whose h1 does not show with JavaScript off:', '');
    for (const f of noJs.failed) L.push(`- ${f.path || '(start)'}: status ${f.status}, visible ${f.visible}, text "${f.text}"`);
    L.push('');
  }

  if (lighthouse.plain.length) {
    L.push('## Lighthouse (mobile: default emulation and simulated throttling)', '');
    L.push(
      `Each number is the median of ${lighthouse.plain[0].runs} runs, each run in a fresh Chromium started with \`--headless=new --lang=zh-CN --accept-lang=zh-CN\` (so the zh-CN pages are not sent to English). FCP/LCP/TBT are Lighthouse's simulated (Lantern) values.`,
      '',
    );
    const lhTable = (list, title) => {
      L.push(`**${title}**`, '');
      row('Page', 'perf', 'a11y', 'bp', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'SI');
      row('---', '---', '---', '---', '---', '---', '---', '---', '---', '---');
      for (const p of list) {
        const m = p.metrics;
        row(
          p.path,
          p.scores.performance,
          p.scores.accessibility,
          p.scores['best-practices'],
          p.scores.seo,
          sec(m.fcp),
          sec(m.lcp),
          `${Math.round(m.tbt)} ms`,
          m.cls?.toFixed(3),
          sec(m.si),
        );
      }
      L.push('');
      const lost = [];
      for (const p of list)
        for (const [c, audits] of Object.entries(p.lost))
          for (const a of audits)
            lost.push(
              `${p.path} ${LH_SHORT[c]}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''} — score ${a.score}, weight ${a.weight}; below full marks in ${a.runs}/${p.runs} runs${a.inMedianRun ? '' : ' (not in the median run; value from another run)'}`,
            );
      if (lost.length) {
        L.push('Audits below full marks (values from the run with the median performance score):', '');
        for (const x of lost) L.push(`- ${x}`);
        L.push('');
      }
    };
    lhTable(lighthouse.plain, "Served by the project's static server as it is (no compression)");
    if (lighthouse.gzip.length)
      lhTable(lighthouse.gzip, 'Informational: the same server behind a gzip front (as nginx/Apache with gzip on would send it)');
    const robots = lighthouse.plain[0]?.robotsTxt;
    if (robots)
      L.push(
        `robots.txt: the static server answers \`/robots.txt\` with 404.html and status 404; Lighthouse treats a 4xx robots.txt as "${robots.mode}"${robots.score == null ? ', so it costs no SEO points' : ` (score ${robots.score})`}. No robots.txt was faked.`,
        '',
      );
  }

  if (taps.length) {
    L.push('## Tap → next step', '');
    const m = r.tapMethod;
    if (!tap?.interaction) L.push('**This report.json predates the Event Timing measure: only the in-page numbers below exist.**', '');
    L.push(
      `**Headline — what is measured.** For every tap, Chromium's own Event Timing data for that interaction: the definition of input-to-next-paint that INP uses. An event's duration runs from its \`timeStamp\` (when the browser received the input) to the presentation time of the first frame Chromium presents after the event's handlers have run; an interaction's duration is the longest of its events (pointerdown, pointerup and click share one interactionId). The numbers are read unrounded (µs) from the \`EventTiming\` trace events of a CDP trace (\`Tracing.start\`, categories ${(m?.traceCategories ?? ['devtools.timeline', 'disabled-by-default-devtools.timeline']).map((c) => `\`${c}\``).join(', ')}) recorded throughout the taps; the web API would round them to 8 ms. A tap is matched to its trace events by the click's \`event.timeStamp\`, which an in-page capture-phase click listener notes.`,
      '',
      "**Is it the frame that shows the new heading?** Event Timing stops at the *next* frame, whatever it shows. For every tap the bench checks that the new step's h1 was in the DOM before the click's handlers ended and that Chromium's presentation time is not earlier than the in-page `requestAnimationFrame` of the frame that renders the new h1 (column \"heading in frame\"). A tap that fails it does not count towards a valid headline.",
      '',
      `**Input.** Real input only: CDP \`Input.dispatchMouseEvent\` (move, press, release — what Playwright's click sends), through Chromium's browser-side input pipeline. **idle taps** (the headline): the option is scrolled into view and measured, the page is then left alone for ${m?.idleMs ?? 100} ms plus a random 0–16.7 ms, and \`page.mouse.click()\` taps its centre — so each tap reaches an idle page at a random point of the 60 Hz frame clock, as a person's tap does; on an idle page Chromium begins a frame for the input at once (a "MISSED" BeginFrame, while the current interval's deadline has not passed). **locator.click taps** (informational): Playwright's \`locator.click()\`, whose actionability checks wait on \`requestAnimationFrame\` right before the press, so every tap lands just after a frame began, while frames are still running, and waits most of a frame interval for the next regular one — a near-worst-case phase. Press and release are sent back to back (a finger stays down for tens of milliseconds or more), so pointerdown, pointerup and click are presented in the same frame and the interaction's duration is the pointerdown's: the click's own duration plus the press → click gap (column "press → click", under a millisecond).`,
      '',
      'Chromium headless (`--disable-gpu`: software raster and compositing, a 60 Hz frame clock with no real display behind it) at 360×740, service workers blocked; client-side transitions by tapping `a.option` links: walks of 1–3 taps from the start page with seeded random options, back to the start alternately by `history.go(-n)` and by the restart link (neither measured). The floor rows run the same measures on the bare React page (bench/floor), whose button changes its h1: what each measure reads when a transition costs next to nothing here.',
      '',
    );
    const runName = (t) =>
      `${t.floor ? '**floor**' : '**app**'}, ${modeOf(t) === 'idle' ? 'idle taps' : 'locator.click taps (informational)'}, ${t.cpuSlowdown === 1 ? 'CPU as is' : `CPU ${t.cpuSlowdown}× slower (informational)`}`;
    const mp = (s) => (s ? `${ms(s.median)} / ${ms(s.p95)}` : '—');
    const order = [...taps].sort(
      (a, b) => modeOf(a).localeCompare(modeOf(b)) || a.cpuSlowdown - b.cpuSlowdown || Number(a.floor) - Number(b.floor),
    );
    L.push(
      "**Chromium Event Timing (headline: app, idle taps, CPU as is).** Interaction = the tap's INP value; the click's duration split into the INP phases: input delay (timeStamp → handlers start), processing (handlers), presentation delay (handlers end → frame presented). Medians / p95.",
      '',
    );
    row(
      'Run',
      'n matched',
      'heading in frame',
      '**interaction** median / p95 / max',
      'click alone',
      'press → click',
      'input delay',
      'processing',
      'presentation delay',
    );
    row('---', '---', '---', '---', '---', '---', '---', '---', '---');
    for (const t of order) {
      row(
        runName(t),
        t.interaction ? `${t.interaction.n} / ${t.n}${t.traceDataLoss ? ' (trace data lost)' : ''}` : '—',
        t.interaction ? `${t.headingShown} / ${t.n}` : '—',
        t.interaction ? `**${ms(t.interaction.median)} / ${ms(t.interaction.p95)}** / ${ms(t.interaction.max)}` : '—',
        mp(t.click),
        mp(t.pressToClick),
        mp(t.inputDelay),
        mp(t.processing),
        mp(t.presentationDelay),
      );
    }
    L.push('');
    L.push(
      "**In-page cross-checks (the same taps),** timed with `performance.now()` from the capture-phase click listener, i.e. without the input delay before it: **dom** — the new non-empty step h1 is in the DOM (MutationObserver); **paint** — `requestAnimationFrame` after the change, then a posted message (runs after that frame's main-thread paint, before raster and presentation; it can also wait behind other tasks such as React's passive effects); **whole step** — the same as paint, for the frame that shows the *whole* step: after a tap the app paints the heading and the opening of the step first and the rest of it in the next frame (`article[data-partial]` until then; see docs/decisions/006-what-a-tap-does.md), so this is how long the rest takes to appear; **2×rAF** — `requestAnimationFrame` twice, *informational only*: by construction it is the callback of the frame *after* the one that paints the change, so it adds up to a whole frame interval (16.7 ms) after that paint. \"presented after heading frame's rAF\" is Chromium's presentation time minus that frame's rAF: the frame's rendering, raster and draw. These numbers come from the same, traced, runs (when this measure was introduced, interleaved traced and untraced runs of the app differed by less than their run-to-run noise). The load column is the 1-minute load average before → after each pass, on " +
        r.machine.cpus +
        ' CPUs.',
      '',
    );
    row(
      'Run',
      'steps reached',
      'dom median / p95',
      'paint median / p95',
      'whole step painted median / p95',
      '2×rAF median / p95 (informational)',
      "presented after heading frame's rAF",
      'missed',
      'full loads',
      'load',
    );
    row('---', '---', '---', '---', '---', '---', '---', '---', '---', '---');
    for (const t of order)
      row(
        runName(t),
        t.floor ? '—' : t.destinations,
        mp(t.dom),
        mp(t.paint),
        mp(t.whole),
        mp(t.raf2),
        mp(t.afterHeadingFrame),
        t.missed,
        t.fullLoads,
        t.load ? t.load.map((x) => x.toFixed(1)).join(' → ') : '—',
      );
    L.push('');
    if (tap?.interaction && floorTap?.interaction) {
      const d = (k) => (tap[k] && floorTap[k] ? `${(tap[k].median - floorTap[k].median).toFixed(1)} ms` : '—');
      L.push(
        `App minus floor (idle taps, CPU as is, medians): interaction ${d('interaction')} (processing ${d('processing')}, presentation delay ${d('presentationDelay')}); in page: dom ${d('dom')}, paint ${d('paint')}, whole step ${d('whole')}, 2×rAF ${d('raf2')}.`,
        '',
      );
    }
    L.push(
      "Where the time goes in the app: `node scripts/bench/tools/profile-taps.mjs` (sampling profile + trace of the same walk, split over each tap's Event Timing interaction). Per-tap numbers, with their Event Timing events: bench-results/report.json.",
      '',
    );
    const errs = taps.flatMap((t) => t.errors);
    if (errs.length) L.push(`Page errors during the taps: ${[...new Set(errs)].join('; ')}`, '');
  }
  L.push(`Bench took ${r.benchSeconds} s. Full Lighthouse reports: bench-results/lighthouse/; all numbers: bench-results/report.json.`, '');
  return L.join('\n');
}
