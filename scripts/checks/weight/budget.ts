import { medianBy } from '../../stats';
import type { PageType, PageWeight } from './measure';

/** Gzip bytes a page of a type may ship on first load: JavaScript, and everything together. */
export type WeightBudget = { js: number; total: number };

export type TypeSummary = {
  type: PageType;
  pages: number;
  median: PageWeight;
  /** The page that ships the most bytes in all. */
  heaviest: PageWeight;
  /** The page that ships the most JavaScript. */
  mostJs: PageWeight;
};

/** Per page type: how many pages, the median page (by total bytes) and the heaviest ones. */
export function summarize(weights: Map<PageType, PageWeight[]>): TypeSummary[] {
  const out: TypeSummary[] = [];
  for (const [type, list] of weights) {
    if (!list.length) continue;
    const byTotal = [...list].sort((a, b) => a.total - b.total);
    const byJs = [...list].sort((a, b) => a.js - b.js);
    out.push({
      type,
      pages: list.length,
      median: medianBy(list, (w) => w.total),
      heaviest: byTotal[byTotal.length - 1]!,
      mostJs: byJs[byJs.length - 1]!,
    });
  }
  return out;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** One line per page type that has a budget and a page over it; types without pages are named too. */
export function weightFailures(
  summaries: TypeSummary[],
  budgets: Partial<Record<PageType, WeightBudget>>,
): string[] {
  const failures: string[] = [];
  for (const [type, budget] of Object.entries(budgets) as [PageType, WeightBudget][]) {
    const s = summaries.find((x) => x.type === type);
    if (!s) {
      failures.push(`${type}: no page of this type in out/`);
      continue;
    }
    if (s.mostJs.js > budget.js)
      failures.push(
        `${type}: ${s.mostJs.page} ships ${kb(s.mostJs.js)} of JavaScript (gzip), budget ${kb(budget.js)}`,
      );
    if (s.heaviest.total > budget.total)
      failures.push(
        `${type}: ${s.heaviest.page} ships ${kb(s.heaviest.total)} in all (gzip), budget ${kb(budget.total)}`,
      );
  }
  return failures;
}
