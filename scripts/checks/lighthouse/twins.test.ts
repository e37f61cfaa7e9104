import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LighthouseResult } from './budget';
import { metricsOf, paired, twinFailures, type Metrics } from './twins';

type Fixture = {
  page: string;
  note: string;
  page_runs: LighthouseResult[];
  twin_runs: LighthouseResult[];
  baseline_runs: LighthouseResult[];
};

/** Real gate runs, trimmed by trim.ts: a page, its twin and the page as it was, round by round. */
function fixture(name: string) {
  const f = JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, 'fixtures', `${name}.json`), 'utf8'),
  ) as Fixture;
  return {
    page: f.page,
    runs: f.page_runs.map(metricsOf),
    twin: f.twin_runs.map(metricsOf),
    heavier: f.baseline_runs.map(metricsOf),
  };
}

/** The same runs on a host `factor` times slower: every time longer, scores lower. */
function slower(runs: Metrics[], factor: number): Metrics[] {
  return runs.map((m) => ({
    ...m,
    lcp: m.lcp === null ? null : m.lcp * factor,
    tbt: m.tbt === null ? null : m.tbt * factor,
  }));
}

describe('twinFailures on a real busy host', () => {
  const busy = fixture('entry-busy-host');

  it('passes the reading page, measured beside its script-free twin', () => {
    expect(twinFailures(busy.page, 'reading', busy.runs, busy.twin)).toEqual([]);
  });

  it('fails the heavier page (the same entry with the framework runtime) on LCP, TBT and score', () => {
    const failures = twinFailures(busy.page, 'reading', busy.heavier, busy.twin);
    expect(failures.some((f) => f.includes('LCP'))).toBe(true);
    expect(failures.some((f) => f.includes('TBT'))).toBe(true);
    expect(failures.some((f) => f.includes('performance'))).toBe(true);
  });
});

describe('twinFailures on a slow host', () => {
  const busy = fixture('entry-busy-host');

  it('still passes the page when the host makes page and twin alike 1.5× slower', () => {
    expect(
      twinFailures(busy.page, 'reading', slower(busy.runs, 1.5), slower(busy.twin, 1.5)),
    ).toEqual([]);
  });

  it('still fails the heavier page there', () => {
    expect(
      twinFailures(busy.page, 'reading', slower(busy.heavier, 1.5), slower(busy.twin, 1.5)),
    ).not.toEqual([]);
  });
});

describe('paired', () => {
  const m = (lcp: number, tbt: number): Metrics => ({
    performance: 1,
    lcp,
    tbt,
    scriptBytes: 0,
  });

  it('compares each round with the twin run beside it, so drift between rounds cancels', () => {
    // The host slows down round by round; page and twin slow down together.
    const page = [m(1000, 10), m(2000, 110), m(3000, 210)];
    const twin = [m(1000, 0), m(2000, 100), m(3000, 200)];
    expect(paired(page, twin)).toEqual({ lcpRatio: 1, tbtDiff: 10 });
  });

  it('says a comparison is missing when the runs failed', () => {
    const failed: Metrics = { performance: null, lcp: null, tbt: null, scriptBytes: null };
    expect(twinFailures('/', 'reading', [failed], [m(1000, 0)])).toEqual([
      '/: no measurement of the page and its script-free twin in the same round (runs failed)',
    ]);
  });

  it('holds a runtime page to the framework floor, within the score slack', () => {
    const floor = [{ ...m(2000, 300), performance: 0.9 }];
    expect(
      twinFailures('/search/', 'runtime', [{ ...m(2100, 340), performance: 0.89 }], floor),
    ).toEqual([]);
    expect(
      twinFailures('/search/', 'runtime', [{ ...m(2100, 400), performance: 0.85 }], floor),
    ).toEqual([
      '/search/: TBT 100 ms over that of the framework floor > 50 ms',
      '/search/: performance 0.85 < 0.88',
    ]);
  });
});
