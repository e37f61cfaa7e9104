import { describe, expect, it } from 'vitest';
import { mainThreadCpu } from './proc';

describe('mainThreadCpu', () => {
  it("counts this thread's work, and is only missing off Linux", () => {
    const start = performance.now();
    const before = mainThreadCpu();
    if (before === null) {
      expect(process.platform).not.toBe('linux');
      return;
    }
    // Spin until the thread itself has used 20 ms, however long other programs keep it waiting.
    let x = 0;
    let spent = 0;
    while (spent < 20 && performance.now() - start < 10_000) {
      for (let i = 0; i < 10_000; i += 1) x += Math.sqrt(x + 1);
      spent = (mainThreadCpu() as number) - before;
    }
    const wall = performance.now() - start;
    expect(x).toBeGreaterThan(0);
    expect(spent).toBeGreaterThanOrEqual(20);
    // On-CPU time of one thread cannot much exceed the wall time it ran in (the kernel's
    // accounting lags by up to a scheduler tick).
    expect(spent).toBeLessThanOrEqual(wall + 5);
  });
});
