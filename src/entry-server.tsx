/**
 * Renders one page to HTML for prerendering (scripts/site-pages.mjs): built for Node by the build
 * (scripts/prerender.mjs) and for the browser by the school kit (kit/). The school and SITE_URL are
 * arguments, not compiled in, so one build renders any school.
 */
import { renderToString } from 'react-dom/server';
import { loadLocale } from 'virtual:locales';
import { App } from './app';
import { createI18n } from './i18n/i18n';
import { languages, type Lang } from './i18n/languages';
import { allowSchoolHost } from './routing/external';
import { setSite } from './routing/site';
import type { PageSite } from './site/page-site';
import { pagePath, type PageId } from './routing/paths';
import { stepIds } from './flow/steps';
import { plain } from './i18n/plain';
import { schoolVars } from './school/vars';
import { loose } from './i18n/loose';
import { pageTitle } from './a11y/page-title';
import { loadParts, partsFor, partSources } from './screens/page-parts';
import { inlineJson, pageWords, recordLookups } from './i18n/page-words';

// the key under which a language link records the student's choice (scripts/boot-script.js)
export { LANG_KEY, TRAILS_KEY } from './routing/storage';
export { languages, stepIds, pagePath, partsFor, partSources };
export { siteScript } from './site/page-site';
export { validateSchool } from './school/validate';

export interface RenderedPage {
  html: string;
  title: string;
  description: string;
  htmlLang: string;
  /** Step pages: the words the page looked up, as JSON for its inline `#page-words` script. */
  words?: string;
}

export async function renderPage(page: PageId | null, lang: Lang, { school, siteUrl, builtOn }: PageSite): Promise<RenderedPage> {
  allowSchoolHost(school.localSystem?.url);
  setSite({ siteUrl, builtOn });
  await loadParts();
  const locale = await loadLocale(lang);
  const i18n = createI18n(lang, locale);
  const isStep = page !== null && stepIds.includes(page as never);
  const seen = recordLookups(i18n);
  const html = renderToString(<App school={school} lang={lang} page={page} i18n={i18n} />);
  const t = loose(i18n.getFixedT(lang));
  const vars = schoolVars(school, t);
  const appName = t('app.name');
  let title = '';
  let description = t('app.tagline');
  if (page === null) title = t('notFound.title');
  else if (isStep) {
    title = plain(String(t(`${page}.title`, { ...vars, ns: 'steps' })));
    description = plain(String(t(`${page}.description`, { ...vars, ns: 'steps', defaultValue: description })));
  } else if (page === 'counselor' || page === 'map') {
    title = t(`${page}.title`);
    description = t(`${page}.description`);
  }
  title = pageTitle(title, appName, school.name);
  const words = isStep ? inlineJson(pageWords(locale, seen)) : undefined;
  return { html, title, description, htmlLang: languages.find((l) => l.code === lang)!.htmlLang, words };
}
