import { PREFIX_MIN_LENGTH, canMisspell, withinOneEdit } from './text';

/** At most this many catalog words stand in for one prefix or one misspelt word. */
const MAX_EXPANSIONS = 64;

/**
 * The catalog's words, grouped by their first two letters for prefixes and by length for typos:
 * this is what lets the shipped data stay documents only (no prebuilt prefix index). Grouping is
 * one pass; each group is sorted the first time a prefix asks for it, because sorting all
 * 30,000 words of a 10,000-entry catalog up front was a tenth of the time to first result.
 */
export function createVocabulary(
  distinct: readonly string[],
  known: { has(word: string): boolean } = new Set(distinct),
) {
  const groups = new Map<string, { words: string[]; sorted: boolean }>();
  for (const w of distinct) {
    if (w.length < PREFIX_MIN_LENGTH) continue;
    const head = w.slice(0, PREFIX_MIN_LENGTH);
    const group = groups.get(head);
    if (group) group.words.push(w);
    else groups.set(head, { words: [w], sorted: false });
  }
  let byLength: Map<number, string[]> | null = null;

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
    has: (term: string): boolean => known.has(term),
    prefixed: (term: string): string[] => remember(`p${term}`, () => prefixed(term)),
    misspelt: (term: string): string[] => remember(`t${term}`, () => misspelt(term)),
  };

  /** The sorted words beginning with the term's first two letters. */
  function groupOf(term: string): string[] {
    const group = groups.get(term.slice(0, PREFIX_MIN_LENGTH));
    if (!group) return [];
    if (!group.sorted) {
      group.words.sort();
      group.sorted = true;
    }
    return group.words;
  }

  /** Longer catalog words that begin with the term (`kakao` → `kakaoid`), in sorted order. */
  function prefixed(term: string): string[] {
    if (term.length < PREFIX_MIN_LENGTH) return [];
    const sorted = groupOf(term);
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as string) < term) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length && out.length < MAX_EXPANSIONS; i += 1) {
      const w = sorted[i] as string;
      if (!w.startsWith(term)) break;
      if (w !== term) out.push(w);
    }
    return out;
  }

  /** Catalog words one edit away (`recordng` → `recording`), for words long enough to misspell. */
  function misspelt(term: string): string[] {
    if (!canMisspell(term)) return [];
    // Only a misspelt query needs words by length: filed on the first one, sorted for stable order.
    byLength ??= fileByLength(distinct);
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

function fileByLength(words: readonly string[]): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  for (const w of [...words].sort()) {
    const bucket = byLength.get(w.length);
    if (bucket) bucket.push(w);
    else byLength.set(w.length, [w]);
  }
  return byLength;
}
