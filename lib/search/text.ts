/**
 * Text folding and word splitting shared by indexing, querying and highlighting, so a query
 * word and a catalog word compare equal exactly when search should treat them as one word.
 */

const NON_ASCII = /[^\x00-\x7f]/;
const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;

/**
 * The words of a text, folded: letters and digits; any other character separates words. Runs for
 * every entry when the index is built, so plain ASCII skips Unicode normalization.
 */
export function words(text: string): string[] {
  const ascii = !NON_ASCII.test(text);
  let t = ascii ? text.toLowerCase() : text.normalize('NFKC').toLowerCase();
  if (!ascii) t = t.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'");
  if (t.includes("'") || t.includes('`')) t = t.replace(/['`]/g, '');
  return t.match(ascii ? ASCII_WORD : WORD) ?? [];
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
const TYPO_MIN_LENGTH = 5;
/** Words of letters long enough to misspell: a number or code one digit off is another code. */
export function canMisspell(term: string): boolean {
  return term.length >= TYPO_MIN_LENGTH && !/\d/.test(term);
}

/** Shortest query word expanded to the words it begins. */
export const PREFIX_MIN_LENGTH = 2;

function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i += 1, j += 1) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/**
 * True when a and b differ by at most one insertion, deletion, substitution or swap of
 * neighbours. Runs over the vocabulary for every long query word, so it allocates nothing.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  if (i === la && i === lb) return true;
  if (la > lb) return sameFrom(a, i + 1, b, i);
  if (la < lb) return sameFrom(a, i, b, i + 1);
  if (sameFrom(a, i + 1, b, i + 1)) return true;
  return (
    a.charCodeAt(i) === b.charCodeAt(i + 1) &&
    a.charCodeAt(i + 1) === b.charCodeAt(i) &&
    sameFrom(a, i + 2, b, i + 2)
  );
}
