/**
 * No dead ends (issue 16): every fix step offers "it did not work", and that way ends at a person —
 * the step that offers the counselor, 教务处 and CHSI help with the copyable summary. Re-registering
 * is only reached after a recovery was tried, never as a first answer.
 */
import { describe, expect, it } from 'vitest';
import { optionsFor } from '../../src/flow/options';
import { guards } from '../../src/flow/guards';
import { steps, stepIds, START, type StepDef, type StepId } from '../../src/flow/steps';
import { methodsFor } from '../../src/school/methods';
import { schools } from '../helpers/schools';
import { readLocale } from '../../scripts/content-plugin';

const PERSON: StepId = 'other-problem';
const reachable = (rules: (typeof schools)[number]['rules']) =>
  stepIds.filter((id) => {
    const req = (steps[id] as { requires?: keyof typeof guards }).requires;
    return !req || guards[req](rules);
  });

it('the step a not-worked route ends at offers a person and the copyable summary', () => {
  const def = steps[PERSON] as StepDef;
  expect(def.summary).toBe(true);
  for (const school of schools) {
    expect(
      methodsFor(PERSON, school).methods.map((m) => m.procedure),
      school.id,
    ).toContain('ask-counselor');
  }
});

describe.each(schools.map((s) => [s.id, s] as const))('school %s', (_id, school) => {
  const ids = reachable(school.rules);

  it('every fix step has a not-worked route that ends at a person', () => {
    const missing = ids
      .filter((id) => steps[id].kind === 'fix' && id !== PERSON)
      .filter((id) => optionsFor(id, school.rules).find((o) => o.id === 'not-worked')?.to !== PERSON);
    expect(missing).toEqual([]);
  });

  it('re-registering is reached only from a fix step (after recovery was tried), never from a question', () => {
    const from = ids.filter((id) => optionsFor(id, school.rules).some((o) => o.to === 'reregister-new-account'));
    for (const id of from) expect(steps[id].kind, id).toBe('fix');
    expect(from).not.toContain(START);
  });
});

it.each([
  ['zh-CN', '原来的账号会失效'],
  ['en', 'old account stops working'],
] as const)('%s: every re-registering method says the old account stops working (JX22 L84)', (lang, consequence) => {
  const procedures = readLocale(lang).procedures as Record<string, { warnings?: string[] }>;
  for (const p of ['reregister', 'new-account-other-phone-then-link']) {
    expect(
      procedures[p]!.warnings!.some((w) => w.includes(consequence)),
      p,
    ).toBe(true);
  }
});
