/** i18next set-up: one instance per page render, holding only the current language's words. */
import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from './languages';

export const namespaces = ['common', 'steps', 'procedures', 'tools', 'drawings', 'glossary'] as const;
export type Namespace = (typeof namespaces)[number];
export type LocaleBundle = Partial<Record<Namespace, Record<string, unknown>>>;

export function createI18n(lng: Lang, bundle: LocaleBundle): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    resources: { [lng]: bundle } as Resource,
    ns: [...namespaces],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  } as Parameters<typeof instance.init>[0]);
  return instance;
}

/**
 * Add a language's remaining words to an instance that started with only a page's own. The whole
 * language holds every word the page has, so each namespace is replaced, not merged (a deep merge
 * of every step's words was one of the long tasks at start-up).
 */
export function addWords(instance: i18n, lng: Lang, bundle: LocaleBundle) {
  for (const [ns, words] of Object.entries(bundle)) if (words) instance.addResourceBundle(lng, ns, words, false, true);
}
