// Lighthouse 12 (Node API) on Debian's Chromium: default mobile emulation and simulated throttling.
// A fresh Chromium (fresh profile) per run, in Chinese: the app sends a zh-CN page to English when
// the browser's language is English, and that redirect is not what we want to measure.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { writeFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '../browser.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  // the longest main-thread task Lighthouse saw (ms, as simulated: 4× slower CPU), from its long-tasks audit
  longestTask: 'long-tasks',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

export const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * One Lighthouse run; returns the summary (and writes the full LHR to jsonFile if given).
 * @param {string} url
 * @param {{ jsonFile?: string }} [options]
 */
export async function lighthouseRun(url, { jsonFile } = {}) {
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs, '--lang=zh-CN', '--accept-lang=zh-CN'],
    envVars: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      locale: 'en-US',
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (jsonFile) writeFileSync(jsonFile, /** @type {string} */ (result.report)); // output: 'json' is one string
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]),
    );
    const metrics = Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? null]));
    const tasks = /** @type {{ items?: Array<{ duration: number }> } | undefined} */ (lhr.audits['long-tasks']?.details)?.items ?? [];
    metrics.longestTask = tasks.length ? Math.max(...tasks.map((t) => t.duration)) : 0;
    // Audits below full marks in each category (what costs points), weight > 0 only.
    const lost = {};
    for (const c of CATEGORIES) {
      lost[c] = (lhr.categories[c]?.auditRefs ?? [])
        .filter((r) => r.weight > 0 && lhr.audits[r.id]?.score !== null && (lhr.audits[r.id]?.score ?? 1) < 1)
        .map((r) => ({
          id: r.id,
          score: lhr.audits[r.id].score,
          weight: r.weight,
          title: lhr.audits[r.id].title,
          displayValue: lhr.audits[r.id].displayValue ?? '',
        }));
    }
    const robots = lhr.audits['robots-txt'];
    return {
      url,
      finalUrl: lhr.finalDisplayedUrl,
      redirected: lhr.finalDisplayedUrl !== url,
      runtimeError: lhr.runtimeError?.message ?? null,
      warnings: lhr.runWarnings ?? [],
      scores,
      metrics,
      lost,
      robotsTxt: robots
        ? {
            score: robots.score,
            mode: robots.scoreDisplayMode,
            displayValue: robots.displayValue ?? '',
            explanation: robots.explanation ?? '',
          }
        : null,
      userAgent: lhr.environment?.hostUserAgent ?? '',
      lighthouseVersion: lhr.lighthouseVersion,
    };
  } finally {
    await chrome.kill();
  }
}

/** Median of each score and metric over runs (each number on its own, as Lighthouse CI does for reports). */
export function summarizeRuns(runs) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))]));
  const metrics = Object.fromEntries(Object.keys(METRICS).map((k) => [k, median(runs.map((r) => r.metrics[k]))]));
  // audits below full marks, as shown in the median run (by performance score), and in how many runs
  const medianRun = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0))[(runs.length - 1) >> 1];
  const lost = {};
  for (const c of CATEGORIES) {
    const ids = [...new Set(runs.flatMap((r) => r.lost[c].map((a) => a.id)))];
    lost[c] = ids.map((id) => {
      const shown =
        medianRun.lost[c].find((a) => a.id === id) ?? runs.find((r) => r.lost[c].some((a) => a.id === id)).lost[c].find((a) => a.id === id);
      return {
        ...shown,
        inMedianRun: medianRun.lost[c].some((a) => a.id === id),
        runs: runs.filter((r) => r.lost[c].some((a) => a.id === id)).length,
      };
    });
  }
  return { scores, metrics, lost, runs: runs.length, redirected: runs.some((r) => r.redirected), robotsTxt: runs[0]?.robotsTxt ?? null };
}
