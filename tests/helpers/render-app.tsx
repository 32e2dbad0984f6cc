/** Renders the real app for one page, with a school's facts and a language's words, in jsdom. */
import { render } from '@testing-library/react';
import { App } from '../../src/app';
import { createI18n, type LocaleBundle } from '../../src/i18n/i18n';
import type { Lang } from '../../src/i18n/languages';
import type { PageId } from '../../src/routing/paths';
import { readLocale, readSchool } from '../../scripts/content-plugin';

export function renderApp({ school = 'generic', page = 'start', lang = 'zh-CN', syncUrl = true }: { school?: string; page?: PageId | null; lang?: Lang; syncUrl?: boolean } = {}) {
  const facts = readSchool(school);
  const i18n = createI18n(lang, readLocale(lang) as LocaleBundle);
  return { facts, i18n, ...render(<App school={facts} lang={lang} page={page} i18n={i18n} syncUrl={syncUrl} />) };
}

export const words = (lang: Lang = 'zh-CN') => readLocale(lang) as Record<string, Record<string, any>>;
