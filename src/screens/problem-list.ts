/** The problem branches a counselor can share: every step of the machine outside the start and the happy path. */
import { guards } from '../flow/guards';
import { steps, stepIds, type Area, type StepId, type StepDef } from '../flow/steps';
import type { SchoolRules } from '../school/schema';

export const problemAreas = ['register', 'login', 'record', 'wrong-info', 'other'] as const satisfies readonly Area[];

export const appliesTo = (id: StepId, rules: SchoolRules) => {
  const req = (steps[id] as StepDef).requires;
  return !req || guards[req](rules);
};

export function problemsByArea(rules: SchoolRules) {
  return problemAreas.map((area) => ({
    area,
    steps: stepIds.filter((id) => steps[id].area === area && appliesTo(id, rules)),
  }));
}
