// Design checks in Debian's Chromium, on the built dist/ (the test runner builds it first):
//   (a) nothing scrolls sideways at 320 px with the root font size at 200 %;
//   (b) dark mode really is dark, and axe-core's color-contrast rule passes;
//   (c) every link, button, input and disclosure that is its own control is at least 44 px tall;
//   (d) printing drops the language switch, answers, breadcrumb and back/restart, keeps the
//       title and the methods.
// Run alone: npm run build -- --quiet && node --test tests/e2e/design.spec.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { launchBrowser } from '../../scripts/browser.mjs';
import { startStaticServer } from './static-server.mjs';

const root = resolve(import.meta.dirname, '../..');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** [what it is, path under the site] */
const pages = [
  ['start page', ''],
  ['question id-already-registered', 'id-already-registered/'],
  ['fix duplicate-id', 'duplicate-id/'],
  ['info step register-form (with helpers)', 'register-form/'],
  ['404.html', '404.html'],
  ['English fix en/duplicate-id', 'en/duplicate-id/'],
  ['Traditional Chinese fix zh-hant/duplicate-id', 'zh-hant/duplicate-id/'],
];

const MIN_TAP = 44;
let server;
let browser;

before(async () => {
  // DESIGN_SITE_DIR: check another built site (e.g. a school's .e2e/<id>/) instead of dist/.
  server = await startStaticServer({ root: resolve(root, process.env.DESIGN_SITE_DIR || 'dist'), prefix: '/xuexin/' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh context and page; zh-CN so a first visit is not offered another language. */
async function open(path, options = {}) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 }, ...options });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(150); // hydration, lazy helpers
  return { page, close: () => context.close() };
}

for (const [name, path] of pages) {
  test(`${name}: no sideways scrolling at 320 px with 200 % root font size`, async () => {
    const { page, close } = await open(path, { viewport: { width: 320, height: 740 } });
    try {
      // CSP forbids injected style sheets; changing the root's style through the CSSOM is allowed.
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      await page.waitForTimeout(50);
      const r = await page.evaluate(() => {
        const se = /** @type {Element} */ (document.scrollingElement);
        const wide = [];
        if (se.scrollWidth > se.clientWidth) {
          for (const el of document.body.querySelectorAll('*')) {
            const b = el.getBoundingClientRect();
            if (b.width > 0 && b.right > se.clientWidth + 0.5)
              wide.push(`${el.tagName.toLowerCase()}.${String(el.className).trim().replace(/\s+/g, '.')}`);
          }
        }
        return { scrollWidth: se.scrollWidth, clientWidth: se.clientWidth, wide: wide.slice(-5) };
      });
      assert.ok(
        r.scrollWidth <= r.clientWidth,
        `${name} (${path || '/'}) scrolls sideways at 320 px / 200 %: scrollWidth ${r.scrollWidth} > ${r.clientWidth}; too wide: ${r.wide.join(', ')}`,
      );
    } finally {
      await close();
    }
  });

  test(`${name}: dark mode is dark and passes axe color-contrast`, async () => {
    const { page, close } = await open(path, { colorScheme: 'dark' });
    try {
      const bg = await page.evaluate(() => {
        const parse = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const opaque = (el) => {
          const c = getComputedStyle(el).backgroundColor;
          const [r, g, b, a = 1] = parse(c);
          return a > 0 ? { c, rgb: [r, g, b] } : null;
        };
        let found = opaque(document.body) ?? opaque(document.documentElement);
        if (!found) {
          // Nothing painted: the canvas colour shows (set through the CSSOM, which CSP allows).
          const probe = document.createElement('div');
          probe.style.backgroundColor = 'Canvas';
          document.body.append(probe);
          found = opaque(probe);
          probe.remove();
        }
        const lin = (v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        if (!found) throw new Error('no background colour found');
        const [r, g, b] = found.rgb;
        return { color: found.c, luminance: 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) };
      });
      assert.ok(
        bg.luminance < 0.2,
        `${name} (${path || '/'}) in dark mode has a light background ${bg.color} (luminance ${bg.luminance.toFixed(3)})`,
      );

      await page.evaluate(axeSource);
      const result = await page.evaluate(() =>
        globalThis.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'] }),
      );
      const problems = result.violations.flatMap((v) =>
        v.nodes.map((n) => `${n.target.join(' ')}: ${n.any.map((c) => c.message).join('; ')}`),
      );
      assert.deepEqual(problems, [], `${name} (${path || '/'}) fails color-contrast in dark mode:\n${problems.slice(0, 10).join('\n')}`);
    } finally {
      await close();
    }
  });

  test(`${name}: light mode passes axe color-contrast`, async () => {
    const { page, close } = await open(path, { colorScheme: 'light' });
    try {
      await page.evaluate(axeSource);
      const result = await page.evaluate(() =>
        globalThis.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'] }),
      );
      const problems = result.violations.flatMap((v) =>
        v.nodes.map((n) => `${n.target.join(' ')}: ${n.any.map((c) => c.message).join('; ')}`),
      );
      assert.deepEqual(problems, [], `${name} (${path || '/'}) fails color-contrast in light mode:\n${problems.slice(0, 10).join('\n')}`);
    } finally {
      await close();
    }
  });

  test(`${name}: tap targets at 360×740 are at least ${MIN_TAP} px tall`, async () => {
    const { page, close } = await open(path);
    try {
      const small = await page.evaluate((min) => {
        const blockish = new Set([
          'block',
          'flex',
          'inline-block',
          'inline-flex',
          'grid',
          'inline-grid',
          'list-item',
          'table',
          'table-cell',
        ]);
        const controls = document.querySelectorAll(
          ['main', 'header', 'footer']
            .flatMap((area) => ['a', 'button', 'input', 'select', 'textarea', 'summary'].map((t) => `${area} ${t}`))
            .join(','),
        );
        const out = [];
        for (const el of controls) {
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          if (style.visibility === 'hidden' || box.width === 0 || box.height === 0) continue;
          if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
          const cls = String(el.className);
          const own = el.tagName !== 'A' || blockish.has(style.display) || /\b(option|button|step-nav\S*)\b/.test(cls);
          if (!own) continue; // a link inside running text
          if (box.height < min - 0.5)
            out.push(
              `${el.tagName.toLowerCase()}${cls ? `.${cls.trim().replace(/\s+/g, '.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}" is ${box.height.toFixed(1)} px tall`,
            );
        }
        return out;
      }, MIN_TAP);
      assert.deepEqual(small, [], `${name} (${path || '/'}) has tap targets under ${MIN_TAP} px:\n${small.join('\n')}`);
    } finally {
      await close();
    }
  });

  test(`${name}: print hides the navigation and keeps the content`, async () => {
    const { page, close } = await open(path);
    try {
      await page.emulateMedia({ media: 'print' });
      const seen = await page.evaluate(() => {
        const visible = (el) => {
          const box = el.getBoundingClientRect();
          return getComputedStyle(el).visibility !== 'hidden' && box.width > 0 && box.height > 0;
        };
        const report = (selector) => [...document.querySelectorAll(selector)].map(visible);
        return {
          lang: report('.lang'),
          options: report('.options'),
          trail: report('.trail'),
          stepNav: report('.step-nav'),
          h1: report('h1'),
          methods: report('.methods'),
        };
      });
      assert.ok(seen.lang.length > 0, `${name} (${path || '/'}) has no language switch (.lang) to check`);
      for (const key of ['lang', 'options', 'trail', 'stepNav']) {
        assert.ok(!seen[key].some(Boolean), `${name} (${path || '/'}) prints its ${key} (should be hidden in print)`);
      }
      assert.ok(seen.h1.length === 1 && seen.h1[0], `${name} (${path || '/'}) does not print its h1`);
      assert.ok(seen.methods.every(Boolean), `${name} (${path || '/'}) does not print its methods`);
    } finally {
      await close();
    }
  });
}

test('fix duplicate-id prints its methods', async () => {
  const { page, close } = await open('duplicate-id/');
  try {
    await page.emulateMedia({ media: 'print' });
    const count = await page.evaluate(
      () => [...document.querySelectorAll('.methods .method')].filter((m) => m.getBoundingClientRect().height > 0).length,
    );
    assert.ok(count > 0, 'fix duplicate-id (duplicate-id/) prints no method cards');
  } finally {
    await close();
  }
});
