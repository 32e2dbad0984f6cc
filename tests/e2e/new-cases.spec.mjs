// The cases the eleven later notices added (issue 17, shared/sources/INDEX.md N1–N5, N12), in
// every shipped build: each reached from the start page in at most four taps and through the
// start page's 「输入你看到的提示」 field, ending on a page that names its source notices with
// their year; and the dated CHSI updates (U1–U7, U9–U11) shown with their years in every build.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../scripts/browser.mjs';
import { headingFor, mainText, onSchoolSite, root, stepPath, waitForHydration } from './helpers.mjs';

const schools = readdirSync(join(root, 'content/schools'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();

/**
 * Each case: the answers tapped from the start page, the page they end on, its notices, what the field finds it by.
 * @type {Array<{ id: string, taps: string[], step: import('../../src/flow/steps').StepId, sources: string[], query: string, single?: boolean }>}
 */
const cases = [
  { id: 'N1', taps: ['register-error', 'hk-mo-tw'], step: 'hk-mo-tw-id-number', sources: ['scu21'], query: '港澳台', single: true },
  {
    id: 'N2',
    taps: ['register-error', 'code', 'expired'],
    step: 'sms-code-not-received-or-expired',
    sources: ['haue25', 'njmukd23'],
    query: '验证码过期',
  },
  { id: 'N3', taps: ['register-error', 'identity'], step: 'identity-verification-fails', sources: ['haue25'], query: '人脸', single: true },
  {
    id: 'N4',
    taps: ['no-record', 'deferred'],
    step: 'deferred-admission-returning-student',
    sources: ['haue25', 'cwxu23', 'njmukd23'],
    query: '保留入学资格',
  },
  { id: 'N5', taps: ['info-wrong', 'major'], step: 'major-shows-admission-major', sources: ['hceb19', 'hfut18'], query: '转专业' },
  {
    id: 'N12',
    taps: ['no-record', 'id-maybe-wrong'],
    step: 'registered-but-no-record',
    sources: ['zzut22', 'jx22', 'lcudcc23'],
    query: '注册成功了但找不到学籍',
  },
];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

// WeChat's browser: every link is a real page load there
const onSite = (school, fn) =>
  onSchoolSite(
    browser,
    school,
    { userAgent: 'Mozilla/5.0 (Linux; Android 13) Mobile MicroMessenger/8.0.47', viewport: { width: 360, height: 740 } },
    fn,
  );

/** The page is the case's answer: its heading, its notices listed with their year, and (single source) said so. */
async function assertSourcedAnswer(page, c, school) {
  assert.equal((await page.locator('h1').textContent()).trim(), headingFor(c.step), `${school} ${c.id}: heading`);
  const listed = await page.locator('.sources--step li[data-source]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-source')));
  for (const s of c.sources) assert.ok(listed.includes(s), `${school} ${c.id}: ${s} among the sources (${listed.join(', ')})`);
  const text = await mainText(page);
  assert.match(text, /这一步依据的最新通知是 20\d\d 年的/, `${school} ${c.id}: the newest notice's year`);
  if (c.single) assert.ok(text.includes('目前只有一所学校的通知提到'), `${school} ${c.id}: a single source says so`);
}

for (const school of schools) {
  describe(`${school}: the new cases from the start page`, () => {
    for (const c of cases) {
      test(`${c.id} ${c.step}: at most four taps`, async () => {
        assert.ok(c.taps.length <= 4);
        await onSite(school, async (page, site) => {
          await page.goto(site.url(''));
          await waitForHydration(page);
          for (const option of c.taps) {
            const link = page.locator(`a.option[data-option="${option}"]`);
            assert.equal(await link.count(), 1, `${school} ${c.id}: one answer "${option}" on ${page.url()}`);
            await Promise.all([page.waitForLoadState('load'), link.click()]);
            await waitForHydration(page);
          }
          assert.ok(page.url().endsWith(stepPath(c.step)), `${school} ${c.id}: ends on ${c.step} (${page.url()})`);
          await assertSourcedAnswer(page, c, school);
        });
      });

      test(`${c.id} ${c.step}: found through the message field`, async () => {
        await onSite(school, async (page, site) => {
          await page.goto(site.url(''));
          await waitForHydration(page);
          const field = page.locator('.search__input');
          await field.waitFor();
          await field.fill(c.query);
          const link = page.locator(`.search__results a[data-step-link="${c.step}"]`);
          await link.waitFor({ timeout: 5000 });
          await Promise.all([page.waitForLoadState('load'), link.click()]);
          await waitForHydration(page);
          await assertSourcedAnswer(page, c, school);
          // the student answered no question on the way: the page shows the usual way and says so
          assert.equal(await page.locator('nav.trail[data-usual]').count(), 1, `${school} ${c.id}: 「通常的路径」 after the search`);
        });
      });
    }
  });

  describe(`${school}: CHSI's own facts with the year of the notice they rest on`, () => {
    /** Each update: the page, what it must say, and the year of the notice it comes from. */
    const updates = [
      { u: 'U5 退出 under 个人中心', step: 'logout', says: ['个人中心', '四川大学（据网址推断）2021 年的通知'] },
      { u: 'U4 注册学籍', step: 'check-record', says: ['注册学籍', '2025 年的通知', '在籍(注册学籍)'] },
      { u: 'U6 高等教育信息 → 学籍', step: 'open-record', says: ['高等教育信息', '2025 年的通知'] },
      { u: 'U7 channels, N9 look-alike sites', step: 'register-open-chsi', says: ['微信公众号', '2025 年的通知', '假冒', '2021 年的通知'] },
      {
        u: 'U1–U3 help centre, e-mail, phone by year',
        step: 'identity-verification-fails',
        says: ['https://account.chsi.com.cn/account/help/index.jsp', 'kefu@chsi.com.cn', '010-67410388', '2023 年的通知'],
      },
      { u: 'U11 the old phone decides', step: 'id-registered-old-phone-gone', says: ['手机号还在用', '不再用了', '2025 年的通知'] },
    ];
    for (const { u, step, says } of updates) {
      test(u, async () => {
        await onSite(school, async (page, site) => {
          await page.goto(site.url(`${step}/`));
          await waitForHydration(page);
          const text = await mainText(page);
          for (const s of says) assert.ok(text.includes(s), `${school} /${step}/: says "${s}"`);
          // no CHSI phone number without the year of the notice that gives it
          const undated = await page.locator('main').evaluate((main) => {
            const out = [];
            const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const text = n.textContent ?? '';
              if (!/010[-—]\d{8}/.test(text)) continue;
              const block = n.parentElement?.closest('li, .card, p');
              if (!/20\d\d/.test(block?.textContent ?? '')) out.push(block?.textContent ?? text);
            }
            return out;
          });
          assert.deepEqual(undated, [], `${school} /${step}/: every phone number with its year`);
        });
      });
    }
  });
}
