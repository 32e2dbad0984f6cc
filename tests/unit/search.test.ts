/**
 * The start page's 「输入你看到的提示」: the steps a few typed characters find, from the words in
 * content/ only, in each language and for each school's routing.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex, findSteps, normalise } from '../../src/search/find-steps';
import { createI18n, type LocaleBundle } from '../../src/i18n/i18n';
import { languages, type Lang } from '../../src/i18n/languages';
import { readLocale } from '../../scripts/content-plugin';
import { schools } from '../helpers/schools';
import { loose } from '../../src/i18n/loose';
import { schoolVars } from '../../src/school/vars';
import type { School } from '../../src/school/schema';

function indexFor(school: School, lang: Lang) {
  const i18n = createI18n(lang, readLocale(lang) as LocaleBundle);
  const ts = loose(i18n.getFixedT(lang, 'steps'));
  const vars = schoolVars(school, loose(i18n.getFixedT(lang, 'common')));
  return buildIndex(school.rules, (k) => String(ts(k, { ...vars, defaultValue: '' })));
}
const generic = schools.find((s) => s.id === 'generic')!;

describe('find a step by what CHSI shows (zh-CN, generic)', () => {
  const index = indexFor(generic, 'zh-CN');
  it.each([
    ['已被注册', 'id-already-registered'],
    ['重复', 'id-already-registered'],
    ['验证码', 'sms-code'],
    ['放弃', 'forfeited-admission'],
    ['找不到学籍', 'no-record'],
    ['忘了用户名', 'forgot-username'],
    ['手机号码存在', 'phone-already-registered'],
    ['未查名单', 'still-on-unchecked-list'],
  ])('「%s」 lists %s', (query, step) => {
    expect(findSteps(index, query)).toContain(step);
  });

  it('lists at most eight steps, and nothing for an unknown message', () => {
    expect(findSteps(index, '注册').length).toBeLessThanOrEqual(8);
    expect(findSteps(index, '火星天气')).toEqual([]);
    expect(findSteps(index, '   ')).toEqual([]);
  });

  it('a title match comes first', () => {
    expect(findSteps(index, '放弃入学资格')[0]).toBe('forfeited-admission');
  });
});

describe.each(languages.map((l) => l.code))('%s: the index is the page language’s words', (lang) => {
  it('finds the registration steps by a word of their titles', () => {
    const index = indexFor(generic, lang);
    const query = { 'zh-CN': '验证码', 'zh-Hant': '驗證碼', en: 'verification code' }[lang];
    expect(findSteps(index, query).length).toBeGreaterThan(0);
    // CHSI's messages stay simplified in every language, so they are found as CHSI shows them
    expect(findSteps(index, '证件号码已被注册')).toContain('id-already-registered');
  });
});

it.each(schools.map((s) => [s.id, s] as const))('%s: only steps the school routes to are found', (_id, school) => {
  const index = indexFor(school, 'zh-CN');
  const found = findSteps(index, '教务系统', 50);
  expect(found.includes('school-system-login')).toBe(school.rules.hasLocalSystem);
});

it('normalises marks, spaces, punctuation and case', () => {
  expect(normalise('[[证件号码已被注册]]，  OK!')).toBe('证件号码已被注册 ok');
});
