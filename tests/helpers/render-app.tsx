/** Renders the real app for one page, with a school's facts and a language's words, in jsdom. */
import { act, render } from '@testing-library/react';
import { App } from '../../src/app';
import { createI18n, type LocaleBundle } from '../../src/i18n/i18n';
import type { Lang } from '../../src/i18n/languages';
import type { PageId } from '../../src/routing/paths';
import { readLocale, readSchool } from '../../scripts/content-plugin';
import { loadParts, partsFor } from '../../src/screens/page-parts';
import { dropAfterPaint } from '../../src/routing/after-paint';

/**
 * Renders a page the way main.tsx starts it in the browser: its parts loaded first, then the app,
 * which loads the statechart and the other parts; resolves once the page is ready (steps change
 * in place), like the browser tests' waitForHydration.
 */
export async function renderApp({
  school = 'generic',
  page = 'start',
  lang = 'zh-CN',
  syncUrl = true,
}: { school?: string; page?: PageId | null; lang?: Lang; syncUrl?: boolean } = {}) {
  // history writes a previous test's page left waiting for a frame are not this page's
  dropAfterPaint();
  const facts = readSchool(school);
  const i18n = createI18n(lang, readLocale(lang) as LocaleBundle);
  await loadParts(partsFor(page, facts));
  let ready!: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const result = render(
    <App school={facts} lang={lang} page={page} i18n={i18n} syncUrl={syncUrl} prepare={() => loadParts()} onReady={ready} />,
  );
  await act(() => isReady);
  return { facts, i18n, ...result };
}

/** A language's words, as loose JSON (their shape is tested in tests/unit/locales.test.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- read as each test needs them
export const words = (lang: Lang = 'zh-CN') => readLocale(lang) as Record<string, Record<string, any>>;
