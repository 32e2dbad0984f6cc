// @vitest-environment jsdom
/** What a change of step leaves for after the frame that shows it (src/routing/after-paint). */
import { afterEach, describe, expect, it } from 'vitest';
import { afterPaint, dropAfterPaint, flushAfterPaint } from '../../src/routing/after-paint';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

afterEach(() => dropAfterPaint());

describe('afterPaint', () => {
  it('runs nothing during the tap, then everything in order once the next frame has been painted', async () => {
    const done: string[] = [];
    afterPaint(() => done.push('address'));
    afterPaint(() => done.push('title'));
    expect(done).toEqual([]);
    await frame();
    await frame();
    expect(done).toEqual(['address', 'title']);
  });

  it('runs what waits at once when asked (before history.state is read), and only once', async () => {
    const done: string[] = [];
    afterPaint(() => done.push('push'));
    flushAfterPaint();
    expect(done).toEqual(['push']);
    await frame();
    await frame();
    expect(done).toEqual(['push']);
  });

  it('forgets what waits when the student moves through the browser history first', async () => {
    const done: string[] = [];
    afterPaint(() => done.push('push'));
    dropAfterPaint();
    await frame();
    await frame();
    expect(done).toEqual([]);
    afterPaint(() => done.push('next'));
    await frame();
    await frame();
    expect(done).toEqual(['next']);
  });
});
