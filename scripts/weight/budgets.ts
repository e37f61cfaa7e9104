import type { PageType } from './measure';
import type { WeightBudget } from './budget';

const KB = 1024;

/**
 * Gzip bytes per page type on first load, set from the measured weights (see README, "Budgets
 * and benchmarks") with modest headroom: growth beyond them is a change someone should notice.
 */
export const PAGE_BUDGETS: Partial<Record<PageType, WeightBudget>> = {
  home: { js: 160 * KB, total: 190 * KB },
  vendor: { js: 160 * KB, total: 220 * KB },
  entry: { js: 160 * KB, total: 190 * KB },
  status: { js: 160 * KB, total: 220 * KB },
  code: { js: 160 * KB, total: 190 * KB },
  search: { js: 200 * KB, total: 230 * KB },
  decode: { js: 200 * KB, total: 230 * KB },
};
