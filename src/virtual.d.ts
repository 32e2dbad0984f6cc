declare module 'virtual:school' {
  import type { School } from './school/schema';
  const school: School;
  export default school;
}
declare module 'virtual:locales' {
  import type { LocaleBundle } from './i18n/i18n';
  import type { Lang } from './i18n/languages';
  /** Each language's words, with zh-CN filling any key a translation lacks (merged at build). */
  export const loadLocale: (lng: Lang) => Promise<LocaleBundle>;
}
declare module 'virtual:site' {
  /** SITE_URL given at build, without a trailing slash, or '' when not given. */
  export const siteUrl: string;
  /** The build's date, YYYY-MM-DD (BUILD_DATE, else the day of the build). */
  export const builtOn: string;
}
declare module 'virtual:notice-schools' {
  import type { NoticeSchools } from './school/attribution';
  /** The school files whose notice is a source, keyed by notice (content/schools/*.json with `source`). */
  const schools: NoticeSchools;
  export default schools;
}
// The catalogue's data, validated at build (src/catalogue/load-node.ts); typed by src/catalogue/*-data.ts.
declare module 'virtual:catalogue/pages' {
  export const helpers: unknown;
  export const drawings: unknown;
}
declare module 'virtual:catalogue/fixes' {
  export const fixes: unknown;
  export const cards: unknown;
  export const notices: unknown;
}
declare module 'virtual:map-layout' {
  import type { MapLayouts } from './map/geometry';
  /** The flow map's diagrams, laid out at build (scripts/map-layout.ts). */
  const layouts: MapLayouts;
  export default layouts;
}
