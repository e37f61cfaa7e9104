import { phraseStems, type createPhrasings, type Phrase } from './phrasings';
import { stem } from './stem';
import { isStopWord } from './stop-words';
import { canMisspell, PREFIX_MIN_LENGTH } from './text';
import type { MatchReason } from './types';
import type { WordTable } from './word-table';

/** What the relevance stage reads: the word table, row lookups and the vocabulary. */
export type RelevanceSource = {
  table: WordTable;
  /** Rows (messages and observed wordings) whose text holds the word: FlexSearch. */
  lookup(word: string): readonly number[];
  /** Rows of the entries documented with the status. */
  statusRows(status: number): readonly number[];
  prefixed(word: string): string[];
  misspelt(word: string): string[];
  phrasings: ReturnType<typeof createPhrasings>;
};

/** One unit of the query that a row can match: a word (in any form), a phrasing, or the status. */
type Unit = {
  weight: number;
  /** Stem numbers that match the unit in a row (a word's stem, a typo's or prefix's stems). */
  stems: Set<number>;
  /** Equivalent phrasings, as stem-number runs; a row with one matches the unit. */
  others: { phrase: Phrase; run: number[] }[];
  /** The query's words the unit stands for (for the explanation). */
  query: string;
  /** Position of the unit's first word in the query (for order). */
  at: number;
  status: number | null;
  /** For a phrasing: the word units inside it, which it replaces in the sum. */
  inside: number[];
};

export type RelevanceHit = { row: number; score: number; reasons: MatchReason[] };

/** Weights of the score's three parts: query covered (by rarity), message covered, order. */
const W_QUERY = 0.6;
const W_MESSAGE = 0.25;
const W_ORDER = 0.15;
/** A word matched only through a typo or as the prefix of a longer word counts for less. */
const LOOSE = 0.5;
const MAX_UNITS = 24;

/**
 * The relevance stage: rows sharing any meaningful part of the query, scored by how much of the
 * query they cover (each word weighted by its rarity, IDF-like), how much of their own text the
 * query accounts for, and whether the matched words stand in the query's order.
 */
export function createRelevance(src: RelevanceSource) {
  const { table } = src;
  const rows = table.size;
  // Stem of every catalog word, by word number; and the message rows per stem, counted.
  const stemIds = new Map<string, number>();
  const wordStem = new Int32Array(table.words.length);
  const stopWord = new Uint8Array(table.words.length);
  const stemWords: number[][] = [];
  table.words.forEach((w, id) => {
    const s = stem(w);
    let sid = stemIds.get(s);
    if (sid === undefined) {
      stemIds.set(s, (sid = stemWords.length));
      stemWords.push([]);
    }
    wordStem[id] = sid;
    stopWord[id] = isStopWord(w) ? 1 : 0;
    if (table.messageFrequency(id) > 0) (stemWords[sid] as number[]).push(id);
  });
  const idf = (df: number) => Math.log(1 + rows / Math.max(df, 1));
  const stemFrequency = (sid: number) =>
    (stemWords[sid] as number[]).reduce((n, id) => n + table.messageFrequency(id), 0);
  const stemOf = (word: string) => stemIds.get(stem(word)) ?? -1;

  // Per-query scratch, reused: a row's matched units as bits, stamped by query.
  const mask = new Uint32Array(rows);
  const stamp = new Uint32Array(rows);
  let generation = 0;

  function wordUnit(word: string, at: number, last: boolean): Unit | null {
    const own = stemOf(word);
    const stems = new Set<number>();
    let factor = 1;
    if (own >= 0 && (stemWords[own] as number[]).length > 0) stems.add(own);
    else {
      // Not a catalog word in any form: a typo of one, or the start of one (`kakao` → `kakaoid`,
      // or the last word, still being typed).
      const near = [
        ...(canMisspell(word) ? src.misspelt(word) : []),
        ...(word.length >= (last ? PREFIX_MIN_LENGTH + 1 : 4) ? src.prefixed(word) : []),
      ];
      for (const w of near) stems.add(wordStem[table.id(w)] as number);
      factor = LOOSE;
    }
    if (stems.size === 0) return null;
    let df = 0;
    for (const sid of stems) df += stemFrequency(sid);
    return {
      weight: idf(df) * factor,
      stems,
      others: [],
      query: word,
      at,
      status: null,
      inside: [],
    };
  }

  /** The query's units: its words (stop words and bare numbers left out), phrasings and status. */
  function unitsOf(queryWords: readonly string[], status: number | null): Unit[] {
    const units: Unit[] = [];
    const seen = new Set<string>();
    queryWords.forEach((w, i) => {
      if (isStopWord(w) || /^\d+$/.test(w) || seen.has(stem(w))) return;
      seen.add(stem(w));
      const unit = wordUnit(w, i, i === queryWords.length - 1);
      if (unit) units.push(unit);
    });
    // Phrasings are found among the query's words without stop words: `not a valid` says `not valid`.
    const kept = queryWords.flatMap((w, i) => (isStopWord(w) ? [] : [i]));
    const found = src.phrasings.find(phraseStems(queryWords));
    for (const f of found) {
      const start = kept[f.start] as number;
      const end = (kept[f.start + f.length - 1] as number) + 1;
      const inside = units.flatMap((u, k) => (u.at >= start && u.at < end ? [k] : []));
      const others = f.others
        .map((phrase) => ({ phrase, run: phrase.stems.map((s) => stemIds.get(s) ?? -1) }))
        .filter((o) => o.run.every((sid) => sid >= 0));
      if (others.length === 0) continue;
      const own = inside.reduce((n, k) => n + (units[k] as Unit).weight, 0);
      const rarest = Math.min(...others.map((o) => Math.min(...o.run.map(stemFrequency))));
      const text = f.phrase.text;
      const unit: Unit = {
        weight: Math.max(own, idf(rarest)),
        stems: new Set(),
        others,
        query: text,
        at: start,
        status: null,
        inside,
      };
      units.push(unit);
    }
    if (status !== null) {
      const df = src.statusRows(status).length;
      if (df > 0)
        units.push({
          weight: 2 * idf(df),
          stems: new Set(),
          others: [],
          query: String(status),
          at: -1,
          status,
          inside: [],
        });
    }
    // The heaviest fit in a 32-bit mask; a query that long is a paste, and its rare words lead.
    return units.length > MAX_UNITS
      ? [...units].sort((a, b) => b.weight - a.weight).slice(0, MAX_UNITS)
      : units;
  }

  return {
    /** Scored rows, best first (score in [0, 1)); `accept` filters rows before scoring. */
    rank(
      queryWords: readonly string[],
      status: number | null,
      limit: number,
      accept: (row: number) => boolean,
    ): RelevanceHit[] {
      const units = unitsOf(queryWords, status);
      if (units.length === 0) return [];
      generation += 1;
      const candidates: number[] = [];
      const mark = (row: number, bit: number) => {
        if (stamp[row] !== generation) {
          if (!accept(row)) return;
          stamp[row] = generation;
          mask[row] = 0;
          candidates.push(row);
        }
        mask[row] = (mask[row] as number) | bit;
      };
      units.forEach((u, k) => {
        const bit = 1 << k;
        if (u.status !== null) for (const row of src.statusRows(u.status)) mark(row, bit);
        for (const sid of u.stems)
          for (const id of stemWords[sid] as number[])
            for (const row of src.lookup(table.words[id] as string)) mark(row, bit);
        for (const { run } of u.others) {
          // The rarest stem's rows, kept when the whole run is in the message.
          const rare = run.reduce((a, b) => (stemFrequency(b) < stemFrequency(a) ? b : a));
          for (const id of stemWords[rare] as number[])
            for (const row of src.lookup(table.words[id] as string))
              if (hasRun(row, run)) mark(row, bit);
        }
      });
      return score(units, candidates, limit);
    },
  };

  /** Whether the row's message says the phrasing: its stems in a row, stop words skipped. */
  function hasRun(row: number, run: readonly number[]): boolean {
    let at = 0;
    let found = false;
    table.eachMessageWord(row, (id) => {
      if (found || stopWord[id]) return;
      at = wordStem[id] === run[at] ? at + 1 : wordStem[id] === run[0] ? 1 : 0;
      if (at === run.length) found = true;
    });
    return found;
  }

  /**
   * Weight of the units a row matched. A phrasing counts when the row has an equivalent of it, or
   * every word of it as the query has them; either way it replaces the words inside it.
   */
  function matchedWeight(units: Unit[], bits: number): number {
    let replaced = 0;
    let sum = 0;
    units.forEach((u, k) => {
      if (u.others.length === 0) return;
      const whole = u.inside.length > 0 && u.inside.every((i) => bits & (1 << i));
      if (!(bits & (1 << k)) && !whole) return;
      sum += u.weight;
      for (const i of u.inside) replaced |= 1 << i;
    });
    units.forEach((u, k) => {
      if (u.others.length === 0 && bits & (1 << k) && !(replaced & (1 << k))) sum += u.weight;
    });
    return sum;
  }

  function score(units: Unit[], candidates: number[], limit: number): RelevanceHit[] {
    // The whole query's weight: phrasings count once, in place of their words at best.
    const total = matchedWeight(units, 2 ** units.length - 1);
    const bound = candidates.map(
      (row) => (W_QUERY * matchedWeight(units, mask[row] as number)) / total,
    );
    // A row whose best possible score cannot reach the limit-th lower bound is not scored.
    const sorted = Float64Array.from(bound).sort();
    const cut = sorted.length > limit * 2 ? (sorted[sorted.length - limit * 2] as number) : 0;
    const hits: { row: number; score: number }[] = [];
    candidates.forEach((row, i) => {
      const base = bound[i] as number;
      if (base + W_MESSAGE + W_ORDER < cut || base === 0) return;
      hits.push({ row, score: scoreRow(units, row, base) });
    });
    hits.sort((a, b) => b.score - a.score || a.row - b.row);
    // Explained only for what can be shown: rows of one entry may take several places.
    return hits.slice(0, limit * 2).map((h) => ({ ...h, reasons: reasons(units, h.row) }));
  }

  function scoreRow(units: Unit[], row: number, base: number): number {
    const bits = mask[row] as number;
    const matchedStems = new Set<number>();
    units.forEach((u, k) => {
      if (!(bits & (1 << k))) return;
      for (const sid of u.stems) matchedStems.add(sid);
      for (const o of u.others) for (const sid of o.run) matchedStems.add(sid);
    });
    // Message covered, and where each matched stem first stands (for order).
    let words = 0;
    let covered = 0;
    const firstAt = new Map<number, number>();
    table.eachMessageWord(row, (id, position) => {
      if (isStopWord(table.words[id] as string)) return;
      words += 1;
      const sid = wordStem[id] as number;
      if (!matchedStems.has(sid)) return;
      covered += 1;
      if (!firstAt.has(sid)) firstAt.set(sid, position);
    });
    // Order: neighbouring query words that stand in the same order, at most a word apart.
    const positions: number[] = [];
    for (const u of units) {
      if (u.others.length || u.status !== null) continue;
      for (const sid of u.stems) if (firstAt.has(sid)) positions.push(firstAt.get(sid) as number);
    }
    let inOrder = 0;
    for (let k = 1; k < positions.length; k += 1) {
      const gap = (positions[k] as number) - (positions[k - 1] as number);
      if (gap >= 1 && gap <= 2) inOrder += 1;
    }
    const order = positions.length > 1 ? inOrder / (positions.length - 1) : 0;
    const message = words > 0 ? covered / words : 0;
    return (base + W_MESSAGE * message + W_ORDER * order) * 0.999;
  }

  /** Why the row matched, in query order: each word as the row writes it, phrasings, the status. */
  function reasons(units: Unit[], row: number): MatchReason[] {
    const bits = mask[row] as number;
    const shown = new Map<number, string>();
    table.eachMessageWord(row, (id) => {
      const sid = wordStem[id] as number;
      if (!shown.has(sid)) shown.set(sid, table.words[id] as string);
    });
    const out: { at: number; reason: MatchReason }[] = [];
    const replaced = new Set<number>();
    units.forEach((u, k) => {
      if (!(bits & (1 << k))) return;
      if (u.status !== null) out.push({ at: -1, reason: { kind: 'status', status: u.status } });
      else if (u.others.length) {
        const other = u.others.find((o) => hasRun(row, o.run)) ?? u.others[0];
        out.push({
          at: u.at,
          reason: { kind: 'phrasing', query: u.query, text: other?.phrase.text ?? '' },
        });
        for (const i of u.inside) replaced.add(i);
      }
    });
    units.forEach((u, k) => {
      if (!(bits & (1 << k)) || u.others.length || u.status !== null || replaced.has(k)) return;
      const sid = [...u.stems].find((s) => shown.has(s));
      const text = sid === undefined ? u.query : (shown.get(sid) as string);
      out.push({ at: u.at, reason: { kind: 'word', query: u.query, text } });
    });
    return out.sort((a, b) => a.at - b.at).map((r) => r.reason);
  }
}
