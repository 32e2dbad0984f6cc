// @vitest-environment jsdom
/** The student's trail per tab (issue 18): only a real way to the step is used; anything else is a cold open. */
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { followTrail, loadTrail, saveTrail, TRAILS_KEY } from '../../src/routing/storage';
import type { SchoolRules } from '../../src/school/schema';

const rules = (JSON.parse(readFileSync('content/schools/generic.json', 'utf8')) as { rules: SchoolRules }).rules;
const walk = [
  { step: 'start', option: 'cannot-login' },
  { step: 'login-problem', option: 'keep-failing' },
  { step: 'cannot-login-repeatedly', option: 'not-worked' },
] as const;

beforeEach(() => sessionStorage.clear());

describe('trail per tab', () => {
  it('follows a trail through the routing table', () => {
    expect(followTrail(walk, rules)).toBe('other-problem');
    expect(followTrail([], rules)).toBe('start');
    expect(followTrail([walk[1]], rules), 'must start at the start').toBeNull();
    expect(followTrail([walk[0], { step: 'login-problem', option: 'no-such-answer' }], rules)).toBeNull();
  });

  it('keeps the answers that led to each step, in sessionStorage only', () => {
    saveTrail('other-problem', walk);
    saveTrail('cannot-login-repeatedly', walk.slice(0, 2));
    expect(loadTrail('other-problem', rules)).toEqual(walk);
    expect(loadTrail('cannot-login-repeatedly', rules)).toEqual(walk.slice(0, 2));
    expect(localStorage.length).toBe(0);
    expect(JSON.parse(sessionStorage.getItem(TRAILS_KEY)!)).toHaveProperty('other-problem');
  });

  it('treats a trail that does not lead to the step, or anything malformed, as a cold open', () => {
    saveTrail('lost-email', walk);
    expect(loadTrail('lost-email', rules)).toBeNull();
    expect(loadTrail('forgot-username', rules)).toBeNull();
    sessionStorage.setItem(TRAILS_KEY, '{not json');
    expect(loadTrail('other-problem', rules)).toBeNull();
    sessionStorage.setItem(TRAILS_KEY, JSON.stringify({ 'other-problem': [{ step: 'start', option: 1 }] }));
    expect(loadTrail('other-problem', rules)).toBeNull();
  });
});
