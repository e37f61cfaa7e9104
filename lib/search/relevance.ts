import { phraseStems, type createPhrasings } from './phrasings';
import { stem } from './stem';
import { isStopWord } from './stop-words';
import { canMisspell, PREFIX_MIN_LENGTH } from './text';
import type { NamedStatus } from './status';
import type { MatchReason } from './types';
import { placeStatusLine, statusUnit, type Unit } from './units';
import type { WordTable } from './word-table';

/** What the relevance stage reads: the word table, row lookups and the vocabulary. */
export type RelevanceSource = {
  table: WordTable;
  /** Rows (messages and observed wordings) whose text holds the word: FlexSearch. */
  lookup(word: string): readonly number[];
  /** The entry a row (message or observed wording) belongs to, and how many entries there are. */
  entryOf(row: number): number;
  entries: number;
  /** Rows of the entries documented with the status. */
  statusRows(status: number): readonly number[];
  prefixed(word: string): string[];
  misspelt(word: string): string[];
  phrasings: ReturnType<typeof createPhrasings>;
};

function popcount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n += 1;
  return n;
}

export type RelevanceHit = { row: number; score: number; reasons: MatchReason[] };

/** Weights of the score's three parts: query covered (by rarity), message covered, order. */
const W_QUERY = 0.6;
const W_MESSAGE = 0.25;
const W_ORDER = 0.15;
/** A word matched only through a typo or as the prefix of a longer word counts for less. */
const LOOSE = 0.5;
/** Bits of the mask: word units first, then phrasings, and the status. */
const MAX_UNITS = 31;
const MAX_WORDS = 20;
/** Catalog words standing in for a query word it lacks (typos, longer words it begins). */
const MAX_STAND_INS = 8;
/** Words that negate the next: half of `not found`, `no longer valid`, `cannot find`. */
const NEGATIONS = new Set(['not', 'no', 'cannot']);
/** A word in more rows than this (a share of all, at least `least`) is common: see `gather`. */
const COMMON = { share: 0.02, least: 200 };

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
  // Each row's words that are not stop words: the most its message can have covered.
  const meaningful = new Uint16Array(rows);
  for (let row = 0; row < rows; row += 1)
    for (let i = table.messageStart(row); i < table.messageEnd(row); i += 1)
      if (!stopWord[table.wordAt(i)]) meaningful[row] = (meaningful[row] as number) + 1;
  const stemFrequency = (sid: number) =>
    (stemWords[sid] as number[]).reduce((n, id) => n + table.messageFrequency(id), 0);
  const common = Math.max(COMMON.least, rows * COMMON.share);
  // Rarity counts entries, not rows: an entry seen with five wordings of a word holds it once.
  const idf = (df: number) => Math.log(1 + src.entries / Math.max(df, 1));
  const entryStamp = new Uint32Array(src.entries);
  let entryGeneration = 0;
  const entriesIn = (lists: Iterable<readonly number[]>) => {
    entryGeneration += 1;
    let n = 0;
    for (const list of lists)
      for (const row of list) {
        const entry = src.entryOf(row);
        if (entryStamp[entry] === entryGeneration) continue;
        entryStamp[entry] = entryGeneration;
        n += 1;
      }
    return n;
  };
  const stemEntryCount = new Map<number, number>();
  /** Entries holding the stems; for a common one, its rows (reading them all would cost more). */
  const entriesHolding = (stems: Iterable<number>) => {
    const list = [...stems];
    const rowCount = list.reduce((n, sid) => n + stemFrequency(sid), 0);
    if (rowCount > common) return rowCount;
    const key = list.length === 1 ? (list[0] as number) : -1;
    const known = stemEntryCount.get(key);
    if (known !== undefined) return known;
    const n = entriesIn(
      list.flatMap((sid) =>
        (stemWords[sid] as number[]).map((id) => src.lookup(table.words[id] as string)),
      ),
    );
    if (key >= 0) stemEntryCount.set(key, n);
    return n;
  };
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
      // A few stand-ins are enough to rank by: each one's rows must be read.
      const near = [
        ...(canMisspell(word) ? src.misspelt(word) : []),
        ...(word.length >= (last ? PREFIX_MIN_LENGTH + 1 : 4) ? src.prefixed(word) : []),
      ].slice(0, MAX_STAND_INS);
      for (const w of near) stems.add(wordStem[table.id(w)] as number);
      factor = LOOSE;
    }
    if (stems.size === 0) return null;
    let df = 0;
    for (const sid of stems) df += stemFrequency(sid);
    return {
      weight: idf(entriesHolding(stems)) * factor,
      stems,
      others: [],
      query: word,
      at,
      status: null,
      inside: [],
      says: 0,
      rows: df,
    };
  }

  /**
   * Whether the word a negation stands before (stop words skipped) is one the catalog has in some
   * form: `not opted in` negates a word no message says, and `not` alone tells no entry apart.
   */
  function negatesCatalogWord(queryWords: readonly string[], i: number): boolean {
    for (let j = i + 1; j < queryWords.length; j += 1) {
      const next = queryWords[j] as string;
      if (isStopWord(next)) continue;
      return /^\d+$/.test(next) || wordUnit(next, j, j === queryWords.length - 1) !== null;
    }
    return false;
  }

  /** The query's units: its words (stop words and bare numbers left out), phrasings and status. */
  function unitsOf(queryWords: readonly string[], named: NamedStatus | null): Unit[] {
    let units: Unit[] = [];
    const seen = new Set<string>();
    queryWords.forEach((w, i) => {
      if (isStopWord(w) || /^\d+$/.test(w) || seen.has(stem(w))) return;
      if (NEGATIONS.has(w) && !negatesCatalogWord(queryWords, i)) return;
      seen.add(stem(w));
      const unit = wordUnit(w, i, i === queryWords.length - 1);
      if (unit) units.push(unit);
    });
    // Units are bits of a 32-bit mask. A query with more words is a paste: its rarer words lead.
    if (units.length > MAX_WORDS) {
      const keep = new Set([...units].sort((a, b) => b.weight - a.weight).slice(0, MAX_WORDS));
      units = units.filter((u) => keep.has(u));
    }
    // Phrasings are found among the query's words without stop words: `not a valid` says `not valid`.
    const kept = queryWords.flatMap((w, i) => (isStopWord(w) ? [] : [i]));
    const found = src.phrasings.find(phraseStems(queryWords));
    for (const f of found) {
      if (units.length >= MAX_UNITS - 1) break;
      const start = kept[f.start] as number;
      const end = (kept[f.start + f.length - 1] as number) + 1;
      const inside = units.flatMap((u, k) => (u.at >= start && u.at < end ? [k] : []));
      const others = f.others
        .map((phrase) => ({ phrase, run: phrase.stems.map((s) => stemIds.get(s) ?? -1) }))
        .filter((o) => o.run.every((sid) => sid >= 0));
      if (others.length === 0) continue;
      const own = inside.reduce((n, k) => n + (units[k] as Unit).weight, 0);
      // Found through each equivalent's rarest word: the rows read are the sum of those.
      const rarest = others.map((o) => Math.min(...o.run.map(stemFrequency)));
      const rarestEntries = others.map((o) =>
        Math.min(...o.run.map((sid) => entriesHolding([sid]))),
      );
      const unit: Unit = {
        weight: Math.max(own, idf(Math.min(...rarestEntries))),
        stems: new Set(),
        others,
        query: f.phrase.text,
        at: start,
        status: null,
        inside,
        says: 0,
        rows: rarest.reduce((n, r) => n + r, 0),
      };
      units.push(unit);
    }
    if (named !== null) {
      const found = src.statusRows(named.status);
      const unit = statusUnit(named, units, found.length, idf(entriesIn([found])));
      if (unit) units.push(unit);
    }
    return units;
  }

  return {
    /** Scored rows, best first (score in [0, 1)); `accept`, when given, filters rows first. */
    rank(
      queryWords: readonly string[],
      status: NamedStatus | null,
      limit: number,
      accept: ((row: number) => boolean) | null,
    ): RelevanceHit[] {
      const units = unitsOf(queryWords, status);
      if (units.length === 0) return [];
      const heaviest = units
        .map((_, k) => k)
        .sort((a, b) => weightOf(units, b) - weightOf(units, a) || a - b);
      let candidates = gather(units, heaviest, true, accept);
      // No row shares the rarer words (or none the filters accept): let every unit find rows.
      if (candidates.length === 0) candidates = gather(units, heaviest, false, accept);
      return score(units, candidates, limit);
    },
  };

  /**
   * The rows sharing some unit, with the units each matched (`mask`). With `spare`, a common word
   * (in more than COMMON rows; at 10,000 entries `invalid` or `not` are in thousands) finds no
   * rows of its own when the query has a rarer unit: a row sharing only it could not rank, so it
   * is looked for in the rows the others found, by reading their messages.
   */
  function gather(
    units: Unit[],
    heaviest: number[],
    spare: boolean,
    accept: ((row: number) => boolean) | null,
  ): number[] {
    generation += 1;
    const candidates: number[] = [];
    const common = Math.max(COMMON.least, rows * COMMON.share);
    const light = new Map<number, number>();
    const lightPhrases: number[] = [];
    const spared = spare && units.some((u) => u.rows <= common);
    heaviest.forEach((k) => {
      const u = units[k] as Unit;
      const bit = 1 << k;
      const generate = !spared || u.rows <= common;
      if (!generate && u.status === null) {
        if (u.others.length) lightPhrases.push(k);
        for (const sid of u.stems) light.set(sid, (light.get(sid) ?? 0) | bit);
        return;
      }
      const visit = (row: number) => {
        if (stamp[row] !== generation) {
          if (!generate || (accept && !accept(row))) return;
          stamp[row] = generation;
          mask[row] = 0;
          candidates.push(row);
        }
        mask[row] = (mask[row] as number) | bit | u.says;
      };
      if (u.status !== null) for (const row of src.statusRows(u.status)) visit(row);
      for (const sid of u.stems)
        for (const id of stemWords[sid] as number[])
          for (const row of src.lookup(table.words[id] as string)) visit(row);
      for (const { run } of u.others) {
        // The rarest stem's rows, kept when the whole run is in the message.
        const rare = run.reduce((a, b) => (stemFrequency(b) < stemFrequency(a) ? b : a));
        for (const id of stemWords[rare] as number[])
          for (const row of src.lookup(table.words[id] as string))
            if ((generate || stamp[row] === generation) && hasRun(row, run)) visit(row);
      }
    });
    for (const k of lightPhrases)
      for (const row of candidates)
        if ((units[k] as Unit).others.some((o) => hasRun(row, o.run)))
          mask[row] = (mask[row] as number) | (1 << k);
    if (light.size > 0)
      for (const row of candidates) {
        const to = table.messageEnd(row);
        for (let i = table.messageStart(row); i < to; i += 1) {
          const bits = light.get(wordStem[table.wordAt(i)] as number);
          if (bits !== undefined) mask[row] = (mask[row] as number) | bits;
        }
      }
    return candidates;
  }

  function weightOf(units: Unit[], k: number): number {
    return (units[k] as Unit).weight;
  }

  /** Whether the row's message says the phrasing: its stems in a row, stop words skipped. */
  function hasRun(row: number, run: readonly number[]): boolean {
    const to = table.messageEnd(row);
    let at = 0;
    for (let i = table.messageStart(row); i < to; i += 1) {
      const id = table.wordAt(i);
      if (stopWord[id]) continue;
      const sid = wordStem[id];
      at = sid === run[at] ? at + 1 : sid === run[0] ? 1 : 0;
      if (at === run.length) return true;
    }
    return false;
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
    // Rows share few distinct sets of matched units: weigh each set once.
    const weights = new Map<number, number>();
    const weigh = (bits: number) => {
      let w = weights.get(bits);
      if (w === undefined) weights.set(bits, (w = matchedWeight(units, bits)));
      return w;
    };
    // The whole query's weight: phrasings count once, in place of their words at best.
    const total = weigh(2 ** units.length - 1);
    // Which units each stem stands for (a phrasing's by its equivalents' words).
    const stemUnits = new Map<number, number>();
    units.forEach((u, k) => {
      const bit = 1 << k;
      const stems = [...u.stems, ...u.others.flatMap((o) => o.run)];
      for (const sid of stems) stemUnits.set(sid, (stemUnits.get(sid) ?? 0) | bit);
    });
    const bound = new Float64Array(candidates.length);
    candidates.forEach((row, i) => (bound[i] = (W_QUERY * weigh(mask[row] as number)) / total));
    // A row whose best possible score cannot reach the lower bound of the row in place
    // `2 × limit` is not scored (rows of one entry may take several places).
    const sorted = Float64Array.from(bound).sort();
    const cut = sorted.length > limit * 2 ? (sorted[sorted.length - limit * 2] as number) : 0;
    const hits: { row: number; score: number }[] = [];
    const firstAt = new Int32Array(units.length);
    const extent = new Int32Array(units.length);
    // Units in the query's order (a phrasing where its first word stands), for order.
    const byAt = units
      .map((_, k) => k)
      .filter((k) => (units[k] as Unit).status === null)
      .sort((a, b) => (units[a] as Unit).at - (units[b] as Unit).at || a - b);
    candidates.forEach((row, i) => {
      const base = bound[i] as number;
      if (base === 0) return;
      const bits = mask[row] as number;
      // A row covers at most a few of its words per unit matched (a word may repeat).
      const most = Math.min(1, (2 * popcount(bits)) / Math.max(1, meaningful[row] as number));
      if (base + W_MESSAGE * most + W_ORDER < cut) return;
      // Message covered, and where each matched word first stands (for order).
      let words = 0;
      let covered = 0;
      firstAt.fill(-1);
      const line = placeStatusLine(units, bits, firstAt);
      const to = table.messageEnd(row);
      const from = table.messageStart(row);
      for (let at = from; at < to; at += 1) {
        const id = table.wordAt(at);
        if (stopWord[id]) continue;
        words += 1;
        const matched = (stemUnits.get(wordStem[id] as number) ?? 0) & bits;
        if (matched === 0) continue;
        covered += 1;
        for (let k = 0; k < units.length; k += 1)
          if (matched & (1 << k) && (firstAt[k] as number) < 0) firstAt[k] = at - from + line;
      }
      // A phrasing the row says (its own words, or an equivalent) is one unit for order, as it
      // is for weight: its words' adjacency earns nothing of its own, and an equivalent stands
      // where the query's words would.
      extent.fill(1);
      units.forEach((u, k) => {
        if (u.others.length === 0) return;
        const own = u.inside.length > 0 && u.inside.every((i) => bits & (1 << i));
        if (!own && !(bits & (1 << k))) return;
        let start = own ? -1 : (firstAt[k] as number);
        for (const i of u.inside) {
          const p = firstAt[i] as number;
          if (own && p >= 0 && (start < 0 || p < start)) start = p;
          firstAt[i] = -1;
        }
        firstAt[k] = start;
        extent[k] = own
          ? u.inside.length
          : (u.others.find((o) => hasRun(row, o.run))?.run.length ?? 1);
      });
      // Order: neighbouring query units that stand in the same order, at most a word apart.
      let previousEnd = -1;
      let pairs = 0;
      let inOrder = 0;
      for (const k of byAt) {
        const position = firstAt[k] as number;
        if (position < 0) continue;
        if (previousEnd >= 0) {
          pairs += 1;
          if (position - previousEnd >= 1 && position - previousEnd <= 2) inOrder += 1;
        }
        previousEnd = position + (extent[k] as number) - 1;
      }
      const order = pairs > 0 ? inOrder / pairs : 0;
      const message = words > 0 ? covered / words : 0;
      hits.push({ row, score: (base + W_MESSAGE * message + W_ORDER * order) * 0.999 });
    });
    hits.sort((a, b) => b.score - a.score || a.row - b.row);
    // Explained only for what can be shown.
    return hits.slice(0, limit * 2).map((h) => ({ ...h, reasons: reasons(units, h.row) }));
  }

  /** Why the row matched, in query order: each word as the row writes it, phrasings, the status. */
  function reasons(units: Unit[], row: number): MatchReason[] {
    const bits = mask[row] as number;
    const shown = new Map<number, string>();
    for (let i = table.messageStart(row); i < table.messageEnd(row); i += 1) {
      const id = table.wordAt(i);
      const sid = wordStem[id] as number;
      if (!shown.has(sid)) shown.set(sid, table.words[id] as string);
    }
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
    // Words the row matched only as its status's reason phrase: the status says why.
    const said = units.reduce((n, u, k) => (bits & (1 << k) ? n | u.says : n), 0);
    units.forEach((u, k) => {
      if (!(bits & (1 << k)) || u.others.length || u.status !== null || replaced.has(k)) return;
      const sid = [...u.stems].find((s) => shown.has(s));
      if (sid === undefined && said & (1 << k)) return;
      const text = sid === undefined ? u.query : (shown.get(sid) as string);
      out.push({ at: u.at, reason: { kind: 'word', query: u.query, text } });
    });
    return out.sort((a, b) => a.at - b.at).map((r) => r.reason);
  }
}
