import { describe, expect, it } from 'vitest';
import { median, medianBy, percentile, percentileBy } from './stats';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([0.99, 0.9, 0.96])).toBe(0.96);
  });

  it('is the lower middle value of an even count, never an average', () => {
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([0.99, 0.9, 0.96, 0.5])).toBe(0.9);
    expect(median([7, 8])).toBe(7);
  });

  it('leaves its input as it was', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1

  it('takes the nearest rank', () => {
    expect(percentile(hundred, 0.95)).toBe(95);
    expect(percentile(hundred, 0.5)).toBe(50);
    expect(percentile(hundred, 1)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
    expect(
      percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 0.95),
    ).toBe(19);
  });

  it('agrees with the median at 0.5', () => {
    for (const n of [1, 2, 3, 4, 7, 10]) {
      const values = Array.from({ length: n }, (_, i) => (i * 7) % n);
      expect(percentile(values, 0.5)).toBe(median(values));
    }
  });

  it('refuses a percentile outside 0–1', () => {
    expect(() => percentile([1], 95)).toThrow(RangeError);
    expect(() => percentile([1], -0.1)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('medianBy and percentileBy', () => {
  const runs = [
    { run: 'a', wall: 30 },
    { run: 'b', wall: 10 },
    { run: 'c', wall: 20 },
    { run: 'd', wall: 40 },
  ];

  it('return the item itself, ordered by the value given', () => {
    expect(medianBy(runs, (r) => r.wall).run).toBe('c');
    expect(medianBy(runs.slice(0, 3), (r) => r.wall).run).toBe('c');
    expect(percentileBy(runs, 1, (r) => r.wall).run).toBe('d');
  });
});
