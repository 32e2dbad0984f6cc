/** Walks over the routing table for one school: reachability and the shortest way to each step. */
import { optionsFor, type TrailEntry } from './machine';
import { START, type StepId } from './steps';
import type { SchoolRules } from '../school/schema';

/** For each step reachable from the start, the answers of the shortest way there. */
export function shortestTrails(rules: SchoolRules): Map<StepId, TrailEntry[]> {
  const trails = new Map<StepId, TrailEntry[]>([[START, []]]);
  const queue: StepId[] = [START];
  while (queue.length) {
    const step = queue.shift()!;
    for (const option of optionsFor(step, rules)) {
      if (trails.has(option.to)) continue;
      trails.set(option.to, [...trails.get(step)!, { step, option: option.id }]);
      queue.push(option.to);
    }
  }
  return trails;
}

/** The trail a cold-opened step starts with: the shortest way there (empty if unreachable). */
export const canonicalTrail = (step: StepId, rules: SchoolRules): TrailEntry[] =>
  shortestTrails(rules).get(step) ?? [];
