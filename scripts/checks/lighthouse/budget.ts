import { median } from '../../stats';

/** The four Lighthouse categories Errdex budgets, by their id in a Lighthouse result. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

export type Scores = Record<CategoryId, number | null>;

/**
 * The minimum score per category (0–1). Performance has no fixed minimum here: it is budgeted
 * against a twin measured in the same run (scripts/checks/lighthouse/twins.ts).
 */
export const LIGHTHOUSE_BUDGET: Scores = {
  performance: null,
  accessibility: 1,
  'best-practices': 1,
  seo: 1,
};

/** The part of a Lighthouse result (`lhr`) the budget reads. */
export type LighthouseResult = {
  finalDisplayedUrl?: string;
  categories: Partial<
    Record<string, { score: number | null; auditRefs?: { id: string; weight: number }[] }>
  >;
  audits: Record<
    string,
    {
      score: number | null;
      title: string;
      scoreDisplayMode?: string;
      numericValue?: number;
      details?: { items?: { resourceType?: string; transferSize?: number }[] };
    }
  >;
  runtimeError?: { code: string; message: string };
  environment?: { benchmarkIndex?: number };
};

export function scoresOf(lhr: LighthouseResult): Scores {
  return Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])) as Scores;
}

/** The median score per category over several runs of one page (the lower middle for an even count). */
export function medianScores(runs: Scores[]): Scores {
  return Object.fromEntries(
    CATEGORIES.map((c) => {
      const values = runs.map((r) => r[c]).filter((v): v is number => v !== null);
      return [c, values.length ? median(values) : null];
    }),
  ) as Scores;
}

/** Weighted audits that did not pass in a run: what to fix when a category is under budget. */
export function failingAudits(lhr: LighthouseResult, category: CategoryId): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ id: ref.id, audit: lhr.audits[ref.id] }))
    .filter(
      ({ audit }) =>
        audit &&
        audit.score !== null &&
        audit.score < 1 &&
        audit.scoreDisplayMode !== 'informative',
    )
    .map(({ id, audit }) => `${id} (${audit!.score})`);
}

/** One line per page and category under budget; a missing score (a failed run) is a miss too. */
export function lighthouseFailures(
  pages: { page: string; scores: Scores }[],
  budget: Scores = LIGHTHOUSE_BUDGET,
): string[] {
  const failures: string[] = [];
  for (const { page, scores } of pages)
    for (const c of CATEGORIES) {
      const min = budget[c];
      const got = scores[c];
      if (min === null) continue;
      if (got === null) failures.push(`${page}: ${c} has no score (the run failed)`);
      else if (got < min) failures.push(`${page}: ${c} ${got.toFixed(2)} < ${min.toFixed(2)}`);
    }
  return failures;
}
