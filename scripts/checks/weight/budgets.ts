import type { PageType } from './measure';
import type { WeightBudget } from './budget';

const KB = 1024;

/**
 * Gzip bytes per page type on first load, set from the measured weights (see README, "Budgets
 * and benchmarks") with modest headroom: growth beyond them is a change someone should notice.
 */
export const PAGE_BUDGETS: Partial<Record<PageType, WeightBudget>> = {
  // Measured 19:45-20:00 UTC (272 entries): JS 135-141 KB on every type (Next and React), totals
  // 143-158 KB. Budgets: about 10 KB of headroom over the heaviest page of each type.
  home: { js: 150 * KB, total: 160 * KB },
  vendor: { js: 150 * KB, total: 175 * KB },
  entry: { js: 150 * KB, total: 165 * KB },
  status: { js: 150 * KB, total: 170 * KB },
  // Plain HTML with no script since 23 Nov (scripts/postbuild-code-pages.ts): 0.7 KB median,
  // 0.8 KB max; a synthetic list page for a token 8 vendors share is 1.1 KB.
  code: { js: 0, total: 1.5 * KB },
  search: { js: 155 * KB, total: 165 * KB },
  decode: { js: 155 * KB, total: 165 * KB },
};

/**
 * Data a page's script fetches when the reader uses it, not on load (except /search/ opened with
 * a query, which fetches it at once): reported beside the page type (gzip), since it grows with
 * the catalog.
 */
export const DATA_ON_USE: Partial<Record<PageType, string[]>> = {
  search: ['/search-data.json'],
  decode: ['/decode/data.json'],
};
