/**
 * What only fix and info steps need from the catalogue (validated at build by
 * scripts/content-plugin.ts): methods, sources, the notices and the procedures' fact cards.
 * Imported only by the fix chunk (src/screens/page-parts.ts), never by the page's main script.
 */
import * as data from 'virtual:catalogue/fixes';
import type { StepId } from '../flow/steps';
import type { ProcedureId, SourceId } from './ids';
import type { CardId, Notice, StepFixes } from './schema';

/** Per step: the notices it comes from and the methods they give (content/catalogue/steps/*.json). */
export const fixes = data.fixes as Partial<Record<StepId, StepFixes>>;
/** The school fact card a procedure shows beside its steps (content/catalogue/procedure-cards.json). */
export const cards = data.cards as Partial<Record<ProcedureId, CardId>>;
/** content/notices.json. */
export const notices = data.notices as Record<SourceId, Notice>;
