import { useEffect, useState } from 'react';

/**
 * Whether the whole of `step` may render: true on the page's first render (the server's HTML
 * holds all of it), and after a change of step from the frame after the one that first shows
 * the new step. A tap then paints the heading and the opening of the step in the first frame,
 * and the rest of the step follows in the next one (issue 9: a tap must answer within a frame).
 */
export function useRestAfterPaint(step: string): boolean {
  const [whole, setWhole] = useState(step);
  useEffect(() => {
    if (whole === step) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      // the rAF callback runs as the frame begins; the timer, once it has been painted
      timer = window.setTimeout(() => setWhole(step), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [step, whole]);
  return whole === step;
}
