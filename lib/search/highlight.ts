import { stem } from './stem';
import { PREFIX_MIN_LENGTH, canMisspell, withinOneEdit, wordSpans, words } from './text';

export type Segment = { text: string; mark: boolean };

/**
 * Splits a text into runs, marking the words the query matched (whole, in another form, as a
 * prefix, or with one typo) and the `also` words a hit matched through (explain.ts, matchedWords).
 */
export function highlight(text: string, query: string, also: readonly string[] = []): Segment[] {
  const terms = [...new Set(words(query))];
  const stems = new Set(terms.filter((t) => t.length >= 4).map(stem));
  const extra = new Set(also);
  const matches = (word: string) =>
    extra.has(word) ||
    stems.has(stem(word)) ||
    terms.some(
      (t) =>
        word === t ||
        (t.length >= PREFIX_MIN_LENGTH && word.startsWith(t)) ||
        (canMisspell(t) && withinOneEdit(t, word)),
    );
  const segments: Segment[] = [];
  let last = 0;
  for (const span of wordSpans(text)) {
    if (!matches(span.word)) continue;
    if (span.start > last) segments.push({ text: text.slice(last, span.start), mark: false });
    segments.push({ text: text.slice(span.start, span.end), mark: true });
    last = span.end;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}
