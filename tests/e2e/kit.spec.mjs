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
  if (!process.env.KIT_KEEP_WORK) rmSync(work, { recursive: true, force: true });
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

/** Waits for the page's alert to say this (the import is read asynchronously). */
const alertSays = (page, re) => page.getByRole('alert').filter({ hasText: re }).waitFor({ timeout: 5000 });

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
    await page.waitForFunction(
      (old) =>
        /** @type {HTMLIFrameElement | null} */ (document.querySelector('.kit-phone iframe'))?.contentDocument?.body?.innerText.includes(
          old,
        ),
      oldRoom,
    );
    await room.fill(NEW_ROOM);
    await page.waitForFunction(
      (text) =>
        /** @type {HTMLIFrameElement | null} */ (document.querySelector('.kit-phone iframe'))?.contentDocument?.body?.innerText.includes(
          text,
        ),
      NEW_ROOM,
      { timeout: 15_000 },
    );
    assert.ok(!(await previewText(page)).includes(oldRoom), 'the preview no longer shows the old room');

    // the school file
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载学校文件/ }).click()]);
    assert.equal(jsonDownload.suggestedFilename(), 'cqwu.json');
    const schoolsDir = join(work, 'schools');
    mkdirSync(schoolsDir, { recursive: true });
    await jsonDownload.saveAs(join(schoolsDir, 'cqwu.json'));
    assert.equal(JSON.parse(readFileSync(join(schoolsDir, 'cqwu.json'), 'utf8')).offices.forfeit.room, NEW_ROOM);

    // the site, made on the teacher's day (the day decides whether the page says the notice is old)
    const today = () => page.evaluate(() => new Date().toISOString().slice(0, 10));
    const days = [await today()];
    const [zipDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: '下载网站压缩包' }).click(),
    ]);
    assert.equal(zipDownload.suggestedFilename(), 'cqwu-site.zip');
    const zipFile = join(work, 'cqwu-site.zip');
    await zipDownload.saveAs(zipFile);
    await page
      .getByTestId('zip-status')
      .getByText(/已生成/)
      .waitFor();
    assert.deepEqual(problems, [], 'no errors or foreign requests in the kit');
    days.push(await today());
    await context.close();

    const fromKit = join(work, 'from-kit');
    for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(zipFile))))) {
      mkdirSync(dirname(join(fromKit, path)), { recursive: true });
      writeFileSync(join(fromKit, path), bytes);
    }

    const carried = /<script type="application\/json" id="site">(.*?)<\/script>/.exec(
      readFileSync(join(fromKit, 'index.html'), 'utf8'),
    )?.[1];
    const builtOn = JSON.parse(carried ?? '{}').builtOn;
    assert.ok(days.includes(builtOn), `made on the teacher's day (${days.join(' or ')}), found ${builtOn}`);

    // the Node build of the downloaded file, on the same day
    const fromNode = join(work, 'from-node');
    const r = spawnSync('node', ['scripts/build.mjs', '--quiet'], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, SCHOOL: 'cqwu', SCHOOLS_DIR: schoolsDir, OUT_DIR: fromNode, SITE_URL: '', BUILD_DATE: builtOn },
    });
    assert.equal(r.status, 0, String(r.stderr));
    const kitFiles = walk(fromKit);
    const nodeFiles = walk(fromNode);
    assert.deepEqual(kitFiles, nodeFiles, 'the same files');
    // every file, the offline copy's sw.js (its version is a hash of every page) included
    const differ = kitFiles.filter((f) => !readFileSync(join(fromKit, f)).equals(readFileSync(join(fromNode, f))));
    assert.deepEqual(differ, [], 'the same bytes');
    assert.ok(kitFiles.includes('sw.js') && kitFiles.includes('offline.html'), 'with the offline copy');

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

  test('a file that is not JSON: its line and column, and nothing is lost', async () => {
    const { context, page } = await openKit();
    await page.locator('#start-school').selectOption('cqwu');
    await page.locator(field('name')).fill('某某大学');
    await importFile(page, 'broken.json', '{\n  "id": "abcu",\n  "name": "某某大学"\n  "source": null\n}\n');
    await alertSays(page, /“broken\.json”不是正确的 JSON：第 4 行第 3 列/);
    assert.equal(await page.locator(field('name')).inputValue(), '某某大学', 'what was filled in is still there');
    await context.close();
  });

  test('a file of another kind, or JSON that is not a school file, is refused with a clear answer', async () => {
    const { context, page } = await openKit();
    await importFile(page, 'notice.png', readFileSync(join(root, 'public/icons/icon-192.png')));
    await alertSays(page, /“notice\.png”不是学校文件（看起来是 图片、Word 或压缩包等非文字文件）/);
    await importFile(page, 'notes.txt', '学籍注册通知：请同学们在11月20日前完成。');
    await alertSays(page, /“notes\.txt”不是学校文件（看起来是 普通文字文件）/);
    await importFile(page, 'list.json', '["cqwu"]');
    await alertSays(page, /“list\.json”是 JSON，但不是学校文件/);
    assert.equal(await page.locator(field('id')).inputValue(), 'generic', 'the form is unchanged');
    await context.close();
  });

  test('unknown fields are kept and warned about; the site waits until they are removed', async () => {
    const { context, page } = await openKit();
    const cqwu = JSON.parse(readFileSync(join(root, 'content/schools/cqwu.json'), 'utf8'));
    await importFile(page, 'cqwu.json', JSON.stringify({ ...cqwu, offcies: { forfeit: null } }, null, 2));
    const warning = page.locator('.kit-message--warn');
    await warning.getByText('有 1 项内容助手不认识').waitFor();
    assert.match(await warning.innerText(), /offcies/);
    const zip = page.getByRole('button', { name: '下载网站压缩包' });
    assert.equal(await zip.isDisabled(), true, 'no zip while the build would refuse the file');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载学校文件/ }).click()]);
    const saved = join(work, 'kept.json');
    await download.saveAs(saved);
    assert.deepEqual(JSON.parse(readFileSync(saved, 'utf8')).offcies, { forfeit: null }, 'the unknown field is kept in the file');
    await warning.getByRole('button', { name: '删除“offcies”' }).click();
    await warning.waitFor({ state: 'detached' });
    assert.equal(await zip.isDisabled(), false);
    await context.close();
  });

  test('an end date before the start and an id with bad characters: listed, each linking to its field, and no zip', async () => {
    const { context, page } = await openKit();
    await page.locator('#start-school').selectOption('cqwu');
    await page.locator(field('window.end')).fill('2023-10-01');
    await page.locator(field('id')).fill('CQWU 学校');
    const list = page.locator('.kit-problems');
    await list.getByText('还有 2 处要改').waitFor();
    const items = await list.locator('li').allInnerTexts();
    assert.ok(
      items.some((t) => t.startsWith('学校与通知 · 学校代号：只能用小写英文字母、数字和减号')),
      items.join('\n'),
    );
    assert.ok(
      items.some((t) => t.startsWith('时间 · 学籍自查截止日期：截止日期早于开始日期')),
      items.join('\n'),
    );
    assert.equal(await page.getByRole('button', { name: '下载网站压缩包' }).isDisabled(), true);
    // the field says it too, and the link takes the teacher there
    assert.match(await page.locator('[id="f-window.end-error"]').innerText(), /截止日期早于开始日期/);
    await list.getByRole('link', { name: '时间 · 学籍自查截止日期' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-window.end');
    await page.locator(field('window.end')).fill('2023-11-20');
    await page.locator(field('id')).fill('cqwu');
    await list.getByText('没有发现问题，可以下载了。').waitFor();
    await context.close();
  });

  test('a reload mid-edit restores the draft; 「清除草稿」 clears it', async () => {
    const { context, page } = await openKit();
    await page.locator('#start-school').selectOption('hufe');
    await page.locator(field('offices.errorReport.name')).waitFor();
    await page.locator(field('name')).fill('草稿大学');
    // (the draft is written right after the form re-renders)
    await page.waitForFunction(() => localStorage.getItem('xueji-kit-draft')?.includes('草稿大学'));
    await page.reload();
    await page.getByText('已恢复你上次在这台电脑上没填完的内容。').waitFor();
    assert.equal(await page.locator(field('name')).inputValue(), '草稿大学');
    assert.equal(await page.locator(field('id')).inputValue(), 'hufe');
    await page.getByRole('button', { name: '清除草稿' }).click();
    await page.getByText('草稿已清除。').waitFor();
    assert.equal(await page.locator(field('id')).inputValue(), 'generic');
    await page.reload();
    await page.locator(field('id')).waitFor();
    assert.equal(await page.getByText('已恢复').count(), 0, 'nothing restored after clearing');
    assert.equal(await page.evaluate(() => !(localStorage.getItem('xueji-kit-draft') ?? '').includes('草稿大学')), true);
    await context.close();
  });

  test('works offline once opened: the form, the preview and the zip', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await page.locator(field('id')).waitFor();
      await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.active)), null, {
        timeout: 30_000,
      });
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
      await context.setOffline(true);
      await page.reload();
      await page.locator(field('id')).waitFor();
      page.on('dialog', (d) => void d.accept());
      await page.locator('#start-school').selectOption('jift');
      await page.waitForFunction(() =>
        /** @type {HTMLIFrameElement | null} */ (document.querySelector('.kit-phone iframe'))?.contentDocument?.body?.innerText.includes(
          '江西服装学院',
        ),
      );
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.getByRole('button', { name: '下载网站压缩包' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'jift-site.zip');
      const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
      assert.ok(
        files['forfeited-admission/index.html'] && files['sw.js'] && Object.keys(files).some((f) => f.startsWith('assets/')),
        'a whole site, made offline',
      );
    } finally {
      await context.close();
    }
  });

  for (const [width, height, scheme] of /** @type {Array<[number, number, 'light' | 'dark']>} */ ([
    [360, 740, 'light'],
    [1280, 900, 'light'],
    [1280, 900, 'dark'],
  ])) {
    test(`axe: the kit at ${width} px (${scheme})`, async () => {
      const { context, page } = await openKit({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator('#start-school').selectOption('cqwu');
      await page.locator('.kit-phone iframe').waitFor();
      await page.locator(field('window.end')).fill('2023-10-01'); // with a problem shown
      await page.locator('[id="f-window.end-error"]').waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }
});
