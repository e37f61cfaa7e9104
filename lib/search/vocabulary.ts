import { PREFIX_MIN_LENGTH, canMisspell, withinOneEdit } from './text';

/** At most this many catalog words stand in for one prefix or one misspelt word. */
export const MAX_EXPANSIONS = 64;

/**
 * The catalog's words, sorted for prefix ranges and bucketed by length for typos: this is what
 * lets the shipped data stay documents only (no prebuilt prefix index).
 */
export function createVocabulary(all: Iterable<string>) {
  const sorted = [...new Set(all)].sort();
  const byLength = new Map<number, string[]>();
  for (const w of sorted) {
    const bucket = byLength.get(w.length);
    if (bucket) bucket.push(w);
    else byLength.set(w.length, [w]);
  }

  function lowerBound(term: string): number {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as string) < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // Typing a query asks about the same words keystroke after keystroke.
  const memo = new Map<string, string[]>();
  const remember = (key: string, find: () => string[]): string[] => {
    let found = memo.get(key);
    if (!found) {
      if (memo.size > 5000) memo.clear();
      found = find();
      memo.set(key, found);
    }
    return found.slice();
  };

  return {
    has: (term: string): boolean => {
      const i = lowerBound(term);
      return sorted[i] === term;
    },
    prefixed: (term: string): string[] => remember(`p${term}`, () => prefixed(term)),
    misspelt: (term: string): string[] => remember(`t${term}`, () => misspelt(term)),
    size: sorted.length,
  };

  /** Longer catalog words that begin with the term (`kakao` → `kakaoid`). */
  function prefixed(term: string): string[] {
    if (term.length < PREFIX_MIN_LENGTH) return [];
    const out: string[] = [];
    for (let i = lowerBound(term); i < sorted.length && out.length < MAX_EXPANSIONS; i += 1) {
      const w = sorted[i] as string;
      if (!w.startsWith(term)) break;
      if (w !== term) out.push(w);
    }
    return out;
  }

  /** Catalog words one edit away (`recordng` → `recording`), for words long enough to misspell. */
  function misspelt(term: string): string[] {
    if (!canMisspell(term)) return [];
    const out: string[] = [];
    for (let len = term.length - 1; len <= term.length + 1; len += 1) {
      for (const w of byLength.get(len) ?? []) {
        if (w !== term && withinOneEdit(term, w)) out.push(w);
        if (out.length >= MAX_EXPANSIONS) return out;
      }
    }
    return out;
  }
}
