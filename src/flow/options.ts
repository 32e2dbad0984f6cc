/**
 * What a step offers a school's students and where each answer leads, read from the routing table.
 * Plain functions with no XState: a page renders from them before the statechart has loaded.
 */
import { guards, type GuardName } from './guards';
import { steps, type StepId, type Target } from './steps';
import type { SchoolRules } from '../school/schema';

export interface TrailEntry {
  readonly step: StepId;
  readonly option: string;
}

/** Resolve a target for a school: the first branch whose guard holds. */
export function resolveTarget(target: Target, rules: SchoolRules): StepId {
  if (typeof target === 'string') return target as StepId;
  for (const branch of target) {
    if (!branch.if || guards[branch.if](rules)) return branch.to as StepId;
  }
  throw new Error('routing table: a guarded target has no fallback branch');
}

/** The options a school's student is offered on a step, each with where it leads. */
export function optionsFor(step: StepId, rules: SchoolRules) {
  return steps[step].options
    .filter((o) => !('when' in o) || !o.when || guards[o.when as GuardName](rules))
    .map((o) => ({ id: o.id, group: ('group' in o && o.group) || 'main', to: resolveTarget(o.to, rules) }));
}
