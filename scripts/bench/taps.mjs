// Tap-to-next-step time: Chromium at 360×740, client-side transitions by clicking option links.
//
// Input is real: CDP Input.dispatchMouseEvent (move, press, release — what Playwright's click
// sends), which goes through Chromium's browser-side input pipeline like a mouse would; no
// synthetic DOM events. See TAP_MODES for *when* each tap is sent.
//
// The headline is Chromium's own Event Timing data (the INP definition of input → next paint),
// read from a CDP trace recorded while the taps run: for each event Chromium emits an
// `EventTiming` async trace event (category devtools.timeline) whose args.data holds the event's
// timeStamp, processingStart/End, interactionId and `duration` = timeStamp → presentation time of
// the first frame presented after the handlers ran, unrounded (the web API rounds it to 8 ms).
// Per tap we take the *interaction* duration: the max duration over the events sharing the
// click's interactionId (pointerdown, pointerup, click) — what INP uses per interaction.
//
// As cross-checks, in the page a capture-phase click listener notes performance.now(); a
// MutationObserver then waits for a new, non-empty step h1 and records
//   dom    – click listener → the new h1 is in the DOM (React has committed),
//   paint  – click listener → requestAnimationFrame, then a message posted from it (runs right
//            after that frame's main-thread paint; before raster and presentation),
//   raf2   – click listener → requestAnimationFrame twice: the callback of the frame *after* the
//            painted one. Informational only: by construction it adds the wait for the next
//            frame, up to a whole interval (16.7 ms at 60 Hz), after the paint.
//   whole  – click listener → the main-thread paint (as for `paint`) of the frame that shows the
//            whole step: the app paints a step's opening first and the rest a frame later, and
//            marks its article with data-partial until then.
// The listener also keeps the click's event.timeStamp, which is how a tap is matched to its
// EventTiming trace events.

const INSTRUMENT = (trigger = 'a.option') => {
  if (window.__bench) return;
  /** @type {Window['__bench']} */
  const bench = { taps: [], loads: 0 };
  window.__bench = bench;
  const stepH1 = () => document.querySelector('main h1');
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest(trigger) : null;
      if (!link) return;
      const t0 = performance.now();
      performance.mark('bench:tap');
      const before = stepH1();
      const beforeText = before?.textContent ?? '';
      // eventTs: the click's timeStamp, the key that matches this tap to its EventTiming entries
      const rec = { from: beforeText, href: link.getAttribute('href') ?? link.textContent, t0, eventTs: event.timeStamp };
      const changed = () => {
        const h1 = stepH1();
        const text = h1?.textContent?.trim() ?? '';
        return h1 && text && (h1 !== before || h1.textContent !== beforeText) ? text : null;
      };
      // after a tap the app paints the step's opening first and the rest a frame later
      // (article[data-partial] until then): `whole` is the click → the frame that paints it all
      const complete = () => {
        const article = stepH1()?.closest('article');
        return !article || !article.hasAttribute('data-partial');
      };
      let seen = false;
      let pending = 2;
      const finish = () => {
        if (--pending === 0) bench.taps.push(rec);
      };
      const afterPaint = (key) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            rec[key] = performance.now() - t0;
            finish();
          };
          channel.port2.postMessage(0);
        });
      let whole = false;
      const onWhole = () => {
        if (whole || !seen || !complete()) return;
        whole = true;
        observer.disconnect();
        afterPaint('whole');
      };
      const onChange = () => {
        if (seen) return onWhole();
        const text = changed();
        if (!text) return;
        seen = true;
        rec.to = text;
        rec.dom = performance.now() - t0;
        requestAnimationFrame(() => {
          // frame: the rendering update that paints the new h1 starts here; Chromium's
          // presentation time for the tap must come after it (checked in attachEventTiming)
          rec.frame = performance.now() - t0;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            rec.paint = performance.now() - t0;
          };
          channel.port2.postMessage(0);
          requestAnimationFrame(() => {
            rec.raf2 = performance.now() - t0;
            performance.mark('bench:painted');
            // the message always runs before the next frame's rAF; guard anyway
            rec.paint ??= rec.raf2;
            finish();
          });
        });
        onWhole();
      };
      const observer = new MutationObserver(onChange);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      // a change made synchronously inside this click (before the observer was attached) is
      // caught when the microtask queue runs after the click's listeners
      queueMicrotask(onChange);
    },
    true,
  );
};

const rng = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

// How a measured tap is sent. Both are the same real input (page.mouse.click / locator.click →
// CDP mouse move, press, release); they differ only in when the input reaches the frame clock.
//   idle    – the headline. The target is scrolled into view and measured, then the harness leaves
//             the page alone for IDLE_MS plus a random 0–16.7 ms and clicks its centre with
//             page.mouse: the tap lands on an idle page at a random point of the 60 Hz frame
//             clock, as a person's tap does. On an idle page Chromium starts a frame for the input
//             at once (a MISSED BeginFrame: the current interval's deadline has not passed yet).
//   locator – Playwright's locator.click(). Its actionability checks wait on requestAnimationFrame
//             and the press follows within a few ms, so every tap arrives just after a frame began,
//             while frames are still running, and waits most of an interval for the next NORMAL
//             BeginFrame (floor page: ~11 ms from the click to the next rAF, against ~4 ms for
//             idle taps). A near-worst-case phase, reported as informational.
export const TAP_MODES = ['idle', 'locator'];
export const IDLE_MS = 100;
const FRAME_MS = 1000 / 60;

async function tap(page, target, mode, random) {
  if (mode === 'locator') return target.click();
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('the tap target has no box');
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS + random() * FRAME_MS));
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

// waiting for the in-page record by timer, not Playwright's default rAF polling, keeps the
// harness out of the frame clock between taps
const waitForTap = (page, k) =>
  page.waitForFunction((n) => window.__bench && window.__bench.taps.length > n, k, { timeout: 5000, polling: 25 });

// ── Chromium's Event Timing, from a CDP trace ─────────────────────────────────────────────────
// devtools.timeline carries the EventTiming events; disabled-by-default-devtools.timeline is what
// DevTools' performance panel records alongside it (the task and frame events around them).
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Starts a trace on the page's renderer; `stop()` resolves to { events, dataLoss }. */
export async function startTrace(cdp, extraCategories = []) {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    streamFormat: 'json',
    // a large buffer: a full tap walk is well under it, and dataLoss is reported if not
    traceConfig: {
      recordMode: 'recordUntilFull',
      traceBufferSizeInKb: 512 * 1024,
      includedCategories: [...new Set([...TRACE_CATEGORIES, ...extraCategories])],
    },
  });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      const { stream, dataLossOccurred } = await complete;
      const parts = [];
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle: stream, size: 4 << 20 });
        parts.push(Buffer.from(chunk.data, chunk.base64Encoded ? 'base64' : 'utf8'));
        if (chunk.eof) break;
      }
      await cdp.send('IO.close', { handle: stream });
      const parsed = JSON.parse(Buffer.concat(parts).toString('utf8'));
      return { events: Array.isArray(parsed) ? parsed : parsed.traceEvents, dataLoss: Boolean(dataLossOccurred) };
    },
  };
}

/** The EventTiming begin events ('b'; their 'e' twin only marks the end) as plain records, by trace time. */
export function eventTimings(events) {
  return events
    .filter((e) => e.name === 'EventTiming' && e.ph === 'b' && e.args?.data?.type)
    .map((e) => ({ traceTs: e.ts, frame: e.args.data.frame, ...e.args.data }))
    .sort((a, b) => a.traceTs - b.traceTs);
}

/**
 * Adds Chromium's numbers to each in-page tap record, in place. A tap is matched to the trace's
 * `click` whose timeStamp equals the one the listener saw (same document clock; the page's copy
 * is coarsened to 0.1 ms), searching forward so taps and clicks stay in order even if a full
 * page load resets the clock. Per tap:
 *   interaction       – max duration over the events with the click's interactionId: the INP
 *                       value of this tap (the headline),
 *   click             – the click event's own duration,
 *   pressToClick      – pointerdown → click timeStamps (press and release are sent back to
 *                       back, so this is small; a finger stays down for tens of ms or more),
 *   inputDelay, processing, presentationDelay – the click's duration split at processingStart
 *                       and processingEnd (the INP phases),
 *   afterHeadingFrame  – Chromium's presentation time minus the in-page rAF of the frame that
 *                       paints the new h1 (both on the page's clock): ≥ 0 means the frame Event
 *                       Timing measured to is that frame or a later one,
 *   headingShown       – the h1 was in the DOM before the click's handlers ended and the check
 *                       above holds: the measured frame is the one that shows the new heading
 *                       (Event Timing stops at the *next* paint; an app that changed the h1 later,
 *                       in another task, would read fast here while showing nothing new).
 * Returns the number of taps that found no EventTiming click.
 */
export function attachEventTiming(taps, timings) {
  const clicks = timings.filter((t) => t.type === 'click');
  let next = 0;
  let unmatched = 0;
  for (const rec of taps) {
    let found = -1;
    for (let j = next; j < clicks.length; j++) {
      if (Math.abs(clicks[j].timeStamp - rec.eventTs) < 0.5) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      unmatched++;
      rec.interaction = null;
      continue;
    }
    next = found + 1;
    const c = clicks[found];
    // same frame, same id, within a second of the click: ids are only unique per document
    const group = c.interactionId
      ? timings.filter((t) => t.frame === c.frame && t.interactionId === c.interactionId && Math.abs(t.traceTs - c.traceTs) < 1e6)
      : [c];
    const down = group.find((t) => t.type === 'pointerdown');
    rec.interactionId = c.interactionId;
    rec.events = group.map((t) => `${t.type} ${t.duration.toFixed(3)}`).join(', ');
    rec.interaction = Math.max(...group.map((t) => t.duration));
    rec.click = c.duration;
    rec.pressToClick = down ? c.timeStamp - down.timeStamp : null;
    rec.inputDelay = c.processingStart - c.timeStamp;
    rec.processing = c.processingEnd - c.processingStart;
    rec.presentationDelay = c.timeStamp + c.duration - c.processingEnd;
    // page clock; the page's own times are coarsened to 0.1 ms, hence the 0.2 ms slack
    rec.afterHeadingFrame = rec.frame == null ? null : c.timeStamp + c.duration - (rec.t0 + rec.frame);
    rec.headingShown = rec.t0 + rec.dom <= c.processingEnd + 0.2 && rec.afterHeadingFrame != null && rec.afterHeadingFrame >= -0.2;
    // trace time (µs) of the interaction's start and of the presented frame, for tools/profile-taps.mjs
    const first = group.reduce((a, t) => (t.timeStamp < a.timeStamp ? t : a), c);
    rec.traceStart = first.traceTs;
    rec.traceEnd = first.traceTs + rec.interaction * 1000;
  }
  return unmatched;
}

/** @typedef {(page: import('playwright-core').Page, context: import('playwright-core').BrowserContext) => Promise<void>} TapHook */

/**
 * Walks the wizard: from the start page, 1–3 option clicks deep (random but seeded), then back to
 * the start, alternately by history.go(-n) and by the step's restart link, until `count` clicks
 * were measured, with a Chromium trace recording throughout. Returns { taps, missed, fullLoads,
 * unmatched, dataLoss, cpuSlowdown, trace? } (trace: the raw events, when `keepTrace`).
 * @param {import('playwright-core').Browser} browser
 * @param {string} startUrl
 * @param {{ count?: number; seed?: number; cpuSlowdown?: number; pauseMs?: number; log?: (line: string) => void;
 *   hooks?: { ready?: TapHook; done?: TapHook }; mode?: string; trace?: boolean; traceCategories?: string[];
 *   keepTrace?: boolean }} [options]
 */
export async function measureTaps(
  browser,
  startUrl,
  {
    count = 120,
    seed = 20240901,
    cpuSlowdown = 1,
    pauseMs = 120,
    log = () => {},
    hooks = {},
    mode = 'idle',
    trace: tracing = true,
    traceCategories = [],
    keepTrace = false,
  } = {},
) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block', locale: 'zh-CN' });
  const page = await context.newPage();
  const random = rng(seed);
  // the tap timing has its own stream, so both modes walk the same steps
  const phase = rng(seed ^ 0x5eed);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const cdp = await context.newCDPSession(page);
    if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(startUrl, { waitUntil: 'load' });
    if (!page.url().startsWith(startUrl)) throw new Error(`the start page went to ${page.url()} (language redirect?)`);
    // wait for hydration: the app pins link hrefs to absolute URLs when it boots
    await page.waitForFunction(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href')?.startsWith('http'), null, {
      timeout: 15000,
    });
    await page.evaluate(INSTRUMENT, 'a.option');
    await page.waitForTimeout(300);
    const trace = tracing ? await startTrace(cdp, traceCategories) : null;
    await hooks.ready?.(page, context);

    let measured = 0;
    let missed = 0;
    let fullLoads = 0;
    let walks = 0;
    let logged = 0;
    const atStart = () => page.waitForSelector('article[data-step="start"] h1', { timeout: 10000 });
    const ensureInstrument = async () => {
      const present = await page.evaluate(() => Boolean(window.__bench));
      if (!present) {
        fullLoads++;
        await page.evaluate(INSTRUMENT, 'a.option');
      }
    };
    while (measured < count) {
      const depth = 1 + Math.floor(random() * 3);
      let went = 0;
      for (let d = 0; d < depth && measured < count; d++) {
        // answers that change the step (data-to), shown: not the links that open another page (the
        // counselor page from 「还是不行」), nor the answers folded away in the start page's disclosures
        const options = page.locator('main a.option[data-to]:visible');
        const n = await options.count();
        if (!n) break;
        const pick = options.nth(Math.floor(random() * n));
        const before = await page.evaluate(() => window.__bench.taps.length);
        await tap(page, pick, mode, phase);
        try {
          await waitForTap(page, before);
          measured++;
          went++;
        } catch {
          missed++;
          await ensureInstrument();
          break;
        }
        await page.waitForTimeout(pauseMs);
      }
      walks++;
      if (walks % 2 && went) {
        await page.evaluate((n) => history.go(-n), went);
      } else if (went) {
        const restart = page.locator('a.step-nav__restart');
        if (await restart.count()) await restart.first().click();
        else await page.evaluate((n) => history.go(-n), went);
      }
      await atStart();
      await ensureInstrument();
      await page.waitForTimeout(pauseMs);
      if (Math.floor(measured / 40) > Math.floor(logged / 40)) log(`  ${measured}/${count} taps`);
      logged = measured;
    }
    await page.waitForTimeout(300); // let the last frames be presented before the trace ends
    await hooks.done?.(page, context);
    const { events, dataLoss } = trace ? await trace.stop() : { events: [], dataLoss: false };
    const taps = (await page.evaluate(() => window.__bench.taps)).slice(0, count);
    const unmatched = trace ? attachEventTiming(taps, eventTimings(events)) : null;
    return { taps, missed, fullLoads, walks, errors, cpuSlowdown, mode, unmatched, dataLoss, ...(keepTrace ? { trace: events } : {}) };
  } finally {
    await context.close();
  }
}

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

/**
 * The same measurements (trace and in-page) on the floor page (bench/floor: its button changes
 * the h1): what each measure reads when a tap costs almost nothing, in this browser on this machine.
 */
export async function measureFloorTaps(
  browser,
  url,
  { count = 120, seed = 20240901, cpuSlowdown = 1, pauseMs = 120, mode = 'idle', trace: tracing = true } = {},
) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block', locale: 'zh-CN' });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('main button');
    await page.evaluate(INSTRUMENT, 'main button');
    await page.waitForTimeout(300);
    const trace = tracing ? await startTrace(cdp) : null;
    const phase = rng(seed ^ 0x5eed);
    for (let i = 0; i < count; i++) {
      await tap(page, page.locator('main button'), mode, phase);
      await waitForTap(page, i);
      await page.waitForTimeout(pauseMs);
    }
    await page.waitForTimeout(300);
    const { events, dataLoss } = trace ? await trace.stop() : { events: [], dataLoss: false };
    const taps = await page.evaluate(() => window.__bench.taps);
    const unmatched = trace ? attachEventTiming(taps, eventTimings(events)) : null;
    return { taps, missed: 0, fullLoads: 0, walks: 0, errors: [], cpuSlowdown, mode, floor: true, unmatched, dataLoss };
  } finally {
    await context.close();
  }
}
