/**
 * What a step offers a school's students and where each answer leads, read from the routing table.
 * Plain functions with no XState: a page renders from them before the statechart has loaded.
 * The statechart (./machine) compiles the same table into guarded transitions; the model-based
 * tests (tests/flow) check, for every school, that both give the same answers and targets.
 */
import { guards } from './guards';
import { steps, type Branch, type OptionDef, type StepId, type Target } from './steps';
import type { SchoolRules } from '../school/schema';

export interface TrailEntry {
  readonly step: StepId;
  readonly option: string;
}

/** A target's branches in order: guarded ones, then the fallback (a plain step id is a lone fallback). */
export const branchesOf = (target: Target): ReadonlyArray<Partial<Branch> & { readonly to: string }> =>
  typeof target === 'string' ? [{ to: target }] : target;

/** Resolve a target for a school: the first branch whose guard holds (the last one is the fallback). */
export function resolveTarget(target: Target, rules: SchoolRules): StepId {
  const branches = branchesOf(target);
  return (branches.find((b) => !b.if || guards[b.if](rules)) ?? branches[branches.length - 1]).to as StepId;
}

/** The options a school's student is offered on a step, each with where it leads. */
export function optionsFor(step: StepId, rules: SchoolRules) {
  return (steps[step].options as ReadonlyArray<OptionDef>)
    .filter((o) => !o.when || guards[o.when](rules))
    .map((o) => ({ id: o.id, group: o.group ?? 'main', to: resolveTarget(o.to, rules) }));
}
