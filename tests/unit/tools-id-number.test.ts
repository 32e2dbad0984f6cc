import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { analyzeId, checkDigit, to15, type IdIssue, type IdIssueId } from '../../src/tools/id-number';
import { spaceKinds } from '../helpers/space-kinds';

/** A fixed "today" so the future-date checks don't depend on when the tests run. */
const today = new Date(2025, 8, 1); // 2025-09-01, local time
const check = (raw: string) => analyzeId(raw, { today });
const ids = (raw: string): IdIssueId[] => check(raw).issues.map((issue) => issue.id);
const issue = <K extends IdIssueId>(raw: string, id: K) => check(raw).issues.find((i): i is Extract<IdIssue, { id: K }> => i.id === id);

/** The sample from GB 11643-1999 itself. */
const SAMPLE = '11010519491231002X';
/** Check characters worked out by hand (an independent script), not by checkDigit. */
const KNOWN_GOOD = ['450203200401011238', '510107200703153211', '320106200402290042', '110105190001011231'];

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A real birth date between 1900-01-01 and 2024-12-31, as YYYYMMDD. */
const birthDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2024 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) => {
    const last = month === 2 && leap(year) ? 29 : DAYS[month - 1];
    return fc.integer({ min: 1, max: last }).map((day) => `${pad(year, 4)}${pad(month, 2)}${pad(day, 2)}`);
  });
const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
/** A well-formed 18-character ID with a real date and the right check character. */
const validId = fc
  .tuple(digits(6), birthDate, digits(3))
  .map(([area, date, seq]) => area + date + seq)
  .map((first17) => first17 + checkDigit(first17));

describe('checkDigit / analyzeId on known numbers', () => {
  it('accepts the GB 11643-1999 sample', () => {
    expect(checkDigit(SAMPLE.slice(0, 17))).toBe('X');
    const result = check(SAMPLE);
    expect(result).toEqual({ cleaned: SAMPLE, issues: [], valid: true, birthDate: '1949-12-31', id15: '110105491231002' });
  });

  it.each(KNOWN_GOOD)('accepts %s (check character computed independently)', (id) => {
    expect(checkDigit(id.slice(0, 17))).toBe(id[17]);
    expect(check(id).valid).toBe(true);
    expect(check(id).issues).toEqual([]);
  });

  it('refuses checkDigit input that is not 17 digits', () => {
    expect(() => checkDigit('123')).toThrow(RangeError);
    expect(() => checkDigit('1101051949123100X')).toThrow(RangeError);
  });
});

describe('properties', () => {
  it('17 digits with a real date plus checkDigit is always valid', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const result = check(id);
        expect(result.issues).toEqual([]);
        expect(result.valid).toBe(true);
        expect(result.birthDate).toBe(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`);
      }),
    );
  });

  it('changing any single character of a valid ID fails the check (MOD 11-2 catches every one)', () => {
    const change = validId.chain((id) =>
      fc.integer({ min: 0, max: 17 }).chain((index) => {
        const pool = (index === 17 ? '0123456789X' : '0123456789').replace(id[index], '');
        return fc.constantFrom(...pool).map((ch) => ({ id, changed: id.slice(0, index) + ch + id.slice(index + 1) }));
      }),
    );
    fc.assert(
      fc.property(change, ({ changed }) => {
        const result = check(changed);
        expect(result.valid).toBe(false);
        expect(result.issues.map((i) => i.id)).toContain('bad-check-digit');
      }),
    );
  });

  it('to15 drops exactly indices 6, 7 and 17 and leaves 15 characters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (id) => {
        const short = to15(id);
        expect(short).toHaveLength(15);
        expect(short).toBe([...id].filter((_, i) => i !== 6 && i !== 7 && i !== 17).join(''));
        expect(check(id).id15).toBe(short);
      }),
    );
  });

  it('cleaning is idempotent', () => {
    const messy = fc.string({
      unit: fc.constantFrom(...'0123456789xX', ' ', '\u3000', '\t', '\u00A0', '\u200B', '０', '９', 'Ｘ', 'ｘ', '-', 'a', '号'),
      maxLength: 30,
    });
    fc.assert(
      fc.property(messy, (raw) => {
        const once = check(raw);
        const twice = check(once.cleaned);
        expect(twice.cleaned).toBe(once.cleaned);
        expect(twice.valid).toBe(once.valid);
        expect(twice.id15).toBe(once.id15);
      }),
    );
  });
});

describe('each kind of bad input has its issue', () => {
  it('empty input, or only spaces', () => {
    expect(ids('')).toEqual(['empty']);
    expect(ids(' \u3000\t')).toEqual(['empty']);
    expect(check('').valid).toBe(false);
  });

  it.each(spaceKinds)('%s before, inside and after the number', (_name, space) => {
    expect(ids(space + SAMPLE)).toEqual(['leading-space']);
    expect(ids(SAMPLE + space)).toEqual(['trailing-space']);
    expect(ids(`110105${space}19491231${space}002X`)).toEqual(['inner-space']);
    for (const raw of [space + SAMPLE, SAMPLE + space, `110105${space}19491231002X`]) {
      expect(check(raw).cleaned).toBe(SAMPLE);
      expect(check(raw).valid).toBe(true);
    }
  });

  it('full-width digits and full-width X', () => {
    const raw = '１１０１０５１９４９１２３１００２Ｘ';
    expect(ids(raw)).toEqual(['full-width-digits']);
    expect(check(raw).cleaned).toBe(SAMPLE);
    expect(check('11010519491231002ｘ').cleaned).toBe(SAMPLE);
  });

  it('lower-case x', () => {
    expect(ids('11010519491231002x')).toEqual(['lowercase-x']);
    expect(check('11010519491231002x')).toMatchObject({ cleaned: SAMPLE, valid: true });
  });

  it('trailing space and lower-case x together', () => {
    expect(ids('11010519491231002x ')).toEqual(['trailing-space', 'lowercase-x']);
  });

  it('wrong length, with the actual length', () => {
    expect(issue('1101051949123100', 'wrong-length')).toEqual({ id: 'wrong-length', length: 16 });
    expect(issue(`${SAMPLE}1`, 'wrong-length')).toEqual({ id: 'wrong-length', length: 19 });
    expect(issue('110105491231002', 'wrong-length')).toEqual({ id: 'wrong-length', length: 15 });
    expect(check('1101051949123100').id15).toBeNull();
  });

  it('bad characters, each named once', () => {
    expect(issue('110105-19491231-002X', 'bad-chars')).toEqual({ id: 'bad-chars', chars: ['-'] });
    expect(issue('11010519491231002×', 'bad-chars')).toEqual({ id: 'bad-chars', chars: ['×'] });
    expect(issue('1101051949123100a号', 'bad-chars')).toEqual({ id: 'bad-chars', chars: ['a', '号'] });
    expect(check('11010519491231002×')).toMatchObject({ valid: false, id15: null });
  });

  it('an impossible date such as 2023-02-30', () => {
    const id = '110105202302301238';
    expect(ids(id)).toEqual(['bad-birth-date']);
    expect(issue(id, 'bad-birth-date')).toEqual({ id: 'bad-birth-date', digits: '20230230', problem: 'not-a-date' });
    expect(check(id)).toMatchObject({ valid: false, birthDate: null, id15: '110105230230123' });
    expect(issue('32010620050229004X', 'bad-birth-date')?.problem).toBe('not-a-date'); // 2005 is no leap year
    expect(issue(`110105194913${'31'}0021`, 'bad-birth-date')?.problem).toBe('not-a-date');
  });

  it('a date in the future, but today is fine', () => {
    expect(issue('110105202509021233', 'bad-birth-date')?.problem).toBe('future');
    expect(check('110105202509011238').valid).toBe(true);
  });

  it('a year before 1900', () => {
    expect(ids('440524188001010014')).toEqual(['bad-birth-date']);
    expect(issue('440524188001010014', 'bad-birth-date')?.problem).toBe('too-early');
  });

  it('X anywhere but last', () => {
    expect(ids('1101051949123X002X')).toContain('x-not-last');
    expect(ids('11010519491231002X1')).toContain('x-not-last');
    expect(check('1101051949123X0021')).toMatchObject({ valid: false, id15: null });
    expect(ids(SAMPLE)).not.toContain('x-not-last');
  });

  it('a wrong check character, with the expected one', () => {
    expect(issue('110105194912310021', 'bad-check-digit')).toEqual({ id: 'bad-check-digit', expected: 'X', actual: '1' });
    expect(ids('110105194912310021')).toEqual(['bad-check-digit']);
  });
});

describe('Hong Kong, Macau and Taiwan document numbers are not mainland IDs', () => {
  it.each([
    ['A123456(7)', 'hk-id'],
    ['AB987654(3)', 'hk-id'],
    ['a123456(a)', 'hk-id'],
    ['Ａ１２３４５６（７）', 'hk-id'],
    ['1234567(8)', 'mo-id'],
    ['5215299(8)', 'mo-id'],
    ['12345678', 'tw-permit'],
    [' 1234 5678 ', 'tw-permit'],
    ['A123456789', 'tw-id'],
  ] as const)('%s is %s, never "must be 18 digits"', (raw, kind) => {
    const result = check(raw);
    expect(result.issues.map((i) => i.id)).toEqual([kind]);
    expect(result.valid).toBe(false);
  });

  it('a mainland ID being typed is not taken for one (except eight digits, which could be a Taiwan permit)', () => {
    for (let n = 1; n <= 18; n++) {
      const typed = SAMPLE.slice(0, n);
      const other = ids(typed).filter((id) => ['hk-id', 'mo-id', 'tw-id'].includes(id));
      expect(other).toEqual([]);
      if (n !== 8) expect(ids(typed)).not.toContain('tw-permit');
    }
    expect(check(SAMPLE).valid).toBe(true);
  });
});
