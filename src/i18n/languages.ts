/** The languages the wizard ships, their URL prefix and their `<html lang>`. zh-CN is the source. */
export const languages = [
  { code: 'zh-CN', prefix: '', htmlLang: 'zh-CN', label: '简体中文' },
  { code: 'zh-Hant', prefix: 'zh-hant', htmlLang: 'zh-Hant', label: '繁體中文' },
  { code: 'en', prefix: 'en', htmlLang: 'en', label: 'English' },
] as const;

export type Lang = (typeof languages)[number]['code'];
export const defaultLang: Lang = 'zh-CN';
export const langCodes = languages.map((l) => l.code) as Lang[];
export const langInfo = (code: Lang) => languages.find((l) => l.code === code)!;
export const langFromPrefix = (prefix: string): Lang | undefined =>
  languages.find((l) => l.prefix !== '' && l.prefix === prefix.toLowerCase())?.code;
export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (langCodes as string[]).includes(v);
