import { describe, expect, it } from 'vitest';
import { parseResume, RESUME_VERSION } from '../../src/routing/storage';

const now = Date.UTC(2026, 10, 27);
const good = { v: RESUME_VERSION, step: 'duplicate-id', trail: [{ step: 'start', option: 'msg-id-conflict' }], savedAt: now - 1000 };

describe('the saved place', () => {
  it('accepts a well-formed record of this version', () => {
    expect(parseResume(JSON.stringify(good), now)).toEqual(good);
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['corrupted JSON', '{"v":2,"step":'],
    ['not an object', '"duplicate-id"'],
    ['an array', '[1,2]'],
    ['old version', JSON.stringify({ ...good, v: 1 })],
    ['future version', JSON.stringify({ ...good, v: 99 })],
    ['foreign data under the key', JSON.stringify({ user: 'x', token: 'y' })],
    ['unknown step', JSON.stringify({ ...good, step: 'no-such-step' })],
    ['a step id that is an object property', JSON.stringify({ ...good, step: '__proto__' })],
    ['trail with an unknown option', JSON.stringify({ ...good, trail: [{ step: 'start', option: 'evil' }] })],
    ['trail not an array', JSON.stringify({ ...good, trail: 'x' })],
    ['markup in the step', JSON.stringify({ ...good, step: '<img src=x onerror=alert(1)>' })],
    ['too old', JSON.stringify({ ...good, savedAt: now - 400 * 24 * 3600 * 1000 })],
    ['from the future', JSON.stringify({ ...good, savedAt: now + 10 * 24 * 3600 * 1000 })],
    ['huge', JSON.stringify({ ...good, pad: 'x'.repeat(10_000) })],
  ])('ignores a %s record', (_name, raw) => {
    expect(parseResume(raw as string | null, now)).toBeNull();
  });

  it('keeps only step ids and option ids, nothing else from the record', () => {
    const r = parseResume(
      JSON.stringify({ ...good, name: '张三', trail: [{ step: 'start', option: 'msg-id-conflict', id: '110105194912310021' }] }),
      now,
    );
    expect(JSON.stringify(r)).not.toContain('张三');
    expect(JSON.stringify(r)).not.toContain('1101051949');
  });
});
