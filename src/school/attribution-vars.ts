/**
 * `{{by_cq23}}` …: the words that introduce a sentence from one notice in this build. The build
 * writes them into the words (`common.attrib.by_<notice>`, one per notice in content/notices.json,
 * scripts/content-plugin.ts), each naming its school and year, the same for every school, so the
 * start page carries no notice data as code and the scripts are every school's. Here the school's
 * own notice (`source`) reads `attrib.own` (「本校通知：」) instead. See ./attribution.
 */
import type { LooseT } from '../i18n/loose';

export const attributionVars = (t: LooseT, source: string | null): Record<string, string> => {
  const attrib = t('attrib', { returnObjects: true }) as unknown;
  if (!attrib || typeof attrib !== 'object') return {};
  const words = attrib as Record<string, string>;
  const vars = Object.fromEntries(Object.entries(words).filter(([k]) => k.startsWith('by_')));
  if (source && `by_${source}` in vars && typeof words.own === 'string') vars[`by_${source}`] = words.own;
  return vars;
};
