// What the benchmark's instrument (taps.mjs INSTRUMENT) keeps on the page's window.
export {};

/** One tap: INSTRUMENT adds its times as the tap's frames come in, measureTaps its trace times. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a bag of named timings, filled in step by step
type BenchTap = Record<string, any>;

declare global {
  interface Window {
    /** set by INSTRUMENT before anything reads it */
    __bench: { taps: BenchTap[]; loads: number };
  }
}
