import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { steps } from '../../src/flow/steps';
import { listSchoolIds, loadSchoolFile } from '../../src/school/load-node';
import { procedureIds } from '../../src/catalogue/ids';
import { validateSchool } from '../../src/school/validate';

const ids = listSchoolIds();
/** A school file as plain JSON, to break on purpose: any field, set to anything. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- these tests write wrong types into the file on purpose
type LooseJson = Record<string, any>;
const raw = (id: string): LooseJson => structuredClone(loadSchoolFile(id)) as LooseJson;

/** Run the validator on a changed copy of a good file and return the error message ('' if it passed). */
function messageFor(change: (school: LooseJson) => void, file = 'cqwu.json'): string {
  const school = raw('cqwu');
  change(school);
  try {
    validateSchool(school, file);
    return '';
  } catch (err) {
    return (err as Error).message;
  }
}

describe('shipped school files', () => {
  it('include the generic build and the three schools of the notices', () => {
    expect(ids).toEqual(expect.arrayContaining(['generic', 'cqwu', 'jift', 'hufe']));
  });

  it.each(ids)('%s.json validates', (id) => {
    const school = loadSchoolFile(id);
    expect(school.id).toBe(id);
  });

  it.each(ids)('%s.json overrides methods only for fix steps, with known procedures', (id) => {
    const school = loadSchoolFile(id);
    for (const [step, methods] of Object.entries(school.methods)) {
      expect(steps[step as keyof typeof steps]?.kind).toBe('fix');
      for (const m of methods) expect(procedureIds).toContain(m.procedure);
    }
  });
});

describe('a broken school file fails with a message naming the field', () => {
  const cases: Array<[string, (s: LooseJson) => void, RegExp]> = [
    ['missing field', (s) => delete s.accountIsPhone, /^content\/schools\/cqwu\.json: accountIsPhone — missing/m],
    ['missing nested field', (s) => delete s.offices.forfeit.room, /: offices\.forfeit\.room — missing.*or null/],
    ['wrong type', (s) => (s.logoutByClosingAllowed = 'yes'), /: logoutByClosingAllowed — expected true or false.*found "yes"/],
    ['wrong type in a list', (s) => (s.cohorts = '2023级'), /: cohorts — expected a list/],
    [
      'unknown procedure id in methods',
      (s) => (s.methods['duplicate-id'][0].procedure = 'dup-recod-info'),
      /: methods\.duplicate-id\.0\.procedure — "dup-recod-info" is not allowed \(did you mean "dup-record-info"\?\); use one of: login-existing, /,
    ],
    [
      'unknown reason id',
      (s) => (s.methods['duplicate-id'][0].reason = 'fast'),
      /: methods\.duplicate-id\.0\.reason — "fast" is not allowed; use one of: no-helper-needed/,
    ],
    [
      'unknown step id as a methods key',
      (s) => (s.methods['dupe-id'] = [{ procedure: 'reregister' }]),
      /: methods\.dupe-id — "dupe-id" is not a step.*duplicate-id/,
    ],
    [
      'a question step as a methods key',
      (s) => (s.methods['register-error'] = [{ procedure: 'reregister' }]),
      /: methods\.register-error — .*question step, not a fix step/,
    ],
    [
      'a step this school never shows',
      (s) => (s.methods['id-registered-by-someone'] = [{ procedure: 'classmate-assist' }]),
      /: methods\.id-registered-by-someone — .*rules\.idConflictSplit is false/,
    ],
    ['empty methods list', (s) => (s.methods['name-changed'] = []), /: methods\.name-changed — the list must have at least 1 entry/],
    ['bad date', (s) => (s.window.end = '2023-02-30'), /: window\.end — expected a real calendar date, but found "2023-02-30"$/m],
    ['badly written date', (s) => (s.notice.date = '2023/10/11'), /: notice\.date — expected a date written YYYY-MM-DD/],
    [
      'window end before start',
      (s) => (s.window = { start: '2023-11-20', end: '2023-10-11' }),
      /: window\.end — the end \(2023-10-11\) is before the start \(2023-11-20\)/,
    ],
    ['id not the file name', (s) => (s.id = 'cqu'), /: id — must be "cqwu", the same as the file name/],
    ['misspelt extra field', (s) => (s.offcies = s.offices), /: offcies — unknown field.*did you mean "offices"\?/],
    ['misspelt nested field', (s) => (s.offices.forfeit.rooom = 'x'), /: offices\.forfeit\.rooom — unknown field.*did you mean "room"\?/],
    ['not a whole number', (s) => (s.classmateAssist.maxPerDay = 1.5), /: classmateAssist\.maxPerDay — expected a whole number/],
    ['bad address', (s) => (s.chsi.entryUrl = 'www.chsi.com.cn'), /: chsi\.entryUrl — expected an http:\/\/ or https:\/\/ address/],
    [
      'local system without the rule',
      (s) => (s.localSystem = { name: 'x', url: 'http://x.example/', account: 'a', password: 'p' }),
      /: rules\.hasLocalSystem — must be true/,
    ],
  ];

  it.each(cases)('%s', (_name, change, pattern) => {
    const message = messageFor(change);
    expect(message).toMatch(pattern);
  });

  it('reports every problem at once, one line per field, each starting with the file', () => {
    const message = messageFor((s) => {
      delete s.name;
      s.offcies = {};
      s.window.end = '2023-02-30';
    });
    const lines = message.split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^content\/schools\/cqwu\.json: \S+ — /);
  });

  it('checks the id against the file name it is given', () => {
    expect(messageFor(() => {}, 'jift.json')).toMatch(/^content\/schools\/jift\.json: id — must be "jift"/);
    expect(messageFor(() => {}, 'cqwu')).toBe('');
  });
});

describe('loadSchoolFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'schools-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file and the line of a JSON syntax error', () => {
    writeFileSync(join(dir, 'broken.json'), '{\n  "id": "broken",\n  "name": "x"\n  "source": null\n}\n');
    expect(() => loadSchoolFile('broken', dir)).toThrow(/broken\.json: line 4, column 3 — not valid JSON/);
  });

  it('lists the available schools when the file is missing', () => {
    expect(() => loadSchoolFile('nope')).toThrow(/content\/schools\/nope\.json: not found — .*available: .*cqwu.*generic/);
    expect(() => loadSchoolFile('../package')).toThrow(/not found/);
  });
});

describe('facts from the notices', () => {
  it('cqwu: 放弃入学资格 is handled in person in 红河知津楼D105室, bringing the admission letter', () => {
    const { forfeit } = loadSchoolFile('cqwu').offices;
    expect(forfeit?.name).toBe('教务处学务科');
    expect(forfeit?.room).toBe('红河知津楼D105室');
    expect(forfeit?.inPerson).toBe(true);
    expect(forfeit?.bring).toContain('录取通知书');
    expect(loadSchoolFile('cqwu').offices.errorReport).toBeNull();
  });

  it('cqwu: 方法3 is recommended and 方法1 discouraged for a duplicated ID', () => {
    const methods = loadSchoolFile('cqwu').methods['duplicate-id'];
    expect(methods.map((m) => [m.procedure, m.label])).toEqual([
      ['dup-record-info', '方法3'],
      ['classmate-assist', '方法2'],
      ['dup-cs-photo-review', '方法1'],
    ]);
    expect(methods[0].recommended).toBe(true);
    expect(methods[2].discouraged).toBe(true);
  });

  it('hufe: after a name change, use the admission name', () => {
    expect(loadSchoolFile('hufe').methods['name-changed'].map((m) => m.procedure)).toEqual(['name-admission']);
  });

  it('hufe: errors go through the college to 教务处学籍管理科 by 2020-10-04; CHSI phone normalised', () => {
    const hufe = loadSchoolFile('hufe');
    expect(hufe.offices.errorReport).toMatchObject({ name: '教务处学籍管理科', deadline: '2020-10-04' });
    expect(hufe.customerService.phone).toBe('010-82199588');
    expect(hufe.classmateAssist?.maxPerDay).toBe(5);
    expect(hufe.localSystem?.url).toBe('http://jiaowu2.hufe.edu.cn/');
  });

  it('jift: a duplicated ID is first solved in the Android app (途径 1), recommended', () => {
    const [first] = loadSchoolFile('jift').methods['duplicate-id'];
    expect(first.procedure).toBe('app-real-person');
    expect(first.recommended).toBe(true);
    expect(first.label).toBe('途径 1');
  });

  it('generic: no school, no offices, no overrides, every route offered', () => {
    const generic = loadSchoolFile('generic');
    expect(generic.name).toBeNull();
    expect(generic.source).toBeNull();
    expect(Object.values(generic.offices).every((o) => o === null)).toBe(true);
    expect(generic.methods).toEqual({});
    expect(Object.values(generic.rules).every(Boolean)).toBe(true);
  });

  it('only school files name a source notice, each its own', () => {
    expect(ids.map((id) => [id, loadSchoolFile(id).source])).toEqual(
      expect.arrayContaining([
        ['cqwu', 'cq23'],
        ['jift', 'jx22'],
        ['hufe', 'hn20'],
        ['generic', null],
      ]),
    );
  });
});
