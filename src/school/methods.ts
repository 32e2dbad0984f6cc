/**
 * Which methods a step shows for a school, in which order, and where each comes from.
 * 1. The school's file lists its own methods for the step: those, in its order, with its flags.
 * 2. Otherwise the methods the school's own notice gives (the step's catalogue entry,
 *    content/catalogue/steps/<step-id>.json), in default order.
 * 3. If its notice is silent: every method from the other notices, labelled, with a warning.
 * The generic build (no notice of its own) shows every method with its source.
 */
import { fixes } from '../catalogue/fix-data';
import type { MethodFact } from '../catalogue/schema';
import type { MethodRef, ProcedureId, ReasonId, School, SourceId } from './schema';
import type { StepId } from '../flow/steps';

export type FixMethodFact = MethodFact;
export { fixes };

export type MethodMode = 'school' | 'own-notice' | 'school-silent' | 'all-notices';

export interface ShownMethod {
  procedure: ProcedureId;
  /** The school's own name for it (e.g. 方法3), if its file gives one. */
  label: string | null;
  recommended: boolean;
  discouraged: boolean;
  reason: ReasonId | null;
  /** The notices the method comes from; empty for the wizard's own fallback advice. */
  sources: SourceId[];
  /** Which notices recommend / discourage it (for the badge's attribution outside their own build). */
  recommendedBy: SourceId[];
  discouragedBy: SourceId[];
}

export function methodsFor(step: StepId, school: School): { mode: MethodMode; methods: ShownMethod[] } {
  const facts = fixes[step]?.methods ?? [];
  const sourcesOf = (p: ProcedureId) => facts.find((m) => m.procedure === p)?.sources ?? [];
  const own = school.methods[step];
  const ownFlags = (flag: boolean) => (flag && school.source ? [school.source] : []);
  // the wizard's own fallback (ask the counselor or 教务处) always stays: no page ends without a person
  const fallback = (shown: ProcedureId[]) =>
    facts.filter((m) => !m.sources.length && !shown.includes(m.procedure)).map((m) => fromFact(m, []));
  if (own) {
    const listed = own.map((m: MethodRef) => ({
      ...m,
      sources: school.source ? [school.source] : sourcesOf(m.procedure),
      recommendedBy: ownFlags(m.recommended),
      discouragedBy: ownFlags(m.discouraged),
    }));
    return { mode: 'school', methods: [...listed, ...fallback(listed.map((m) => m.procedure))] };
  }

  function fromFact(m: FixMethodFact, flagsFor: SourceId[]): ShownMethod {
    const recommendedBy = (m.recommendedBy ?? []).filter((s) => flagsFor.includes(s));
    const discouragedBy = (m.discouragedBy ?? []).filter((s) => flagsFor.includes(s));
    return {
      procedure: m.procedure,
      label: null,
      recommended: recommendedBy.length > 0,
      discouraged: discouragedBy.length > 0,
      reason: m.reason ?? null,
      sources: m.sources,
      recommendedBy,
      discouragedBy,
    };
  }

  if (school.source) {
    const ownNotice = facts.filter((m) => m.sources.includes(school.source!));
    if (ownNotice.length) {
      const listed = ownNotice.map((m) => fromFact(m, [school.source!]));
      return { mode: 'own-notice', methods: [...listed, ...fallback(listed.map((m) => m.procedure))] };
    }
    // silent: the other notices' methods, each with its school and year (only the wizard's own
    // advice left means there is nothing from other schools to introduce)
    const mode: MethodMode = facts.some((m) => m.sources.length) ? 'school-silent' : 'own-notice';
    return { mode, methods: facts.map((m) => fromFact(m, m.sources)) };
  }
  return { mode: 'all-notices', methods: facts.map((m) => fromFact(m, m.sources)) };
}

export const stepSources = (step: StepId): SourceId[] => fixes[step]?.sources ?? [];
