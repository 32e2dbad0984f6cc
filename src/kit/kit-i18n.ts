/** The kit's words (for staff, not students): content/locales/<lng>/kit.json. */
import i18next, { type i18n, type TFunction } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { loose, type LooseT } from '../i18n/loose';
import zhCN from '../../content/locales/zh-CN/kit.json';
import en from '../../content/locales/en/kit.json';

export const kitLangs = ['zh-CN', 'en'] as const;
export type KitLang = (typeof kitLangs)[number];

export function createKitI18n(lng: KitLang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { kit: zhCN }, en: { kit: en } },
    ns: ['kit'],
    defaultNS: 'kit',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** The kit's `t`: its keys are built from field paths, so they are checked by the locale tests, not the compiler. */
export function useKitT(): LooseT {
  const { t } = useTranslation();
  return loose(t as TFunction);
}
