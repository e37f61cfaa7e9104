import { describe, expect, it } from 'vitest';
import { budgetFailures, growth, type BenchRow } from './budget';

const MB = 1024 * 1024;
const row = (
  entries: number,
  wallSeconds: number,
  peakMb: number,
  outMb = entries / 100,
): BenchRow => ({
  entries,
  wallSeconds,
  cpuSeconds: null,
  peakRssBytes: peakMb * MB,
  outBytes: outMb * MB,
  outFiles: entries * 8,
  searchBytes: null,
});

describe('budgetFailures', () => {
  it('passes a build inside both budgets', () => {
    expect(budgetFailures([row(1000, 60, 900)], { seconds: 90, megabytes: 1536 })).toEqual([]);
  });

  it('fails a build over the time budget and one over the memory budget', () => {
    expect(
      budgetFailures([row(1000, 91.2, 900), row(3000, 80, 1600)], { seconds: 90, megabytes: 1536 }),
    ).toEqual([
      '1000 entries: build took 91.2 s, budget 90 s',
      '3000 entries: peak memory 1600 MB, budget 1536 MB',
    ]);
  });

  it('checks nothing when no budget is given', () => {
    expect(budgetFailures([row(10000, 999, 9999)], {})).toEqual([]);
  });
});

describe('growth', () => {
  it('reports the increase per 1,000 entries and passes linear growth', () => {
    const steps = growth([row(3000, 50, 1000), row(1000, 30, 800), row(10000, 120, 1700)]);
    expect(steps.map((s) => [s.from, s.to, s.perThousand.wallSeconds])).toEqual([
      [1000, 3000, 10],
      [3000, 10000, 10],
    ]);
    expect(steps.every((s) => s.nonLinear.length === 0)).toBe(true);
  });

  it('flags a metric that grows much faster per entry at the larger step', () => {
    const steps = growth([row(1000, 30, 800), row(3000, 50, 900), row(10000, 300, 1000)]);
    expect(steps[1]?.nonLinear).toEqual(['wallSeconds']);
  });

  it('judges CPU seconds too, when they were measured', () => {
    const cpu = (r: BenchRow, cpuSeconds: number) => ({ ...r, cpuSeconds });
    const steps = growth([
      cpu(row(1000, 30, 800), 80),
      cpu(row(3000, 50, 900), 160),
      cpu(row(10000, 120, 1000), 1200),
    ]);
    expect(steps[0]?.perThousand.cpuSeconds).toBe(40);
    expect(steps[1]?.nonLinear).toEqual(['cpuSeconds']);
  });
});
