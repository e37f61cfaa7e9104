import { stem } from './stem';
import { isStopWord } from './stop-words';
import { words } from './text';
import type { Phrasings } from './types';

/** One phrasing as search compares it: its words' stems, and the group it belongs to. */
export type Phrase = { text: string; stems: string[]; group: number };

/** A phrasing found in the query, at word positions `start` … `start + length - 1`, and its equivalents. */
export type PhraseInQuery = { start: number; length: number; phrase: Phrase; others: Phrase[] };

/** A text's words as phrasings compare them: stems, stop words left out (`not a valid` is `not valid`). */
export function phraseStems(text: readonly string[]): string[] {
  return text.filter((w) => !isStopWord(w)).map(stem);
}

/**
 * The equivalent phrasings of content/phrasings.md, compiled to stems (so `rate limits` is the
 * phrase `rate limit`), and a finder for the ones a query says. Applied in both directions: the
 * groups are symmetric, so whichever phrasing the query uses, every other one is an equivalent.
 */
export function createPhrasings(groups: Phrasings) {
  const compiled = groups.map((g, group) =>
    g.phrases
      .map((text): Phrase => ({ text, stems: phraseStems(words(text)), group }))
      .filter((p) => p.stems.length > 0),
  );
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of compiled.flat()) {
    const first = phrase.stems[0] as string;
    const list = byFirst.get(first);
    if (list) list.push(phrase);
    else byFirst.set(first, [phrase]);
  }
  // Longest first, so `rate limit exceeded` wins over `rate limit` at the same place.
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);

  return {
    /**
     * Phrasings the query contains (its `phraseStems`), left to right, longest at each place,
     * never overlapping; positions are into that list.
     */
    find(queryStems: readonly string[]): PhraseInQuery[] {
      const out: PhraseInQuery[] = [];
      for (let i = 0; i < queryStems.length; i += 1) {
        const candidates = byFirst.get(queryStems[i] as string);
        const phrase = candidates?.find((p) => p.stems.every((s, k) => queryStems[i + k] === s));
        if (!phrase) continue;
        const others = (compiled[phrase.group] as Phrase[]).filter((p) => p !== phrase);
        out.push({ start: i, length: phrase.stems.length, phrase, others });
        i += phrase.stems.length - 1;
      }
      return out;
    },
  };
}
