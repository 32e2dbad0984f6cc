/**
 * What a change of step must do but the student does not see at once (the address and history
 * entry, the saved place, the window title) waits until the frame that shows the new step has
 * been painted. Done inside the tap, it held that frame back by a few milliseconds (issue 9).
 *
 * The work runs in the order it was queued. `flushAfterPaint` runs what waits at once (before
 * reading `history.state`); `dropAfterPaint` forgets it (the student moved through the browser's
 * history first, so the entry it was for is gone).
 */
let queue: Array<() => void> = [];
let scheduled = false;

export function afterPaint(work: () => void): void {
  queue.push(work);
  if (scheduled) return;
  scheduled = true;
  const run = () => window.setTimeout(flushAfterPaint, 0);
  // the rAF callback runs as the next frame begins, the timer once it has been painted; a hidden
  // page paints no frames
  if (typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden') requestAnimationFrame(run);
  else run();
}

export function flushAfterPaint(): void {
  scheduled = false;
  const work = queue;
  queue = [];
  for (const w of work) w();
}

export function dropAfterPaint(): void {
  queue = [];
}

/**
 * Let the browser handle input and paint before going on: start-up work is split into tasks this
 * way so that none of them blocks the page for long (issue 18: total blocking time). Uses
 * `scheduler.yield()` where the browser has it, else a task of its own.
 */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Once the page is idle (or after `timeout` ms at the latest): for work nobody is waiting for. */
export function whenIdle(timeout = 2000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}
