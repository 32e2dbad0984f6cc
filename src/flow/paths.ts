/** Walks over the routing table for one school: reachability and the natural way to each step. */
import { optionsFor, type TrailEntry } from './options';
import { START, type StepId } from './steps';
import type { SchoolRules } from '../school/schema';

/**
 * For each step reachable from the start, the answers of the most natural way there: the fewest
 * answers, where "it did not work" answers count as many, so a cold-opened step's breadcrumb
 * follows the diagnostic questions rather than a detour through another problem.
 */
export function shortestTrails(rules: SchoolRules): Map<StepId, TrailEntry[]> {
  const cost = new Map<StepId, number>([[START, 0]]);
  const trails = new Map<StepId, TrailEntry[]>([[START, []]]);
  const done = new Set<StepId>();
  for (;;) {
    let step: StepId | undefined;
    for (const [s, c] of cost) if (!done.has(s) && (step === undefined || c < cost.get(step)!)) step = s;
    if (step === undefined) break;
    done.add(step);
    for (const option of optionsFor(step, rules)) {
      const c = cost.get(step)! + (option.group === 'outcome' ? 10 : 1);
      if (c >= (cost.get(option.to) ?? Infinity)) continue;
      cost.set(option.to, c);
      trails.set(option.to, [...trails.get(step)!, { step, option: option.id }]);
    }
  }
  // keep the order a student meets the steps in (for the map)
  return new Map([...trails].sort((a, b) => cost.get(a[0])! - cost.get(b[0])!));
}

/** The trail a cold-opened step starts with: the natural way there (empty if unreachable). */
export const canonicalTrail = (step: StepId, rules: SchoolRules): TrailEntry[] => shortestTrails(rules).get(step) ?? [];
