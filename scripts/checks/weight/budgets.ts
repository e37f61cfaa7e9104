import type { PageType } from './measure';
import type { WeightBudget } from './budget';

const KB = 1024;

/** A reading page's one script (inline; it loads the search leaf on first use). */
const READING_JS = 5 * KB;

/**
 * Gzip bytes per page type on first load, set from the measured weights (see README, "Budgets
 * and benchmarks") with modest headroom: growth beyond them is a change someone should notice.
 * Reading pages carry no framework runtime: HTML, the stylesheet and at most 5 KB of script.
 */
export const PAGE_BUDGETS: Partial<Record<PageType, WeightBudget>> = {
  home: { js: READING_JS, total: 20 * KB },
  vendors: { js: READING_JS, total: 20 * KB },
  vendor: { js: READING_JS, total: 30 * KB },
  entry: { js: READING_JS, total: 20 * KB },
  // The standards' twins of vendors, vendor and entry.
  standards: { js: READING_JS, total: 20 * KB },
  standard: { js: READING_JS, total: 30 * KB },
  'standard-entry': { js: READING_JS, total: 20 * KB },
  statuses: { js: READING_JS, total: 20 * KB },
  status: { js: READING_JS, total: 25 * KB },
  'not-found': { js: READING_JS, total: 20 * KB },
  // Plain HTML with no script (scripts/build/postbuild-code-pages.ts); a list page for a token 8
  // vendors share is about 1.1 KB.
  code: { js: 0, total: 1.5 * KB },
  // These keep the framework runtime (about 137 KB of it) and count their inline payload.
  search: { js: 155 * KB, total: 165 * KB },
  decode: { js: 155 * KB, total: 165 * KB },
};

/**
 * Data a page's script fetches when the reader uses it, not on load (except /search/ opened with
 * a query, which fetches it at once): reported beside the page type (gzip), since it grows with
 * the catalog.
 */
export const DATA_ON_USE: Partial<Record<PageType, string[]>> = {
  search: ['/search-data.json', '/search-steps.json'],
  decode: ['/decode/data.json'],
};
