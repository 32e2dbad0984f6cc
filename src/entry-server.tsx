/** Build-time entry: renders one page to HTML for the prerender script (scripts/prerender.mjs). */
import { renderToString } from 'react-dom/server';
import school from 'virtual:school';
import { loadLocale } from 'virtual:locales';
import { siteUrl } from 'virtual:site';
import { App } from './app';
import { createI18n } from './i18n/i18n';
import { languages, type Lang } from './i18n/languages';
import { allowSchoolHost } from './routing/external';
import { pagePath, type PageId } from './routing/paths';
import { stepIds } from './flow/steps';
import { plain } from './screens/step-text';
import { schoolVars } from './school/vars';
import { loose } from './i18n/loose';
import { pageTitle } from './a11y/page-title';

export { school, siteUrl, languages, stepIds, pagePath };

export interface RenderedPage {
  html: string;
  title: string;
  description: string;
  htmlLang: string;
}

export async function renderPage(page: PageId | null, lang: Lang): Promise<RenderedPage> {
  allowSchoolHost(school.localSystem?.url);
  const i18n = createI18n(lang, await loadLocale(lang));
  const html = renderToString(<App school={school} lang={lang} page={page} i18n={i18n} />);
  const t = loose(i18n.getFixedT(lang));
  const vars = schoolVars(school, t);
  const appName = t('app.name');
  let title = '';
  let description = t('app.tagline');
  if (page === null) title = t('notFound.title');
  else if (stepIds.includes(page as never)) {
    title = plain(String(t(`${page}.title`, { ...vars, ns: 'steps' })));
    description = plain(String(t(`${page}.description`, { ...vars, ns: 'steps', defaultValue: description })));
  } else if (page === 'counselor' || page === 'map') {
    title = t(`${page}.title`);
    description = t(`${page}.description`);
  }
  title = pageTitle(title, appName, school.name);
  return { html, title, description, htmlLang: languages.find((l) => l.code === lang)!.htmlLang };
}
