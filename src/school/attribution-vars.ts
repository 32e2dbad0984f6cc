/**
 * `{{by_cq23}}` …: the words that introduce a sentence from one notice in this build. The build
 * writes them into the words (`common.attrib.by_<notice>`, scripts/content-plugin.ts), so the
 * start page needs no notice data as code: the notices are whatever `by_` phrases the words hold.
 * See ./attribution.
 */
import type { LooseT } from '../i18n/loose';
import type { SourceId } from './source-ids';

export type AttributionVars = Record<`by_${SourceId}`, string>;

export function attributionVars(t: LooseT): AttributionVars {
  const attrib = t('attrib', { returnObjects: true }) as unknown;
  if (!attrib || typeof attrib !== 'object') return {} as AttributionVars;
  return Object.fromEntries(Object.entries(attrib as Record<string, unknown>).filter(([k, v]) => k.startsWith('by_') && typeof v === 'string')) as AttributionVars;
}
