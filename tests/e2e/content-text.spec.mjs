// What every built page says, read from the build output of every school (dist/ and .e2e/<school>/,
// which run.mjs builds) in every language — no browser needed:
// - no content markup ([[ ]], {{ }}) is left in any page's text;
// - in the generic build, every school-specific fact (from the school files) sits inside the block
//   that names its school (src/components/fact-cards.tsx), never bare;
// - the CHSI labels a page shows are the same, in simplified characters, in all three languages;
// - every fix step's page offers "it did not work", leading to the step with a person.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';
import { allStepIds, langs, root, schoolFile, siteDir, stepKinds } from './helpers.mjs';

const schoolIds = readdirSync(join(root, 'content/schools'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));
const notices = JSON.parse(readFileSync(join(root, 'content/notices.json'), 'utf8'));

function htmlFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(p));
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out;
}

const docs = new Map();
/** A built page as a document (scripts and their JSON are not text). */
function page(file) {
  if (!docs.has(file)) {
    const dom = new JSDOM(readFileSync(file, 'utf8'));
    for (const s of dom.window.document.querySelectorAll('script, style, template')) s.remove();
    docs.set(file, dom.window.document);
  }
  return docs.get(file);
}
/** What a reader gets: the text, the title, and the text alternatives and labels. */
function readable(doc) {
  const attrs = [...doc.querySelectorAll('[alt], [aria-label], [title]')].flatMap((e) =>
    ['alt', 'aria-label', 'title'].map((a) => e.getAttribute(a) ?? ''),
  );
  return [doc.title, doc.body.textContent, ...attrs].join('\n');
}
const stepFile = (school, step, prefix) => join(siteDir(school), prefix, step === 'start' ? '' : step, 'index.html');

for (const school of schoolIds) {
  describe(`${school} build`, () => {
    const dir = siteDir(school);

    test('exists (tests/e2e/run.mjs builds every school)', () => {
      assert.ok(existsSync(join(dir, 'index.html')), `${relative(root, dir)} is missing: run node tests/e2e/run.mjs`);
    });

    test('no [[ ]] or {{ }} markup in the text of any page, in any language', () => {
      const bad = [];
      for (const file of htmlFiles(dir)) {
        const text = readable(page(file));
        for (const m of text.matchAll(/.{0,20}(\[\[|\]\]|\{\{|\}\}).{0,20}/g)) bad.push(`${relative(dir, file)}: …${m[0]}…`);
      }
      assert.deepEqual(bad, []);
    });

    test('every CHSI label on a page is the same, unconverted, in all three languages', () => {
      const diff = [];
      for (const step of allStepIds) {
        const labels = (prefix) => {
          const f = stepFile(school, step, prefix);
          if (!existsSync(f)) return null;
          // as a multiset: a translation may put two labels of one sentence in another order
          return [...page(f).querySelectorAll('.chsi > [lang="zh-CN"]')].map((e) => e.textContent).sort();
        };
        const zh = labels('');
        if (!zh) continue;
        for (const { prefix } of langs.filter((l) => l.prefix)) {
          const other = labels(prefix);
          if (other && other.join('|') !== zh.join('|')) diff.push({ step, prefix, zh, other });
        }
      }
      assert.deepEqual(diff, []);
    });

    test('every fix step offers “it did not work”, leading to a person', () => {
      const missing = [];
      for (const step of allStepIds.filter((s) => stepKinds[s] === 'fix' && s !== 'other-problem')) {
        const f = stepFile(school, step, '');
        if (!existsSync(f)) continue; // a step this school's rules never route to
        const link = page(f).querySelector('a[data-option="not-worked"]');
        if (!link || !/other-problem\/?$/.test(link.getAttribute('href') ?? '')) missing.push(step);
      }
      assert.deepEqual(missing, []);
    });
  });
}

describe('generic build: every school-specific fact is shown next to its school', () => {
  const dir = siteDir('generic');
  // words every page uses anyway (教务处 …) are not one school's fact
  const words =
    langs.map((l) => readFileSync(join(root, 'content/locales', l.code, 'steps.json'), 'utf8')).join('') +
    langs.map((l) => readFileSync(join(root, 'content/locales', l.code, 'procedures.json'), 'utf8')).join('') +
    langs.map((l) => readFileSync(join(root, 'content/locales', l.code, 'common.json'), 'utf8')).join('');
  const facts = [];
  for (const id of schoolIds) {
    const s = schoolFile(id);
    if (!s.source) continue;
    const values = [
      ...Object.values(s.offices).flatMap((o) => (o ? [o.name, o.room, o.via, ...o.bring] : [])),
      s.customerService.phone,
      s.customerService.wechat,
      ...(s.localSystem ? [s.localSystem.name, s.localSystem.url, s.localSystem.account, s.localSystem.password] : []),
    ];
    for (const v of values) if (v && !words.includes(v)) facts.push({ source: s.source, school: notices[s.source].school, value: v });
  }

  test('the school files have facts to check', () => assert.ok(facts.length > 10, `${facts.length} facts`));

  test('inside the block that names its school and year', () => {
    const bare = [];
    let seen = 0;
    for (const file of htmlFiles(dir)) {
      const doc = page(file);
      const walker = doc.createTreeWalker(doc.body, 4 /* text */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const f of facts) {
          if (!node.textContent.includes(f.value)) continue;
          seen += 1;
          const block = node.parentElement.closest('[data-source]');
          const year = notices[f.source].date.slice(0, 4);
          if (
            !block ||
            block.getAttribute('data-source') !== f.source ||
            !block.textContent.includes(f.school) ||
            !block.textContent.includes(year)
          ) {
            bare.push(`${relative(dir, file)}: ${f.value} (${f.school})`);
          }
        }
      }
    }
    assert.ok(seen > 0, 'no school fact found in the generic build at all');
    assert.deepEqual([...new Set(bare)], []);
  });
});
