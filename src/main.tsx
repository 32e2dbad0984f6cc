/**
 * Client entry: wire the school (carried by the page, #site), the language's words and the page,
 * then hydrate the prerendered HTML.
 */
import { startTransition } from 'react';
import { hydrateRoot, createRoot } from 'react-dom/client';
import { loadLocale } from 'virtual:locales';
import { App } from './app';
import { addWords, createI18n, type LocaleBundle } from './i18n/i18n';
import { isLang, defaultLang, type Lang } from './i18n/languages';
import { langFromBrowser } from './i18n/detect';
import { loadLangChoice, loadTrail } from './routing/storage';
import { keepOffline, registerOffline } from './routing/offline';
import { yieldToMain } from './routing/after-paint';
import { allowSchoolHost } from './routing/external';
import { setSite } from './routing/site';
import { readPageSite } from './site/page-site';
import { baseFromLocation, isExtraPage, pagePath, parsePath, type PageId } from './routing/paths';
import { isStepId } from './flow/steps';
import { laterParts, loadParts, partsFor } from './screens/page-parts';
import './styles/base.css';

async function boot() {
  const root = document.getElementById('root');
  const site = readPageSite();
  if (!root || !site) return;
  const { school } = site;
  const parsedLang = parsePath(location.pathname).lang;
  const lang = isLang(root.dataset.lang) ? root.dataset.lang : (parsedLang ?? defaultLang);
  const page = pageFromDocument(root);
  if (page && followLanguagePreference(page, lang)) return;
  // Icons and the manifest are linked relative to this page's folder; client-side step changes
  // move the address to other folders, so pin them to their full address now. Not the stylesheet:
  // setting its href loads it anew, and until then the page is unstyled (a flash, and taps miss).
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[href]:not([rel="stylesheet"]):not([rel="modulepreload"])')) {
    link.setAttribute('href', link.href);
  }
  allowSchoolHost(school.localSystem?.url);
  setSite(site);
  // A step page carries the words it shows; the rest of the language follows after hydration,
  // before the first change of step (WizardProvider waits for `prepare`).
  const own = pageWords();
  const [words] = await Promise.all([own ?? loadLocale(lang), loadParts(partsFor(page, school))]);
  // start-up in short tasks (issue 18): the scripts' evaluation, i18next, then hydration in slices
  await yieldToMain();
  const i18n = createI18n(lang, words);
  await yieldToMain();
  // every step's words (for the first change of step, and for a trail through other steps)
  let allWords: Promise<unknown> | null = null;
  const loadWords = () =>
    (allWords ??= own ? loadLocale(lang).then(async (all) => (await yieldToMain(), addWords(i18n, lang, all))) : Promise.resolve());
  // the rest, before the first change of step: every step's words and the parts a step may show
  const prepare = () => Promise.all([loadWords(), loadParts(laterParts(page))]);
  const onReady = () => {
    root.setAttribute('data-ready', '');
    // everything this language needs is loaded: the offline copy keeps it (data-offline once kept)
    keepOffline(() => root.setAttribute('data-offline', ''));
  };
  // the answers this student gave on the way here, in this tab (a real page load, e.g. in WeChat)
  const ownTrail = page && isStepId(page) ? loadTrail(page, school.rules) : null;
  const app = (
    <App
      school={school}
      lang={lang}
      page={page}
      i18n={i18n}
      ownTrail={ownTrail}
      loadWords={loadWords}
      syncUrl
      prepare={prepare}
      onReady={onReady}
    />
  );
  // a prerendered page: hydrate as a transition, so React works in short slices and answers input
  // in between (the dev server sends an empty #root with only a placeholder comment: render)
  if (root.firstElementChild) startTransition(() => void hydrateRoot(root, app));
  else {
    // the dev server has no boot script to say that scripts run
    document.documentElement.classList.add('js');
    createRoot(root).render(app);
  }
  if (page) registerOffline(baseFromLocation(location.pathname, page, lang));
}

/** The words a prerendered step page carries (null in the dev server and on other pages). */
function pageWords(): LocaleBundle | null {
  const text = document.getElementById('page-words')?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as LocaleBundle;
  } catch {
    return null;
  }
}

/** The page a prerendered file was built for; in the dev server (no prerendering), read the address. */
function pageFromDocument(root: HTMLElement) {
  const attr = root.dataset.page;
  if (attr !== undefined) return isStepId(attr) || isExtraPage(attr) ? attr : null;
  if (location.pathname === '/' || location.pathname === '/index.html') return 'start' as const;
  const parsed = parsePath(location.pathname);
  return parsed.kind === 'page' ? parsed.page : null;
}

/**
 * A zh-CN address carries no language: there, follow the language the student chose before, or on
 * a first visit the browser's. An address with /en/ or /zh-hant/ always keeps its language.
 */
function followLanguagePreference(page: PageId, lang: Lang): boolean {
  if (lang !== defaultLang) return false;
  const wanted = loadLangChoice() ?? langFromBrowser(navigator.languages ?? [navigator.language]);
  if (wanted === lang) return false;
  const base = baseFromLocation(location.pathname, page, lang);
  location.replace(`${base}${pagePath(page, wanted)}${location.hash}`);
  return true;
}

void boot();
