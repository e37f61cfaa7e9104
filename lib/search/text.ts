import { foldText } from '@/lib/template';

/**
 * Text folding and word splitting shared by indexing, querying and highlighting, so a query
 * word and a catalog word compare equal exactly when search should treat them as one word.
 */

/** Case, spacing, typographic quotes and apostrophes folded (`Don’t` → `dont`); punctuation kept. */
export function foldForSearch(text: string): string {
  return foldText(text).replace(/['`]/g, '');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, folded: letters and digits; any other character separates words. */
export function words(text: string): string[] {
  return foldForSearch(text).match(WORD) ?? [];
}

/** Words with their positions in the original text (for marking), apostrophes inside a word kept. */
export function wordSpans(text: string): { start: number; end: number; word: string }[] {
  const spans: { start: number; end: number; word: string }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’`][\p{L}\p{N}]+)*/gu)) {
    const start = m.index ?? 0;
    const folded = words(m[0]).join('');
    if (folded) spans.push({ start, end: start + m[0].length, word: folded });
  }
  return spans;
}

/** Shortest query word that gets a typo allowance (the "words of five letters or more"). */
export const TYPO_MIN_LENGTH = 5;
/** Words of letters long enough to misspell: a number or code one digit off is another code. */
export function canMisspell(term: string): boolean {
  return term.length >= TYPO_MIN_LENGTH && !/\d/.test(term);
}

/** Shortest query word expanded to the words it begins. */
export const PREFIX_MIN_LENGTH = 2;

/** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  if (i === la && i === lb) return true;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
