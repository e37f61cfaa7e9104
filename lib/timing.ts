/**
 * The fastest of `runs` timings of `fn`, in ms: for tests that bound a cost on a machine shared
 * with other work, where a pause belongs to the host, not to the code (the fastest run is the
 * one the host disturbed least).
 */
export function fastestMs(fn: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
