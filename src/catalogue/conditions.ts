/** Whether a catalogue condition holds for a school: one fact, compared as JSON with the values it lists. */
import type { School } from '../school/schema';
import type { Condition } from './schema';

export function holds(when: Condition | undefined, school: School): boolean {
  if (!when) return true;
  const value = when.fact
    .split('.')
    .reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), school);
  const same = (x: unknown) => JSON.stringify(x) === JSON.stringify(value);
  return when.oneOf ? when.oneOf.some(same) : !(when.noneOf ?? []).some(same);
}
