// Each shipped school's build (.e2e/<school>/, generic in dist/) in a real browser: the school's
// own facts show on the right steps, its methods in its order, and its routing rules decide
// where the student goes after "I never registered with this ID".
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../scripts/browser.mjs';
import { headingFor, mainText, onSchoolSite, procedureTexts, root, schoolFile, stepPath, texts } from './helpers.mjs';

const shipped = readdirSync(join(root, 'content/schools'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();
/** The step catalogue's entry for a step (content/catalogue/steps/<step-id>.json). */
const catalogueEntry = (step) => JSON.parse(readFileSync(join(root, 'content/catalogue/steps', `${step}.json`), 'utf8'));
const notices = JSON.parse(readFileSync(join(root, 'content/notices.json'), 'utf8'));
const procTitle = (id) => procedureTexts[id].title.replace(/\[\[([^\]]+)\]\]/g, '$1');

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Serves one school's build, opens a hydrated page on `step`, runs `fn`, checks for problems. */
const onSchoolPage = (school, step, fn) => onSchoolSite(browser, school, { path: step === 'start' ? '' : `${step}/` }, fn);
const methodTitles = (page) => texts(page.locator('.methods__list > li.method .method__title'));

/** Where "I never registered with this ID" leads, by the school's rules (src/flow/steps.ts idNotOwn). */
const afterIdNo = (rules) => (rules.conscriptionRoute ? 'id-conscription' : rules.idConflictSplit ? 'id-message-when' : 'duplicate-id');

/** Clicks start → register-error → id → no, client-side, and returns the step it ends on. */
async function idNotOwnWalk(page) {
  /** @type {Array<[option: string, to: import('../../src/flow/steps').StepId]>} */
  const walk = [
    ['register-error', 'register-error'],
    ['id', 'id-already-registered'],
  ];
  for (const [option, to] of walk) {
    await page.locator(`a.option[data-option="${option}"]`).click();
    await page.waitForURL((u) => u.pathname === stepPath(to), { timeout: 5000 });
  }
  const no = page.locator('a.option[data-option="no"]');
  const href = await no.getAttribute('href');
  await no.click();
  await page.waitForURL((u) => u.pathname !== stepPath('id-already-registered'), { timeout: 5000 });
  const path = new URL(page.url()).pathname;
  const step = /** @type {import('../../src/flow/steps').StepId} */ (path.replace(/^\/jwc\/xuexin\//, '').replace(/\/$/, ''));
  await page
    .waitForFunction((t) => document.querySelector('h1')?.textContent?.trim() === t, headingFor(step), { timeout: 5000 })
    .catch(() => {});
  assert.deepEqual(await texts(page.locator('h1')), [headingFor(step)], `the page of ${step}`);
  return { step, href };
}

describe('cqwu (重庆文理学院)', () => {
  test('forfeited-admission names the office room and what to bring', async () => {
    await onSchoolPage('cqwu', 'forfeited-admission', async (page) => {
      const text = await mainText(page);
      assert.ok(text.includes('红河知津楼D105室'), 'the room 红河知津楼D105室');
      assert.ok(text.includes('录取通知书'), 'bring 录取通知书');
    });
  });

  test('start → register-error → id → "no" goes straight to duplicate-id (no conscription question, no ID split)', async () => {
    const { rules } = schoolFile('cqwu');
    assert.equal(rules.idConflictSplit, false, 'cqwu: idConflictSplit');
    assert.equal(rules.conscriptionRoute, false, 'cqwu: conscriptionRoute');
    await onSchoolPage('cqwu', 'start', async (page) => {
      const { step, href } = await idNotOwnWalk(page);
      assert.equal(step, 'duplicate-id', `cqwu: "no" should lead to duplicate-id (link ${href})`);
    });
  });
});

describe('hufe (湖南财政经济学院)', () => {
  test('name-changed shows the admission-name method', async () => {
    await onSchoolPage('hufe', 'name-changed', async (page) => {
      assert.ok((await methodTitles(page)).includes(procTitle('name-admission')), `method "${procTitle('name-admission')}"`);
    });
  });

  test('school-system-login exists and links jiaowu2.hufe.edu.cn', async () => {
    await onSchoolPage('hufe', 'school-system-login', async (page) => {
      assert.deepEqual(await texts(page.locator('h1')), [headingFor('school-system-login')]);
      assert.ok((await mainText(page)).includes('jiaowu2.hufe.edu.cn'), 'names jiaowu2.hufe.edu.cn');
      assert.ok((await page.locator('a[href^="http://jiaowu2.hufe.edu.cn"]').count()) > 0, 'links the school system');
    });
  });

  test('start → register-error → id → "no" asks the conscription question', async () => {
    await onSchoolPage('hufe', 'start', async (page) => {
      const { step, href } = await idNotOwnWalk(page);
      assert.equal(step, 'id-conscription', `hufe: "no" should lead to id-conscription (link ${href})`);
    });
  });
});

describe('jift (江西服装学院)', () => {
  test('duplicate-id lists the app method first, marked recommended', async () => {
    await onSchoolPage('jift', 'duplicate-id', async (page) => {
      const first = page.locator('.methods__list > li.method').first();
      assert.equal((await texts(first.locator('.method__title')))[0], procTitle('app-real-person'), 'first method');
      assert.match((await first.getAttribute('class')) ?? '', /\bmethod--recommended\b/, 'marked recommended');
      assert.equal(await first.locator('.badge--good').count(), 1, 'with the recommended badge');
    });
  });
});

describe('generic', () => {
  test('duplicate-id shows every method of every notice, each with its source line', async () => {
    const facts = catalogueEntry('duplicate-id').methods;
    await onSchoolPage('generic', 'duplicate-id', async (page) => {
      assert.deepEqual(
        await methodTitles(page),
        facts.map((m) => procTitle(m.procedure)),
        'every method, in order',
      );
      const items = page.locator('.methods__list > li.method');
      for (let i = 0; i < facts.length; i++) {
        const sources = items.nth(i).locator('.sources--method');
        assert.equal(await sources.count(), 1, `${facts[i].procedure}: one source line`);
        const line = (await sources.textContent()).trim();
        for (const s of facts[i].sources) {
          assert.ok(line.includes(notices[s].school), `${facts[i].procedure}: the source line "${line}" names ${notices[s].school}`);
        }
      }
    });
  });
});

describe('every shipped school: routing after "I never registered with this ID"', () => {
  for (const school of shipped) {
    test(`${school}: start → register-error → id → "no" follows the school's rules`, async () => {
      const { rules } = schoolFile(school);
      await onSchoolPage(school, 'start', async (page) => {
        const { step } = await idNotOwnWalk(page);
        assert.equal(step, afterIdNo(rules), `${school} (rules ${JSON.stringify(rules)})`);
      });
    });
  }
});

describe('the school name in the window title', () => {
  // The prerendered <title> ends with the school's name; the title the app sets must keep it,
  // on the first paint and after a client-side step change.
  test('cqwu: document.title keeps the school name after hydration and after an answer', async () => {
    const { name } = schoolFile('cqwu');
    await onSchoolPage('cqwu', 'register-error', async (page, site) => {
      const served = (await (await page.request.get(site.url('register-error/'))).text()).match(/<title>([^<]*)<\/title>/)[1];
      assert.ok(served.includes(name), `the prerendered title "${served}" names the school`);
      assert.equal(await page.title(), served, 'after hydration the title is still the prerendered one');
      await page.locator('a.option[data-option="phone"]').click();
      await page.waitForURL((u) => u.pathname === stepPath('phone-already-registered'));
      await page.waitForFunction((t) => document.title.includes(t), '手机号码已被注册', { timeout: 5000 }).catch(() => {});
      const title = await page.title();
      assert.ok(title.includes(name), `after an answer, document.title "${title}" should still name ${name}`);
    });
  });
});
