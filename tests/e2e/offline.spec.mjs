// A light offline copy (issue 18, docs/decisions/008-trail-and-offline-copy.md), in the WeChat user
// agent: after a first visit, other steps of the same language open offline; other languages are
// not fetched; after a new deployment the next page load shows the new content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { launchBrowser } from '../../scripts/browser.mjs';
import { startStaticServer } from './static-server.mjs';
import { PREFIX, root, siteDir, studentContext, headingFor, schoolFile, waitForHydration, watchProblems, WECHAT_UA } from './helpers.mjs';

let browser;
let work;
before(async () => {
  browser = await launchBrowser();
  work = mkdtempSync(join(tmpdir(), 'xz-offline-'));
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const student = (options = {}) => studentContext(browser, { userAgent: WECHAT_UA, viewport: { width: 360, height: 740 }, ...options });

/** Waits until the offline copy has kept what the page loaded (#root[data-offline]). */
const offlineReady = (page) => page.waitForSelector('#root[data-offline]', { state: 'attached', timeout: 20_000 });

test('after a first visit, three other steps of the same language open offline; other languages are never fetched', async () => {
  const server = await startStaticServer({ root: siteDir('generic'), prefix: PREFIX });
  const context = await student();
  const fetched = [];
  context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  try {
    const page = await context.newPage();
    const problems = watchProblems(page, server.origin);
    await page.goto(`${server.url}`);
    await waitForHydration(page);
    await offlineReady(page);
    await context.setOffline(true);
    for (const step of /** @type {const} */ (['forgot-username', 'forfeited-admission', 'phone-already-registered'])) {
      await page.goto(`${server.url}${step}/`);
      await page.waitForFunction((h) => document.querySelector('h1')?.textContent?.trim() === h, headingFor(step), { timeout: 10_000 });
      assert.ok(await page.locator('.option, .method').count(), `offline content: ${step}`);
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    }
    // and by tapping: a real page load in WeChat, offline too
    await page.locator('a.option[data-option="not-own"]').click();
    await page.waitForFunction(
      (h) => document.querySelector('h1')?.textContent?.trim() === h,
      headingFor('phone-already-registered-not-own'),
      { timeout: 10_000 },
    );
    await context.setOffline(false);
    assert.deepEqual(
      fetched.filter((p) => /\/(en|zh-hant)\/|\/assets\/(en|zh-Hant)-/.test(p)),
      [],
      'no other language was fetched',
    );
    assert.deepEqual(
      problems.filter((p) => !p.startsWith('request failed') && !/ERR_INTERNET_DISCONNECTED/.test(p)),
      [],
    );
  } finally {
    await context.close();
    await server.close();
  }
});

test('a new deployment shows on the next page load (two builds)', async () => {
  // the second build: another school's (its name shows on every page)
  const other = 'cqwu';
  if (!existsSync(join(siteDir(other), 'index.html'))) {
    const r = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, SCHOOL: other, OUT_DIR: `.e2e/${other}` },
    });
    assert.equal(r.status, 0, 'the second build');
  }
  const a = join(work, 'a');
  const b = join(work, 'b');
  cpSync(siteDir('generic'), a, { recursive: true });
  cpSync(siteDir(other), b, { recursive: true });
  const live = join(work, 'live');
  symlinkSync(a, live);
  const server = await startStaticServer({ root: live, prefix: PREFIX });
  const context = await student();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}duplicate-id/`);
    await waitForHydration(page);
    await offlineReady(page);
    await page.goto(`${server.url}forgot-username/`);
    await waitForHydration(page);
    const name = schoolFile(other).name;
    const school = () =>
      page
        .locator('.masthead__school')
        .textContent()
        .catch(() => '');
    assert.ok(!(await school()).includes(name), 'the first build does not name the school');
    // deploy the second build in place
    unlinkSync(live);
    symlinkSync(b, live);
    await page.goto(`${server.url}forgot-username/`);
    await waitForHydration(page);
    assert.ok((await school()).includes(name), 'the next page load shows the new build');
    // and once the new worker has taken over, its offline copy is the new build's
    const version = (dir) => readFileSync(join(dir, 'sw.js'), 'utf8').match(/const VERSION = "(\w+)"/)?.[1];
    // (waitForFunction does not wait for a promise: poll from here)
    const shells = () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('xz-shell-')));
    for (let i = 0; i < 100 && (await shells()).join() !== `xz-shell-${version(b)}`; i++) await page.waitForTimeout(200);
    assert.deepEqual(await shells(), [`xz-shell-${version(b)}`], 'the new worker has replaced the old copy');
    // the page's files are kept by the new worker (a page load under it hands them over)
    await page.goto(`${server.url}forgot-username/`);
    await waitForHydration(page);
    await offlineReady(page);
    await context.setOffline(true);
    await page.goto(`${server.url}lost-email/`);
    await page.waitForFunction((h) => document.querySelector('h1')?.textContent?.trim() === h, headingFor('lost-email'), {
      timeout: 10_000,
    });
    assert.ok((await school()).includes(name), 'offline, the new build');
    await context.setOffline(false);
  } finally {
    await context.close();
    await server.close();
  }
});
