import { describe, it, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { analyzeName, loadToSimplified, NAME_DOT, type NameIssue, type NameIssueId } from '../../src/tools/name-check';
import { KEEP_AS_SIMPLIFIED } from '../../src/tools/to-simplified';
import { spaceKinds } from '../helpers/space-kinds';

let toSimplified: (s: string) => string;
beforeAll(async () => {
  toSimplified = await loadToSimplified();
});

const ids = (raw: string, convert?: (s: string) => string): NameIssueId[] => analyzeName(raw, convert).issues.map((issue) => issue.id);
const issue = <K extends NameIssueId>(raw: string, id: K, convert?: (s: string) => string) =>
  analyzeName(raw, convert).issues.find((i): i is Extract<NameIssue, { id: K }> => i.id === id);

/** Every hanzi of GB 2312 (rows 16–87), decoded with the platform's GBK decoder. */
function gb2312Hanzi(): string[] {
  const decoder = new TextDecoder('gbk');
  const chars: string[] = [];
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\uFFFD') chars.push(ch);
    }
  }
  return chars;
}

describe('analyzeName without the converter', () => {
  it('empty input, or only spaces', () => {
    expect(ids('')).toEqual(['empty']);
    expect(ids(' \u3000')).toEqual(['empty']);
  });

  it('a plain simplified name has no issue and is kept as is', () => {
    expect(analyzeName('王芳')).toEqual({ cleaned: '王芳', issues: [], simplified: null });
  });

  it.each(spaceKinds)('%s before, between and after the characters', (_name, space) => {
    for (const raw of [`${space}张伟`, `张伟${space}`, `张${space}伟`, `${space}张${space}伟${space}`]) {
      expect(ids(raw)).toEqual(['spaces']);
      expect(analyzeName(raw).cleaned).toBe('张伟');
    }
  });

  it('full-width latin letters are flagged and made half-width', () => {
    const result = analyzeName('ＡＢｃ');
    expect(result.cleaned).toBe('ABc');
    expect(result.issues.map((i) => i.id)).toEqual(['full-width-latin', 'latin-or-digits']);
  });

  it('"·" in a minority name is fine', () => {
    expect(analyzeName('买买提·艾力')).toEqual({ cleaned: '买买提·艾力', issues: [], simplified: null });
    expect(ids('阿依古丽·买买提')).toEqual([]);
  });

  it('look-alike dots are flagged and replaced with "·"', () => {
    for (const dot of ['•', '・', '･', '‧', '．']) {
      expect(issue(`买买提${dot}艾力`, 'dot-variant')).toEqual({ id: 'dot-variant', chars: [dot] });
      expect(analyzeName(`买买提${dot}艾力`).cleaned).toBe(`买买提${NAME_DOT}艾力`);
    }
  });

  it('other symbols are named', () => {
    expect(issue('张伟。', 'other-chars')).toEqual({ id: 'other-chars', chars: ['。'] });
  });

  it('cleaning is idempotent', () => {
    const messy = fc.string({ unit: fc.constantFrom('张', '伟', '張', ' ', '\u3000', '\t', 'Ａ', 'a', '·', '•', '。'), maxLength: 12 });
    fc.assert(
      fc.property(messy, (raw) => {
        const cleaned = analyzeName(raw).cleaned;
        expect(analyzeName(cleaned).cleaned).toBe(cleaned);
        expect(ids(cleaned)).not.toContain('spaces');
      }),
    );
  });
});

describe('analyzeName with the real opencc converter', () => {
  it.each([
    ['張偉', '张伟'],
    ['陳', '陈'],
    ['劉', '刘'],
    ['歐陽娜娜', '欧阳娜娜'],
    ['鍾麗華', '钟丽华'],
  ])('%s is traditional, simplified %s', (raw, simple) => {
    const result = analyzeName(raw, toSimplified);
    expect(result.simplified).toBe(simple);
    expect(result.issues.map((i) => i.id)).toEqual(['traditional']);
  });

  it('names the characters to change', () => {
    expect(issue('張偉', 'traditional', toSimplified)).toEqual({
      id: 'traditional',
      pairs: [
        ['張', '张'],
        ['偉', '伟'],
      ],
    });
  });

  it('covers Hong Kong and Taiwan forms', () => {
    expect(analyzeName('衞', toSimplified).simplified).toBe('卫'); // Hong Kong form
    expect(analyzeName('臺', toSimplified).simplified).toBe('台');
  });

  it('never suggests a character outside the BMP that phone keyboards cannot type (頔 → U+2CC56)', () => {
    expect([...toSimplified('頔')].some((c) => c.codePointAt(0)! > 0xffff)).toBe(true);
    const result = analyzeName('王頔', toSimplified);
    expect(result.issues).toEqual([]);
    expect(result.simplified).toBeNull();
    expect(analyzeName('張頔', toSimplified).simplified).toBe('张頔');
  });

  it('a simplified name has no traditional issue', () => {
    for (const name of ['张伟', '陈静', '刘洋', '王芳', '欧阳娜娜', '买买提·艾力']) {
      const result = analyzeName(name, toSimplified);
      expect(result.simplified).toBeNull();
      expect(result.issues).toEqual([]);
    }
  });

  it('spaces and traditional together: the suggestion fixes both', () => {
    const result = analyzeName(' 張 偉\u3000', toSimplified);
    expect(result.issues.map((i) => i.id)).toEqual(['spaces', 'traditional']);
    expect(result.cleaned).toBe('張偉');
    expect(result.simplified).toBe('张伟');
  });

  it('never calls a GB 2312 character traditional', () => {
    const changed = gb2312Hanzi().filter((ch) => toSimplified(ch) !== ch);
    expect(changed).toEqual([]);
  });

  it('keeps characters that are standard in names (乾, 於, 昇…)', () => {
    for (const ch of ['乾', '於', '昇', '陞', '麴']) {
      expect(KEEP_AS_SIMPLIFIED.has(ch)).toBe(true);
      expect(analyzeName(`王${ch}`, toSimplified).issues).toEqual([]);
    }
  });

  it('loads once and shares the converter', async () => {
    expect(await loadToSimplified()).toBe(toSimplified);
  });
});
