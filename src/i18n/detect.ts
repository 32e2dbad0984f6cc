import { defaultLang, type Lang } from './languages';

/** The wizard language that fits the browser's languages best (first visit, no language in the URL). */
export function langFromBrowser(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const t = tag.toLowerCase();
    if (/^zh-(hant|tw|hk|mo)\b/.test(t)) return 'zh-Hant';
    if (t.startsWith('zh')) return 'zh-CN';
    if (t.startsWith('en')) return 'en';
  }
  return defaultLang;
}
