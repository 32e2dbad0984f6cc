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
}

export function methodsFor(step: StepId, school: School): { mode: MethodMode; methods: ShownMethod[] } {
  const facts = fixes[step]?.methods ?? [];
  const sourcesOf = (p: ProcedureId) => facts.find((m) => m.procedure === p)?.sources ?? [];
  const own = school.methods[step];
  if (own) return { mode: 'school', methods: own.map((m: MethodRef) => ({ ...m, sources: school.source ? [school.source] : sourcesOf(m.procedure) })) };

  const fromFact = (m: FixMethodFact, flagsFor: SourceId[]): ShownMethod => ({
    procedure: m.procedure,
    label: null,
    recommended: (m.recommendedBy ?? []).some((s) => flagsFor.includes(s)),
    discouraged: (m.discouragedBy ?? []).some((s) => flagsFor.includes(s)),
    reason: m.reason ?? null,
    sources: m.sources,
  });

  if (school.source) {
    const ownNotice = facts.filter((m) => m.sources.includes(school.source!));
    if (ownNotice.length) return { mode: 'own-notice', methods: ownNotice.map((m) => fromFact(m, [school.source!])) };
    return { mode: 'school-silent', methods: facts.map((m) => fromFact(m, [])) };
  }
  return { mode: 'all-notices', methods: facts.map((m) => fromFact(m, m.sources)) };
}

export const stepSources = (step: StepId): SourceId[] => fixes[step]?.sources ?? [];
