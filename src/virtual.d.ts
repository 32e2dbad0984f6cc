declare module 'virtual:locales' {
  import type { LocaleBundle } from './i18n/i18n';
  import type { Lang } from './i18n/languages';
  /** Each language's words, with zh-CN filling any key a translation lacks (merged at build). */
  export const loadLocale: (lng: Lang) => Promise<LocaleBundle>;
}
