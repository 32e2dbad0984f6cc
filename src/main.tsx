/** Client entry: wire the school, the language's words and the page, then hydrate the prerendered HTML. */
import { hydrateRoot, createRoot } from 'react-dom/client';
import school from 'virtual:school';
import { loadLocale } from 'virtual:locales';
import { App } from './app';
import { createI18n } from './i18n/i18n';
import { isLang, defaultLang } from './i18n/languages';
import { allowSchoolHost } from './routing/external';
import { isExtraPage, parsePath } from './routing/paths';
import { isStepId } from './flow/steps';
import './styles/base.css';

async function boot() {
  const root = document.getElementById('root');
  if (!root) return;
  const parsedLang = parsePath(location.pathname).lang;
  const lang = isLang(root.dataset.lang) ? root.dataset.lang : parsedLang ?? defaultLang;
  const page = pageFromDocument(root);
  allowSchoolHost(school.localSystem?.url);
  const i18n = createI18n(lang, await loadLocale(lang));
  const app = <App school={school} lang={lang} page={page} i18n={i18n} syncUrl />;
  if (root.hasChildNodes()) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

/** The page a prerendered file was built for; in the dev server (no prerendering), read the address. */
function pageFromDocument(root: HTMLElement) {
  const attr = root.dataset.page;
  if (attr !== undefined) return isStepId(attr) || isExtraPage(attr) ? attr : null;
  if (location.pathname === '/' || location.pathname === '/index.html') return 'start' as const;
  const parsed = parsePath(location.pathname);
  return parsed.kind === 'page' ? parsed.page : null;
}

void boot();
