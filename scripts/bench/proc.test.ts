import { describe, expect, it } from 'vitest';
import { mainThreadCpu } from './proc';

describe('mainThreadCpu', () => {
  it("counts this thread's work, and is only missing off Linux", () => {
    const before = mainThreadCpu();
    if (before === null) {
      expect(process.platform).not.toBe('linux');
      return;
    }
    const start = performance.now();
    let x = 0;
    while (performance.now() - start < 40) x += Math.sqrt(x + 1);
    const spent = (mainThreadCpu() as number) - before;
    expect(x).toBeGreaterThan(0);
    // Busy for 40 ms of wall time: at least part of it on the CPU, never more than it.
    expect(spent).toBeGreaterThan(5);
    expect(spent).toBeLessThan(40 + 20);
  });
});
