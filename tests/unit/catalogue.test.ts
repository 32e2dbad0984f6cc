/**
 * The step catalogue (content/catalogue/) and content/notices.json are validated at build: a broken
 * entry stops `npm run build` with one line naming the file and the key. These tests break a copy
 * of the content in each way and call the function the build calls (loadCatalogue, from
 * scripts/content-plugin.ts's buildStart), and once run the real build against a broken copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultContentDir, loadCatalogue } from '../../src/catalogue/load-node';
import { drawingIds, procedureIds, sourceIds } from '../../src/catalogue/ids';
import { steps } from '../../src/flow/steps';

const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'catalogue-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of content/ with one change made to it; returns the copy's folder. */
function brokenCopy(change: (dir: string) => void): string {
  const dir = join(scratch, `content-${copies++}`);
  cpSync(defaultContentDir, dir, { recursive: true });
  change(dir);
  return dir;
}
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- these tests write wrong values into content files on purpose
const edit = (path: string, change: (data: any) => void) => {
  const data = json(path);
  change(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
};
const stepFile = (dir: string, step: string) => join(dir, 'catalogue', 'steps', `${step}.json`);

/** The build's validation message for a broken copy ('' if it passed). */
function messageFor(change: (dir: string) => void): string {
  try {
    loadCatalogue(brokenCopy(change));
    return '';
  } catch (err) {
    return (err as Error).message;
  }
}

describe('the shipped catalogue', () => {
  const catalogue = loadCatalogue();

  it('validates, with an entry for every fix and info step', () => {
    const needed = Object.entries(steps)
      .filter(([, d]) => d.kind !== 'question')
      .map(([id]) => id);
    expect(needed.filter((id) => !catalogue.steps[id])).toEqual([]);
  });

  it('derives its ids from the content: notices, the procedures words, the drawings words', () => {
    expect(sourceIds).toEqual(Object.keys(json(join(root, 'content/notices.json'))));
    expect(procedureIds).toEqual(Object.keys(json(join(root, 'content/locales/zh-CN/procedures.json'))));
    expect(drawingIds).toEqual(Object.keys(json(join(root, 'content/locales/zh-CN/drawings.json'))).filter((k) => k !== 'common'));
  });

  it('uses every procedure card on a real procedure', () => {
    for (const procedure of Object.keys(catalogue.cards)) expect(procedureIds).toContain(procedure);
  });
});

describe('a broken catalogue fails with a message naming the file and the key', () => {
  const cases: Array<[string, (dir: string) => void, RegExp]> = [
    [
      'unknown procedure',
      (d) => edit(stepFile(d, 'duplicate-id'), (e) => (e.methods[0].procedure = 'dup-recod-info')),
      /catalogue\/steps\/duplicate-id\.json: methods\.0\.procedure — "dup-recod-info" is not allowed \(did you mean "dup-record-info"\?\); use one of: /,
    ],
    [
      'unknown source on a step',
      (d) => edit(stepFile(d, 'logout'), (e) => (e.sources[0] = 'cq24')),
      /catalogue\/steps\/logout\.json: sources\.0 — "cq24" is not allowed \(did you mean "cq23"\?\); use one of: cq23, jx22, hn20/,
    ],
    [
      'unknown source on a method',
      (d) => edit(stepFile(d, 'duplicate-id'), (e) => (e.methods[1].recommendedBy = ['jx23'])),
      /catalogue\/steps\/duplicate-id\.json: methods\.1\.recommendedBy\.0 — "jx23" is not allowed/,
    ],
    [
      'a fix step without an entry',
      (d) => unlinkSync(stepFile(d, 'forfeited-admission')),
      /catalogue\/steps\/forfeited-admission\.json: \(whole file\) — missing: "forfeited-admission" is a fix step, so it needs a catalogue entry/,
    ],
    [
      'an entry for a step that does not exist',
      (d) => writeFileSync(stepFile(d, 'forfeited-admision'), JSON.stringify({ sources: [], methods: [] })),
      /catalogue\/steps\/forfeited-admision\.json: \(whole file\) — "forfeited-admision" is not a step of the wizard \(did you mean "forfeited-admission"\?\)/,
    ],
    [
      'a procedure without words in some language',
      (d) => edit(join(d, 'locales/en/procedures.json'), (p) => delete p['logout-exit']),
      /locales\/en\/procedures\.json: logout-exit\.title — missing: every procedure needs a title in every language\n.*locales\/en\/procedures\.json: logout-exit\.steps — missing/,
    ],
    [
      'a procedure without steps in the generated language',
      (d) => edit(join(d, 'locales/zh-Hant/procedures.json'), (p) => (p['wait-24h'].steps = [])),
      /locales\/zh-Hant\/procedures\.json: wait-24h\.steps — missing/,
    ],
    [
      'an option without a label',
      (d) => edit(join(d, 'locales/en/steps.json'), (s) => delete s['login-problem'].options['forgot-username']),
      /locales\/en\/steps\.json: login-problem\.options\.forgot-username — missing: the answer "forgot-username" has no label/,
    ],
    [
      'a drawing without words',
      (d) => edit(join(d, 'locales/en/drawings.json'), (s) => delete s.login.caption),
      /locales\/en\/drawings\.json: login\.caption — missing/,
    ],
    [
      'unknown drawing',
      (d) => edit(stepFile(d, 'login'), (e) => (e.drawings[0].drawing = 'logn')),
      /catalogue\/steps\/login\.json: drawings\.0\.drawing — "logn" is not allowed \(did you mean "login"\?\)/,
    ],
    [
      'a condition on a fact schools do not have',
      (d) => edit(stepFile(d, 'duplicate-id'), (e) => (e.drawings[0].when.fact = 'rules.recordInfoMetod')),
      /catalogue\/steps\/duplicate-id\.json: drawings\.0\.when\.fact — "rules\.recordInfoMetod" is not allowed \(did you mean "rules\.recordInfoMethod"\?\)/,
    ],
    [
      'a condition with neither oneOf nor noneOf',
      (d) => edit(stepFile(d, 'duplicate-id'), (e) => delete e.drawings[0].when.oneOf),
      /catalogue\/steps\/duplicate-id\.json: drawings\.0\.when — give either "oneOf"/,
    ],
    [
      'unknown helper',
      (d) => edit(stepFile(d, 'name-changed'), (e) => (e.helpers = ['names'])),
      /catalogue\/steps\/name-changed\.json: helpers\.0 — "names" is not allowed \(did you mean "name"\?\); use one of: id, id15, name/,
    ],
    [
      'a misspelt field',
      (d) => edit(stepFile(d, 'logout'), (e) => ((e.method = e.methods), delete e.methods)),
      /catalogue\/steps\/logout\.json: method — unknown field \(check the spelling\); did you mean "methods"\?/,
    ],
    [
      'a flag from a notice the method does not come from',
      (d) => edit(stepFile(d, 'duplicate-id'), (e) => (e.methods[0].recommendedBy = ['hn20'])),
      /catalogue\/steps\/duplicate-id\.json: methods\.0\.recommendedBy — hn20 must also be among this method's sources/,
    ],
    [
      'a card for an unknown procedure',
      (d) => edit(join(d, 'catalogue/procedure-cards.json'), (c) => (c['report-eror'] = 'office.errorReport')),
      /catalogue\/procedure-cards\.json: report-eror — "report-eror" is not a procedure \(did you mean "report-error"\?\)/,
    ],
    [
      'an unknown card',
      (d) => edit(join(d, 'catalogue/procedure-cards.json'), (c) => (c['report-error'] = 'office.errors')),
      /catalogue\/procedure-cards\.json: report-error — "office\.errors" is not allowed.*use one of: /,
    ],
    [
      'a notice with a wrong date',
      (d) => edit(join(d, 'notices.json'), (n) => (n.cq23.date = '2023-10-32')),
      /notices\.json: cq23\.date — expected a real calendar date, but found "2023-10-32"/,
    ],
    [
      'a file that is not valid JSON',
      (d) => writeFileSync(stepFile(d, 'logout'), '{ "sources": [], }'),
      /catalogue\/steps\/logout\.json: line 1, column \d+ — not valid JSON/,
    ],
  ];

  it.each(cases)('%s', (_, change, expected) => {
    expect(messageFor(change)).toMatch(expected);
  });

  it('lists every problem at once, one line each', () => {
    const message = messageFor((d) => {
      edit(stepFile(d, 'duplicate-id'), (e) => (e.methods[0].procedure = 'nope'));
      edit(join(d, 'locales/en/procedures.json'), (p) => delete p['wait-24h'].title);
    });
    expect(message.split('\n')).toHaveLength(2);
  });
});

describe('npm run build', () => {
  it('stops on a broken catalogue, naming the file and the key (CONTENT_DIR points it at a broken copy)', () => {
    const dir = brokenCopy((d) => edit(stepFile(d, 'duplicate-id'), (e) => (e.methods[0].procedure = 'dup-recod-info')));
    const out = join(scratch, 'dist');
    const run = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: dir, OUT_DIR: out, SCHOOL: 'cqwu' },
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr + run.stdout).toMatch(
      /catalogue\/steps\/duplicate-id\.json: methods\.0\.procedure — "dup-recod-info" is not allowed/,
    );
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  }, 120_000);
});
