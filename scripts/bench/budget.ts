/** One build of the bench: what it measured at a catalog size. */
export type BenchRow = {
  entries: number;
  wallSeconds: number;
  cpuSeconds: number | null;
  peakRssBytes: number;
  outBytes: number;
  outFiles: number;
  searchBytes: number | null;
};

export type BenchBudget = { seconds?: number; megabytes?: number };

export type Growth = {
  from: number;
  to: number;
  /** Increase per 1,000 entries over this step. */
  perThousand: Omit<BenchRow, 'entries' | 'cpuSeconds' | 'searchBytes'> & {
    cpuSeconds: number | null;
  };
  /** Metrics that grew markedly faster per entry here than over the step before. */
  nonLinear: string[];
};

const MB = 1024 * 1024;

/** Every budget a row misses, as one line each; empty when all hold. */
export function budgetFailures(rows: BenchRow[], budget: BenchBudget): string[] {
  const failures: string[] = [];
  for (const r of rows) {
    if (budget.seconds !== undefined && r.wallSeconds > budget.seconds)
      failures.push(
        `${r.entries} entries: build took ${r.wallSeconds.toFixed(1)} s, budget ${budget.seconds} s`,
      );
    if (budget.megabytes !== undefined && r.peakRssBytes / MB > budget.megabytes)
      failures.push(
        `${r.entries} entries: peak memory ${(r.peakRssBytes / MB).toFixed(0)} MB, budget ${budget.megabytes} MB`,
      );
  }
  return failures;
}

const METRICS = ['wallSeconds', 'peakRssBytes', 'outBytes', 'outFiles'] as const;
type Metric = (typeof METRICS)[number];

/**
 * Growth per 1,000 entries between consecutive sizes. A step is flagged non-linear for a metric
 * when its per-entry growth is more than `tolerance` times the previous step's and the step
 * adds more than 10% to the metric (so noise on a flat metric is not flagged).
 */
export function growth(rows: BenchRow[], tolerance = 1.5): Growth[] {
  const sorted = [...rows].sort((a, b) => a.entries - b.entries);
  const steps: Growth[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const k = 1000 / (b.entries - a.entries);
    const perThousand = {
      ...(Object.fromEntries(METRICS.map((m) => [m, (b[m] - a[m]) * k])) as Record<Metric, number>),
      cpuSeconds:
        a.cpuSeconds !== null && b.cpuSeconds !== null ? (b.cpuSeconds - a.cpuSeconds) * k : null,
    };
    const prev = steps[steps.length - 1];
    const grew = (m: Metric | 'cpuSeconds', before: number | null, after: number | null) =>
      prev !== undefined &&
      after !== null &&
      before !== null &&
      (perThousand[m] ?? 0) > tolerance * Math.max(prev.perThousand[m] ?? 0, 0) &&
      after - before > 0.1 * before;
    const nonLinear = [
      ...METRICS.filter((m) => grew(m, a[m], b[m])),
      ...(grew('cpuSeconds', a.cpuSeconds, b.cpuSeconds) ? ['cpuSeconds'] : []),
    ];
    steps.push({ from: a.entries, to: b.entries, perThousand, nonLinear });
  }
  return steps;
}
