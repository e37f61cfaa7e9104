/**
 * The twin comparison: each audited page is measured against a twin served in the same run on
 * the same host, so a slow or busy host slows both and the gate still measures the page. A
 * reading page's twin is its own HTML with every script removed (the physical limit); a page
 * that keeps the framework runtime (/search/, /decode/) is measured against the framework floor,
 * a page of one paragraph on the same layout and runtime.
 */
import { median } from '../../stats';
import type { LighthouseResult } from './budget';

/** The figures compared, per page: the performance score and its two load metrics. */
export type Metrics = {
  performance: number | null;
  /** Largest Contentful Paint, ms (Lighthouse's simulated mobile load). */
  lcp: number | null;
  /** Total Blocking Time, ms. */
  tbt: number | null;
  /** Script bytes transferred during load. */
  scriptBytes: number | null;
};

export type PageKind = 'reading' | 'runtime';

export const TWIN_BUDGET = {
  /** A reading page paints within 10% of its script-free twin… */
  lcpRatio: 1.1,
  /** …blocks at most 50 ms more than it… */
  tbtSlackMs: 50,
  /** …and scores at least this, whatever its twin does. */
  readingPerformance: 0.98,
  /** A runtime page is no worse than the floor: its score within this of the floor's. */
  runtimeScoreSlack: 0.02,
} as const;

export function metricsOf(lhr: LighthouseResult): Metrics {
  const num = (id: string) => lhr.audits[id]?.numericValue ?? null;
  const scripts = lhr.audits['resource-summary']?.details?.items?.find(
    (i) => i.resourceType === 'script',
  );
  return {
    performance: lhr.categories.performance?.score ?? null,
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    scriptBytes: scripts?.transferSize ?? null,
  };
}

/** The median of each figure over runs (a failed run's missing figure is left out). */
export function medianMetrics(runs: Metrics[]): Metrics {
  const of = (key: keyof Metrics) => {
    const values = runs.map((r) => r[key]).filter((v): v is number => v !== null);
    return values.length ? median(values) : null;
  };
  return {
    performance: of('performance'),
    lcp: of('lcp'),
    tbt: of('tbt'),
    scriptBytes: of('scriptBytes'),
  };
}

/** How a page compares with its twin: medians over rounds of the per-round ratio and difference. */
export type Paired = { lcpRatio: number | null; tbtDiff: number | null };

/**
 * Pairs each round's page run with the twin run measured right beside it and takes the median
 * of the per-round LCP ratios and TBT differences: a host that slows down during the gate
 * slows both runs of a pair, so drift between rounds cancels out.
 */
export function paired(page: Metrics[], twin: Metrics[]): Paired {
  const ratios: number[] = [];
  const diffs: number[] = [];
  for (let i = 0; i < Math.min(page.length, twin.length); i++) {
    const p = page[i]!;
    const t = twin[i]!;
    if (p.lcp !== null && t.lcp !== null && t.lcp > 0) ratios.push(p.lcp / t.lcp);
    if (p.tbt !== null && t.tbt !== null) diffs.push(p.tbt - t.tbt);
  }
  return {
    lcpRatio: ratios.length ? median(ratios) : null,
    tbtDiff: diffs.length ? median(diffs) : null,
  };
}

/** One line per budget the page misses against its twin (or the floor); empty when it holds. */
export function twinFailures(
  page: string,
  kind: PageKind,
  runs: Metrics[],
  twinRuns: Metrics[],
  budget = TWIN_BUDGET,
): string[] {
  const against = kind === 'reading' ? 'its script-free twin' : 'the framework floor';
  const measured = medianMetrics(runs);
  const twin = medianMetrics(twinRuns);
  const { lcpRatio, tbtDiff } = paired(runs, twinRuns);
  if (measured.performance === null || lcpRatio === null || tbtDiff === null)
    return [`${page}: no measurement of the page and ${against} in the same round (runs failed)`];
  const failures: string[] = [];
  if (lcpRatio > budget.lcpRatio)
    failures.push(`${page}: LCP ${lcpRatio.toFixed(2)} × that of ${against} > ${budget.lcpRatio}`);
  if (tbtDiff > budget.tbtSlackMs)
    failures.push(
      `${page}: TBT ${tbtDiff.toFixed(0)} ms over that of ${against} > ${budget.tbtSlackMs} ms`,
    );
  const minScore =
    kind === 'reading'
      ? budget.readingPerformance
      : (twin.performance ?? 1) - budget.runtimeScoreSlack;
  if (measured.performance < minScore - 1e-9)
    failures.push(
      `${page}: performance ${measured.performance.toFixed(2)} < ${minScore.toFixed(2)}`,
    );
  return failures;
}
