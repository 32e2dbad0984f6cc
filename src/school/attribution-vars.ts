/**
 * `{{by_cq23}}` …: the words that introduce a sentence from one notice in this build. The build
 * writes them into the words (`common.attrib.by_<notice>`, scripts/content-plugin.ts), so the
 * start page needs no notice data as code. See ./attribution.
 */
import type { LooseT } from '../i18n/loose';
import { sourceIds, type SourceId } from './source-ids';

export type AttributionVars = Record<`by_${SourceId}`, string>;

export const attributionVars = (t: LooseT) =>
  Object.fromEntries(sourceIds.map((s) => [`by_${s}`, t(`attrib.by_${s}`)])) as AttributionVars;
