// The ID number and name helpers in real Chromium: nothing typed leaves the page or is kept
// anywhere (no request, no storage, no cookie, no address change), the 15-digit form copies,
// the OpenCC library loads only where the name helper is, and the fields clear on leaving.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite, axeViolations, watchProblems, PREFIX } from './helpers.mjs';

let site;
before(async () => {
  site = await openSite('generic');
});
after(async () => site?.close());

const ID = '11010519491231002X';
const NAME = '張偉 ';

async function snapshotStorage(page) {
  return page.evaluate(() => ({
    local: JSON.stringify(Object.entries(localStorage)),
    session: JSON.stringify(Object.entries(sessionStorage)),
    cookie: document.cookie,
    url: location.href,
    history: history.length,
  }));
}

test('typing in the helpers sends nothing and stores nothing', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = watchProblems(page, site.server.origin);
  await page.goto(site.url('register-form/'));
  const idInput = page.locator('.tool--id input');
  const nameInput = page.locator('.tool--name input');
  await idInput.waitFor();
  await page.waitForLoadState('networkidle');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const before = await snapshotStorage(page);
  await nameInput.pressSequentially(NAME, { delay: 20 });
  await idInput.pressSequentially(` ${ID.toLowerCase()} `, { delay: 20 });
  await page.locator('.tool--id .tool__value').first().waitFor();
  await page.locator('.tool--name .tool__value').waitFor();
  assert.match(await page.locator('.tool--name .tool__value').textContent(), /张伟/);
  assert.ok((await page.locator('.tool--id .tool__value').first().textContent()).includes(ID));
  await page.waitForTimeout(300);
  const after = await snapshotStorage(page);
  assert.deepEqual(after, before, 'no storage, cookie, address or history change');
  const leaked = requests.filter((u) => u.includes('1101051949') || u.includes('%E5%BC%B5') || u.includes('張'));
  assert.deepEqual(leaked, []);
  assert.deepEqual(
    requests.filter((u) => !/\/assets\/[^/]+\.(js|css)$/.test(u)),
    [],
    'only code chunks may load while typing',
  );
  const all = await page.evaluate(() => document.documentElement.outerHTML);
  assert.ok(!all.includes(`value="${ID}"`), 'the typed value is not written into attributes');
  assert.deepEqual(problems, []);
  // leaving the step clears the fields
  await page.locator('a.option[data-option="next"]').click();
  await page.waitForURL((u) => u.pathname === `${PREFIX}register-sms-code/`);
  await page.goBack();
  await page.waitForURL((u) => u.pathname === `${PREFIX}register-form/`);
  await page.locator('.tool--id input').waitFor();
  assert.equal(await page.locator('.tool--id input').inputValue(), '');
  assert.equal(await page.locator('.tool--name input').inputValue(), '');
  await context.close();
});

test('the conscription fix shows the 15-digit form and copies it', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block', permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(site.url('id-registered-by-conscription/'));
  await page.locator('.tool--id input').fill(ID);
  const id15 = page.locator('.tool__id15');
  await id15.waitFor();
  assert.ok((await id15.textContent()).includes('110105491231002'));
  await id15.locator('button').click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '110105491231002');
  await context.close();
});

test('the traditional-to-simplified library loads only on steps with the name helper', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const loaded = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  for (const path of ['', 'duplicate-id/', 'forgot-username/', 'counselor/']) {
    await page.goto(site.url(path));
    await page.waitForLoadState('networkidle');
  }
  assert.deepEqual(
    loaded.filter((p) => /to-simplified|opencc/.test(p)),
    [],
    'not on pages without the name helper',
  );
  await page.goto(site.url('name-traditional-or-spaces/'));
  await page.locator('.tool--name input').waitFor();
  await page.waitForLoadState('networkidle');
  assert.ok(
    loaded.some((p) => /to-simplified/.test(p)),
    'loaded with the name helper',
  );
  await context.close();
});

test('the helpers pass axe, light and dark, empty and with problems shown', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await site.browser.newContext({ serviceWorkers: 'block', colorScheme });
    const page = await context.newPage();
    await page.goto(site.url('name-traditional-or-spaces/'));
    await page.locator('.tool--id input').waitFor();
    assert.deepEqual(await axeViolations(page), [], `empty (${colorScheme})`);
    await page.locator('.tool--id input').fill('１１0105 19491231002x');
    await page.locator('.tool--name input').fill('張 偉');
    await page.locator('.tool--name .tool__issues').waitFor();
    assert.deepEqual(await axeViolations(page), [], `with problems (${colorScheme})`);
    await context.close();
  }
});
