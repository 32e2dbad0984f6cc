// @vitest-environment jsdom
/**
 * The "where to tap" drawings (src/drawings): each one is an image with a text alternative from
 * content/locales/<lng>/drawings.json, shows the CHSI labels it points at (in simplified Chinese,
 * marked lang="zh-CN", in every language), has a visible caption and the "schematic, not a
 * screenshot" note, and stays small. drawingsByStep only names real steps and real drawings.
 */
import { render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { drawingIds, drawings, drawingsByStep, drawingsFor, StepDrawings, type DrawingId } from '../../src/drawings';
import { isStepId, type StepId } from '../../src/flow/steps';
import { createI18n, type LocaleBundle } from '../../src/i18n/i18n';
import type { Lang } from '../../src/i18n/languages';
import { SchoolProvider } from '../../src/school/school-context';
import type { School } from '../../src/school/schema';
import { readLocale, readSchool } from '../../scripts/content-plugin';

const schools = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'schools'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));
const langs: Lang[] = ['zh-CN', 'en'];
const words = (lang: Lang) => readLocale(lang) as Record<string, Record<string, Record<string, string>>>;

/** The CHSI labels each drawing must show (the school's own path where the drawing follows it). */
const labels: Record<DrawingId, (s: School) => string[]> = {
  'register-start': () => ['学信档案', '注册'],
  'register-top-right': () => ['注册'],
  'register-button': (s) => s.chsi.registerPath,
  'register-form': () => ['手机号码', '免费获取', '验证码', '我已阅读并同意服务条款', '立即注册'],
  'sms-code': () => ['手机号码', '免费获取', '验证码'],
  'register-submit': () => ['我已阅读并同意服务条款', '立即注册'],
  login: () => ['账号', '密码', '登录'],
  'open-record': (s) => s.chsi.recordNav,
  'check-record': () => ['姓名', '证件号码', '录取照片', '学籍状态'],
  logout: () => ['退出'],
  'duplicate-id': () => ['解决身份证号重复的问题', '提供学籍或学历信息', '确定'],
  'forgot-username': () => ['找回用户名', '证件号码', '姓名', '找回密码'],
};

function renderStep(step: StepId, school: School, lang: Lang) {
  const i18n = createI18n(lang, readLocale(lang) as LocaleBundle);
  return render(
    <I18nextProvider i18n={i18n}>
      <SchoolProvider value={school}>
        <StepDrawings step={step} />
      </SchoolProvider>
    </I18nextProvider>,
  );
}

/** Every (school, step, drawing) the site can show. */
const shown = schools.flatMap((id) => {
  const school = readSchool(id);
  return (Object.keys(drawingsByStep) as StepId[]).flatMap((step) =>
    drawingsFor(step, school).map((drawing) => ({ id, school, step, drawing })),
  );
});

describe('drawingsByStep', () => {
  it('names only real steps and real drawings', () => {
    const steps = Object.keys(drawingsByStep);
    expect(steps.filter((s) => !isStepId(s))).toEqual([]);
    expect(
      Object.values(drawingsByStep)
        .flat()
        .filter((d) => !(d in drawings)),
    ).toEqual([]);
  });

  it('every drawing is used by some step', () => {
    const used = new Set(Object.values(drawingsByStep).flat());
    expect(drawingIds.filter((d) => !used.has(d))).toEqual([]);
  });

  it.each(schools)('%s: the register step gets exactly one register drawing, the happy path one drawing each', (id) => {
    const school = readSchool(id);
    for (const step of [
      'register-start',
      'register-form',
      'register-sms-code',
      'register-submit',
      'login',
      'open-record',
      'check-record',
      'logout',
    ] as StepId[]) {
      expect(drawingsFor(step, school), step).toHaveLength(1);
    }
  });

  it('picks the register drawing from the school’s CHSI wording', () => {
    expect(drawingsFor('register-start', readSchool('cqwu'))).toEqual(['register-start']);
    expect(drawingsFor('register-start', readSchool('jift'))).toEqual(['register-top-right']);
    expect(drawingsFor('register-start', readSchool('hufe'))).toEqual(['register-button']);
    // “提供学籍或学历信息” is only offered by schools with that method
    expect(drawingsFor('duplicate-id', readSchool('cqwu'))).toEqual(['duplicate-id']);
    expect(drawingsFor('duplicate-id', readSchool('jift'))).toEqual([]);
  });
});

describe.each(langs)('drawing words (%s)', (lang) => {
  const d = words(lang).drawings;
  it('every drawing has a text alternative and a caption, plus the note', () => {
    expect(d?.common?.note).toBeTruthy();
    const missing = drawingIds.filter((id) => !d?.[id]?.alt?.trim() || !d?.[id]?.caption?.trim());
    expect(missing).toEqual([]);
  });
});

describe.each(langs)('rendered drawings (%s)', (lang) => {
  const d = words(lang).drawings;
  it.each(shown.map((s) => [`${s.id} ${s.step} → ${s.drawing}`, s] as const))('%s', (_, { school, step, drawing }) => {
    const { container } = renderStep(step, school, lang);
    const figure = container.querySelector(`figure.drawing[data-drawing="${drawing}"]`) as HTMLElement;
    expect(figure).not.toBeNull();

    // an image, named by its <title>, which holds the text alternative from content
    const img = within(figure).getByRole('img');
    expect(img.tagName.toLowerCase()).toBe('svg');
    const titleId = img.getAttribute('aria-labelledby')!;
    const title = img.querySelector('title')!;
    expect(title.id).toBe(titleId);
    const name = title.textContent ?? '';
    expect(name.length).toBeGreaterThan(20);
    expect(name).not.toMatch(/\[\[|\]\]|\{\{|\}\}/);
    // the content's words, with [[labels]] as plain quoted labels (and the school's vars filled in)
    const firstWords = d[drawing]!.alt!.split(/\[\[|\{\{/)[0]!.trim();
    expect(name.startsWith(firstWords)).toBe(true);
    expect(screen.getByRole('img', { name })).toBe(img);

    // the CHSI labels, in simplified Chinese, inside a lang="zh-CN" group
    const drawn = [...img.querySelectorAll('text')].map((t) => t.textContent);
    for (const label of labels[drawing](school)) expect(drawn, label).toContain(label);
    for (const t of img.querySelectorAll('text')) expect(t.closest('[lang]')?.getAttribute('lang')).toBe('zh-CN');
    expect(title.closest('[lang]')).toBeNull(); // the alternative is in the page's language

    // a visible caption with the note
    const caption = figure.querySelector('figcaption')!;
    expect(caption.textContent).toContain(d.common!.note);
    expect(caption.textContent!.replace(d.common!.note!, '').trim().length).toBeGreaterThan(2);
  });
});

it('the alternative glosses CHSI labels in English and keeps them quoted in Chinese', () => {
  const school = readSchool('cqwu');
  renderStep('logout', school, 'en');
  expect(screen.getByRole('img').querySelector('title')!.textContent).toContain('“退出” (Log out)');
  document.body.innerHTML = '';
  renderStep('logout', school, 'zh-CN');
  expect(screen.getAllByRole('img').at(-1)!.querySelector('title')!.textContent).toContain('“退出”');
});

it('renders nothing on a step without drawings', () => {
  const { container } = renderStep('start', readSchool('generic'), 'zh-CN');
  expect(container.innerHTML).toBe('');
});

it.each(drawingIds)('%s: under 3 KB of markup and no inline styles (CSP)', (id) => {
  const school = readSchool(id === 'register-start' ? 'cqwu' : id === 'register-top-right' ? 'jift' : 'hufe');
  const Drawing = drawings[id];
  const html = renderToStaticMarkup(<Drawing alt="x" school={school} />);
  expect(html.length).toBeLessThan(3 * 1024);
  expect(html).not.toMatch(/\sstyle=/);
  expect(html).toMatch(/^<svg[^>]*viewBox="0 0 240 \d+"/);
});
