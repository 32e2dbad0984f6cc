// The "where to tap" drawings (src/drawings) on the built site, in real Chromium at phone width:
// every step that has drawings shows them, wide enough to read (> 100 px at a 360 px viewport),
// already in the prerendered HTML (visible without JavaScript), named for screen readers, unchanged
// by hydration, and free of axe violations in light and dark mode; steps without drawings show none.
// The steps come from the step catalogue (content/catalogue/steps/<step-id>.json, `drawings`), as
// src/catalogue/load-node.ts reads and validates it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue } from '../../src/catalogue/load-node';
import { axeViolations, openSite, siteDir, waitForHydration, watchProblems } from './helpers.mjs';

/** The steps whose catalogue entry lists at least one drawing. */
const drawingSteps = /** @type {import('../../src/flow/steps').StepId[]} */ (
  Object.entries(loadCatalogue().steps)
    .filter(([, entry]) => entry.drawings?.length)
    .map(([step]) => step)
);
/** The generic school's register path is 「注册」 (JX22's top-right link; content/schools/generic.json), so of the three register drawings it gets that one. */
const GENERIC_REGISTER = 'register-top-right';

/** axe-core on the drawings only (the rest of the page has its own specs). */
const drawingViolations = (page) => axeViolations(page, {}, [['figure.drawing']]);

let site;
before(async () => {
  site = await openSite('generic');
});
after(async () => site?.close());

async function open(path, options = {}) {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const problems = watchProblems(page, site.server.origin);
  await page.goto(site.url(path), { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}

/** What each drawing on the page shows: its id, box, accessible name and CHSI text. */
const readDrawings = (page) =>
  page.$$eval('figure.drawing', (figures) =>
    figures.map((f) => {
      const svg = f.querySelector('svg');
      const box = svg?.getBoundingClientRect();
      const title = svg && document.getElementById(svg.getAttribute('aria-labelledby') ?? '');
      return {
        id: f.getAttribute('data-drawing'),
        role: svg?.getAttribute('role'),
        width: box?.width ?? 0,
        height: box?.height ?? 0,
        name: title?.textContent?.trim() ?? '',
        titleInSvg: Boolean(title && svg.contains(title)),
        caption: f.querySelector('figcaption')?.textContent?.trim() ?? '',
        labels: [...(svg?.querySelectorAll('text') ?? [])].map((t) => t.textContent),
        html: f.outerHTML,
      };
    }),
  );

test('the steps with drawings could be read from the catalogue', () => {
  assert.ok(drawingSteps.length >= 8, `found ${drawingSteps.join(', ')}`);
  /** @type {import('../../src/flow/steps').StepId[]} */
  const expected = ['register-start', 'register-form', 'login', 'open-record', 'check-record', 'logout'];
  for (const step of expected) assert.ok(drawingSteps.includes(step), step);
});

for (const step of drawingSteps) {
  test(`${step}: the drawing is in the page, readable at 360 px and named, without and with JavaScript`, async () => {
    // without JavaScript: the prerendered HTML alone
    const noJs = await open(`${step}/`, { javaScriptEnabled: false });
    let before;
    try {
      before = await readDrawings(noJs.page);
      assert.ok(before.length >= 1, `${step} shows no drawing without JavaScript`);
    } finally {
      await noJs.close();
    }
    const { page, problems, close } = await open(`${step}/`);
    try {
      await waitForHydration(page);
      const after = await readDrawings(page);
      assert.deepEqual(
        after.map((d) => d.html),
        before.map((d) => d.html),
        `${step}: hydration changed the drawings`,
      );
      for (const d of after) {
        assert.equal(d.role, 'img', `${step} ${d.id}: the svg is an image`);
        assert.ok(d.width > 100, `${step} ${d.id}: the drawing is ${d.width} px wide at 360 px`);
        assert.ok(d.height > 60, `${step} ${d.id}: the drawing is ${d.height} px tall`);
        assert.ok(d.titleInSvg && d.name.length > 20, `${step} ${d.id}: named by its <title> ("${d.name}")`);
        assert.ok(!/\[\[|\{\{/.test(d.name + d.caption), `${step} ${d.id}: raw content markup in "${d.name}" / "${d.caption}"`);
        assert.match(d.caption, /示意图，不是学信网截图/, `${step} ${d.id}: the caption carries the note`);
        assert.ok(
          d.labels.some((l) => /[\u4e00-\u9fff]/.test(l)),
          `${step} ${d.id}: shows CHSI labels`,
        );
      }
      if (step === 'register-start')
        assert.deepEqual(
          after.map((d) => d.id),
          [GENERIC_REGISTER],
        );
      assert.deepEqual(problems, [], `${step}: console or network problems`);
    } finally {
      await close();
    }
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`${step}: the drawings pass axe in ${colorScheme} mode`, async () => {
      const { page, close } = await open(`${step}/`, { colorScheme });
      try {
        await waitForHydration(page);
        assert.ok((await page.locator('figure.drawing').count()) >= 1);
        assert.deepEqual(await drawingViolations(page), [], `${step} (${colorScheme})`);
      } finally {
        await close();
      }
    });
  }
}

test('English pages keep the CHSI labels in Chinese and gloss them in the text alternative', async () => {
  const { page, close } = await open('en/logout/');
  try {
    const [d] = await readDrawings(page);
    assert.ok(d.labels.includes('退出'), 'the drawing shows “退出”');
    assert.match(d.name, /“退出” \(Log out\)/);
    assert.match(d.caption, /Schematic drawing, not a CHSI screenshot/);
    const lang = await page.$eval('figure.drawing svg text', (t) => t.closest('[lang]').getAttribute('lang'));
    assert.equal(lang, 'zh-CN');
  } finally {
    await close();
  }
});

test('steps without drawings show none', async () => {
  for (const step of ['', 'register-error/', 'other-problem/']) {
    const { page, close } = await open(step);
    try {
      assert.equal(await page.locator('figure.drawing').count(), 0, step || 'start');
    } finally {
      await close();
    }
  }
});

test('a school that says “注册” is at the top right gets that drawing', async () => {
  assert.ok(existsSync(join(siteDir('jift'), 'index.html')), 'the jift site is built (tests/e2e/run.mjs builds every school into .e2e/)');
  const jift = await openSite('jift');
  try {
    const context = await jift.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(jift.url('register-start/'));
    const [d] = await readDrawings(page);
    assert.equal(d.id, 'register-top-right');
    assert.match(d.name, /右上角/);
    assert.equal(await page.locator('figure.drawing[data-drawing="duplicate-id"]').count(), 0);
    await context.close();
  } finally {
    await jift.close();
  }
});
