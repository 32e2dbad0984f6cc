/**
 * `{{by_cq23}}` …: the words that introduce a sentence from one notice in this build. The build
 * writes them into the words (`common.attrib.by_<notice>`, one per notice in content/notices.json,
 * scripts/content-plugin.ts), so the start page carries no notice data as code. See ./attribution.
 */
import type { LooseT } from '../i18n/loose';

export const attributionVars = (t: LooseT): Record<string, string> => {
  const attrib = t('attrib', { returnObjects: true }) as unknown;
  if (!attrib || typeof attrib !== 'object') return {};
  return Object.fromEntries(Object.entries(attrib as Record<string, string>).filter(([k]) => k.startsWith('by_')));
};
