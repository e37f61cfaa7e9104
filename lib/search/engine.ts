import { Index } from 'flexsearch';
import { tokenKey } from '@/lib/catalog/tokens';
import { MAX_MATCH_LENGTH, literalText } from '@/lib/template';
import { createTemplateMatcher } from './templates';
import { createPhrasings } from './phrasings';
import {
  codeNumbers,
  codeTokens,
  namedVendor,
  queryWords as readWords,
  withoutPreamble,
} from './query';
import { createRelevance } from './relevance';
import { statusInQuery } from './status';
import { PREFIX_MIN_LENGTH, words } from './text';
import { entriesOf, withEntry, type Posting } from './posting';
import { createVocabulary } from './vocabulary';
import { WordTable } from './word-table';
import type {
  HitKind,
  MatchReason,
  SearchData,
  SearchDocument,
  SearchHit,
  SearchIndex,
  SearchOptions,
} from './types';

/** Base score of each kind: any hit of a stronger kind outranks every hit of a weaker one. */
const BASE: Record<HitKind, number> = {
  code: 6,
  template: 5,
  phrase: 4,
  words: 3,
  prefix: 2,
  typo: 1,
  partial: 0,
};
const DEFAULT_LIMIT = 20;

/** A query word and what it can match in the catalog. */
type Term = {
  word: string;
  /** The word's number in the table, -1 when no entry has it. */
  id: number;
  exact: boolean;
  stands: string[];
  typos: string[];
  typoIds: Set<number>;
  weight: number;
};

/** Whole identifier → entries. */
class Postings {
  private map = new Map<string, Posting>();
  add(key: string, id: number) {
    this.map.set(key, withEntry(this.map.get(key), id));
  }
  get(key: string): readonly number[] {
    return entriesOf(this.map.get(key));
  }
}

/**
 * The search engine over the shipped documents. FlexSearch holds a strict (whole-word) index of
 * each row's text (an entry's message, or one of its observed wordings); the word table holds
 * every row's words (identifiers too) for checking candidates; prefixes and typos are expanded
 * into catalog words by the vocabulary, and templates are matched by lib/template, so the
 * ranking stays explainable: code > template instance > phrase > all words > prefixes > one
 * typo > relevance (some of the words, ranked; see ./relevance.ts).
 */
export function createSearchIndex({ docs, phrasings }: SearchData): SearchIndex {
  const flex = new Index({
    tokenize: 'strict',
    // Messages are split into words once, below, and handed over as word lists; only a query
    // arrives as a string. Re-joining and re-splitting 10,000 messages was a tenth of the build.
    encode: (s: string | string[]) => (typeof s === 'string' ? s.split(' ') : s),
    // One score bucket: ranking is ours (kind, then coverage), not by word position.
    resolution: 1,
  });
  const table = new WordTable();
  // Namespaces that are telecom standards: a query naming one reads its numbers as its codes.
  const standardIds = new Set(docs.filter((d) => d.kind === 'standard').map((d) => d.vendor));
  // Rows: first each entry's message (row n is entry n), then every observed wording.
  const observedDoc: number[] = [];
  const observedText: string[] = [];
  docs.forEach((doc, id) => {
    for (const text of doc.observed) {
      observedDoc.push(id);
      observedText.push(text);
    }
  });
  const rows = docs.length + observedDoc.length;
  const docOf = (row: number) =>
    row < docs.length ? row : (observedDoc[row - docs.length] as number);
  const messageLength = new Uint16Array(rows);
  // Whole identifiers (`cmn101`), for the code stage; their words live in the table.
  const byCode = new Postings();
  const statusText = new Map<number, string>();
  const statusRows = new Postings();
  const rowCodes: string[][] = [];

  const file = (row: number, message: string[], codes: string[]) => {
    table.add(message, codes);
    let length = 0;
    for (const w of message) length += w.length;
    messageLength[row] = Math.min(length, 65535);
    // Identifiers are nearly all distinct, FlexSearch's most expensive case to build: they
    // stay in the table; FlexSearch holds the message words.
    if (message.length > 0) flex.add(row, message as unknown as string);
  };

  docs.forEach((doc, id) => {
    // Variable names (`${extensionId}`) are not words of the message: a log never shows them.
    const message = words(doc.message.includes('{') ? literalText(doc.message) : doc.message);
    const codes: string[] = [];
    for (const identifier of doc.aliases.length ? [doc.code, ...doc.aliases] : [doc.code]) {
      if (identifier === null) continue;
      const key = tokenKey(identifier);
      codes.push(...words(identifier), key);
      byCode.add(key, id);
    }
    // Statuses are searchable like identifiers: `429` lists every rate-limit error.
    for (const status of doc.statuses) {
      let text = statusText.get(status);
      if (text === undefined) statusText.set(status, (text = String(status)));
      codes.push(text);
      statusRows.add(text, id);
    }
    if (doc.observed.length > 0) rowCodes[id] = codes;
    file(id, message, codes);
  });
  // An observed wording is searched like the message, with the entry's identifiers beside it.
  observedText.forEach((text, k) => {
    const row = docs.length + k;
    const doc = docs[observedDoc[k] as number] as SearchDocument;
    file(row, words(text), rowCodes[observedDoc[k] as number] ?? []);
    for (const status of doc.statuses) statusRows.add(String(status), row);
  });
  const vocab = createVocabulary(table.words, table);
  const templates = createTemplateMatcher(docs);
  const everything = Math.max(1, rows);
  const vendorIds = [...new Set(docs.map((d) => d.vendor))];
  /** Entries holding a word, in their message (FlexSearch) or their identifiers. */
  const lookup = (word: string): number[] => {
    const inMessages = table.inAnyMessage(word)
      ? (flex.search(word, { limit: everything }) as number[])
      : [];
    const inCodes = table.codeEntries(word);
    return inCodes.length ? inMessages.concat(inCodes) : inMessages;
  };

  // The relevance stage asks for the same common words query after query: FlexSearch's answers
  // are kept (at most every row once per distinct word, what the table already holds).
  const rowsOf = new Map<string, readonly number[]>();
  // Built on the first query that reaches it (stems of every catalog word): a code, a message
  // or its phrase never does, and the index is ready sooner.
  let relevance: ReturnType<typeof createRelevance> | null = null;
  const relevant = () =>
    (relevance ??= createRelevance({
      table,
      lookup: (word) => {
        let found = rowsOf.get(word);
        if (!found) {
          found = table.inAnyMessage(word)
            ? (flex.search(word, { limit: everything }) as number[])
            : [];
          rowsOf.set(word, found);
        }
        return found;
      },
      entryOf: docOf,
      entries: docs.length,
      statusRows: (status) => statusRows.get(String(status)),
      prefixed: (word) => vocab.prefixed(word),
      misspelt: (word) => vocab.misspelt(word),
      phrasings: createPhrasings(phrasings),
    }));

  // Stamps mark membership without allocating a set per query.
  const stamp = new Uint32Array(rows);
  const seen = new Uint32Array(docs.length);
  /** Where an entry stands in this query's hits, while `seen` says it has one. */
  const slot = new Uint32Array(docs.length);
  let generation = 0;
  let query = 0;

  /**
   * Catalog words one edit away, and the longer words those begin: a misspelt word may also be
   * one still being typed (`subscribtion` → `subscriptions`).
   */
  function misspelt(word: string): string[] {
    const near = vocab.misspelt(word);
    if (near.length === 0) return near;
    const out = new Set(near);
    for (const w of near) for (const longer of vocab.prefixed(w)) out.add(longer);
    return [...out];
  }

  /**
   * What a query word can match: itself if it is a catalog word, the catalog words it begins
   * and, only for a word that is neither (`recordng`), the catalog words one edit away. Null for
   * a word that matches nothing at all.
   */
  function classify(word: string): Term | null {
    const prefixes = vocab.prefixed(word);
    const exact = vocab.has(word);
    const stands = exact ? [word, ...prefixes] : prefixes;
    const typos = stands.length === 0 ? misspelt(word) : [];
    if (stands.length === 0 && typos.length === 0) return null;
    const weight = [...stands, ...typos].reduce((n, w) => n + table.frequency(w), 0);
    return { word, id: table.id(word), exact, stands, typos, typoIds: idsOf(typos), weight };
  }

  const idsOf = (list: string[]) => new Set(list.map((w) => table.id(w)));

  function withTypos(term: Term): Term {
    const typos = misspelt(term.word);
    if (typos.length === 0) return term;
    const weight = term.weight + typos.reduce((n, w) => n + table.frequency(w), 0);
    return { ...term, typos, typoIds: idsOf(typos), weight };
  }

  function union(words: Iterable<string>): number[] {
    generation += 1;
    const out: number[] = [];
    for (const w of words)
      for (const id of lookup(w))
        if (stamp[id] !== generation) {
          stamp[id] = generation;
          out.push(id);
        }
    return out;
  }

  /** Whether catalog word number `w` stands for the term (itself, or loosely a longer word or a typo). */
  function fits(w: number, term: Term, loose: boolean): boolean {
    if (w === term.id) return true;
    if (!loose) return false;
    if (term.typoIds.has(w)) return true;
    return (
      term.word.length >= PREFIX_MIN_LENGTH && (table.words[w] as string).startsWith(term.word)
    );
  }

  function has(id: number, term: Term, loose: boolean): boolean {
    return table.some(id, (w) => fits(w, term, loose));
  }

  /**
   * For a loose match: a bonus when the message has the terms side by side in the query's order
   * (`authentication faild` → "Authentication failed from …" before "… basic authentication token").
   */
  function inOrder(id: number, terms: Term[]): number {
    if (terms.length < 2) return 0;
    let at = table.messageIndexOf(id, (w) => fits(w, terms[0] as Term, true));
    for (let k = 1; k < terms.length && at >= 0; k += 1)
      at = table.messageWordFits(id, at + 1, (w) => fits(w, terms[k] as Term, true)) ? at + 1 : -1;
    return at >= 0 ? 0.25 : 0;
  }

  /**
   * Entries matching every term (whole words only, or `loose`ly: prefixes and typos too). The
   * term matching the fewest entries goes through the index; the others are checked per entry,
   * rarest first, so the candidates shrink fast.
   */
  function matchAll(terms: Term[], loose: boolean): number[] {
    const [first, ...rest] = [...terms].sort((a, b) => a.weight - b.weight);
    if (!first) return [];
    let ids = loose ? union([...first.stands, ...first.typos]) : [...new Set(lookup(first.word))];
    for (const t of rest) {
      if (ids.length === 0) break;
      ids = ids.filter((id) => has(id, t, loose));
    }
    return ids;
  }

  /**
   * Below 0.1: the share of the query's words (numbers aside) that some message of the
   * namespace holds.
   */
  function affinity(vendor: string, terms: Term[]): number {
    const worded = terms.filter((t) => !/^\d+$/.test(t.word));
    if (worded.length === 0) return 0;
    const held = worded.filter((t) =>
      // The word itself when the catalog has it: a short word's prefixes are many lookups.
      (t.exact ? [t.word] : t.stands).some((w) =>
        lookup(w).some((row) => docs[docOf(row)]?.vendor === vendor),
      ),
    );
    return (0.09 * held.length) / worded.length;
  }

  /** A vendor named in the query filters by it, when that finds anything; else it is a word like any other. */
  function byNamedVendor(q: string, opts: SearchOptions, loose: boolean): SearchHit[] {
    const named = opts.vendor ? null : namedVendor(q, vendorIds);
    if (named) {
      const only = { ...opts, vendor: named.vendor };
      const hits = named.rest ? run(named.rest, only, loose) : everyEntry(only);
      if (hits.length > 0) return hits;
    }
    return run(q, opts, loose);
  }

  /** The vendor's name alone: its entries, in catalog order. */
  function everyEntry(opts: SearchOptions): SearchHit[] {
    const limit = Math.max(1, opts.limit ?? DEFAULT_LIMIT);
    const hits: SearchHit[] = [];
    for (const doc of docs) {
      if (hits.length >= limit) break;
      if (doc.vendor !== opts.vendor) continue;
      if (opts.status !== undefined && !doc.statuses.includes(opts.status)) continue;
      hits.push({ doc, score: BASE.words, kind: 'words' });
    }
    return hits;
  }

  function run(text: string, opts: SearchOptions, loose: boolean): SearchHit[] {
    const full = text.trim().slice(0, MAX_MATCH_LENGTH);
    const limit = Math.max(1, opts.limit ?? DEFAULT_LIMIT);
    if (!full) return [];
    // `Error: …`, `Why am I getting …`: the stages read the message, the code stage everything.
    const q = withoutPreamble(full) || full;
    const queryWords = readWords(q, (w) => table.has(w));
    // A word found nowhere in the catalog, not even as a prefix or with a typo, is a value the
    // API filled in (`extensionId`, `c-2a913f94`): it cannot tell entries apart, so it is left
    // out of the word stages rather than emptying them.
    const terms = [...new Set(queryWords)].map(classify).filter((t): t is Term => t !== null);
    const termLength = terms.reduce((n, t) => n + t.word.length, 0);
    const ids: number[] = [];
    const hitRows: number[] = [];
    const scores: number[] = [];
    const kinds: HitKind[] = [];
    const why: (MatchReason[] | undefined)[] = [];
    const params = new Map<number, Record<string, string>>();
    query += 1;
    const filtered = Boolean(opts.vendor) || opts.status !== undefined;
    const accept = (row: number) => {
      const d = docs[docOf(row)] as SearchDocument;
      return (
        (!opts.vendor || d.vendor === opts.vendor) &&
        (opts.status === undefined || d.statuses.includes(opts.status))
      );
    };
    /** Files a row's match under its entry; an entry keeps its best row (message or observed wording). */
    const add = (row: number, kind: HitKind, fine: number, reasons?: MatchReason[]) => {
      const id = docOf(row);
      const score = BASE[kind] + fine;
      if (seen[id] === query) {
        const at = slot[id] as number;
        if (score <= (scores[at] as number)) return;
        [scores[at], kinds[at], hitRows[at], why[at]] = [score, kind, row, reasons];
        return;
      }
      if (!accept(row)) return;
      seen[id] = query;
      slot[id] = ids.length;
      ids.push(id);
      hitRows.push(row);
      scores.push(score);
      kinds.push(kind);
      why.push(reasons);
    };
    // How much of the entry's message the query accounts for: shorter, closer messages first.
    const cover = (id: number) =>
      Math.min(termLength / Math.max(messageLength[id] as number, 1), 1) * 0.5;

    if (loose) {
      // Near matches, for an empty result: entries sharing the most words (or prefixes, or typos).
      const count = new Map<number, number>();
      for (const t of terms)
        for (const id of union([...t.stands, ...t.typos])) count.set(id, (count.get(id) ?? 0) + 1);
      for (const [id, n] of count) add(id, 'words', n / (terms.length + 1) - 1 + cover(id) / 2);
    } else {
      // The whole query when it is one token (`CMN301`, `1780355652`); inside a longer one, the
      // tokens with letters and digits.
      const oneToken = !/\s/.test(full);
      const embedded = codeTokens(full);
      for (const token of oneToken ? [q, ...embedded.mixed] : embedded.mixed)
        for (const id of byCode.get(tokenKey(token))) add(id, 'code', 0);
      for (const m of templates.match(q, queryWords)) {
        add(m.id, 'template', Math.min(m.literal / q.length, 1) * 0.5);
        if (seen[m.id] === query && !params.has(m.id)) params.set(m.id, m.params);
      }
      if (terms.length > 0) {
        const typo = terms.some((t) => t.typos.length > 0);
        const sequence = queryWords.map((w) => table.id(w));
        if (terms.every((t) => t.exact))
          for (const id of matchAll(terms, false)) {
            const phrase = queryWords.length > 1 && table.messageHasRun(id, sequence);
            const whole =
              table.messageSize(id) === queryWords.length && table.messageHasRun(id, sequence);
            add(id, phrase || whole ? 'phrase' : 'words', whole ? 0.9 : cover(id));
          }
        // A code being typed (`msg-3`, `17803`): the identifiers it begins.
        if (oneToken && ids.length < limit)
          for (const key of vocab.prefixed(tokenKey(q)))
            for (const id of byCode.get(key)) add(id, 'prefix', 0.5);
        // Prefixes and typos only widen the whole-word match: when it filled the page, stop.
        if (ids.length < limit)
          for (const id of matchAll(terms, true))
            add(id, typo ? 'typo' : 'prefix', cover(id) + inOrder(id, terms));
        // Nothing at all: maybe a catalog word was misspelt into another one (`unparseable`).
        if (ids.length === 0 && !typo) {
          // The order bonus must read the same widened terms, or the typo never counts as in place.
          const wide = terms.map(withTypos);
          for (const id of matchAll(wide, true)) add(id, 'typo', cover(id) + inOrder(id, wide));
        }
      }
      // Within a standard the query names (`SIP status 408`, `Q.850 cause 17`) a number after
      // `status`, `code` or `cause` is the standard's code: no HTTP status is meant.
      const standardOnly = opts.vendor !== undefined && standardIds.has(opts.vendor);
      const status = standardOnly ? null : statusInQuery(words(full));
      const given = standardOnly ? codeNumbers(full) : [];
      // A number the query names as an HTTP status (`receiving a 429`, `Http 400 - …`) is that
      // status, not a code: SIP alone has a code for every status.
      const beforeNumbers = ids.length;
      const none = ids.length === 0;
      const numbered: number[] = [];
      for (const token of embedded.numbers)
        if ((none && token !== String(status?.status)) || given.includes(token))
          numbered.push(...byCode.get(token));
      // A number several namespaces have goes first to the one whose messages hold the query's
      // other words (`bind … command status 5` is SMPP's 5, not Q.850's).
      const shared = new Set(numbered.map((id) => docs[id]?.vendor)).size > 1;
      for (const id of numbered)
        add(id, 'code', shared ? affinity((docs[id] as SearchDocument).vendor, terms) : 0);
      // A standard's code is a small number any sentence may hold (`parameter 42 is invalid`):
      // found that way it leads, but does not end the search.
      const guess = (i: number) =>
        i >= beforeNumbers && docs[ids[i] as number]?.kind === 'standard';
      // Below every exact stage: entries sharing some of the query, ranked by relevance. After
      // a code, a template instance or the exact phrase only the entries documented with an
      // HTTP status the query names (`HTTP 503 Service Unavailable` is also SIP 503's status
      // line): the rest is the answer, and entries merely sharing its words would cost most of
      // the time a query may take.
      if (ids.length < limit) {
        const exact = kinds.some((k, i) => BASE[k] >= BASE.phrase && !guess(i));
        const wanted = limit - ids.length;
        if (!exact || status !== null)
          for (const hit of relevant().rank(
            exact ? [] : queryWords,
            status,
            wanted,
            filtered ? accept : null,
          ))
            add(hit.row, 'partial', hit.score, hit.reasons);
      }
    }

    // Best `limit` of possibly thousands: find the cut-off score, then sort only what passes it.
    let order = ids.map((_, i) => i);
    if (order.length > limit) {
      const cut = Float64Array.from(scores).sort()[scores.length - limit] as number;
      order = order.filter((i) => (scores[i] as number) >= cut);
    }
    order.sort(
      (a, b) =>
        (scores[b] as number) - (scores[a] as number) || (ids[a] as number) - (ids[b] as number),
    );
    return order.slice(0, limit).map((i) => {
      const id = ids[i] as number;
      const row = hitRows[i] as number;
      const hit: SearchHit = {
        doc: docs[id] as SearchDocument,
        score: scores[i] as number,
        kind: kinds[i] as HitKind,
      };
      const bound = params.get(id);
      if (bound && hit.kind === 'template') hit.params = bound;
      if (row >= docs.length) hit.observed = observedText[row - docs.length] as string;
      const reasons = why[i];
      if (reasons && hit.kind === 'partial') hit.reasons = reasons;
      return hit;
    });
  }

  return {
    docs,
    search: (q, opts = {}) => byNamedVendor(q, opts, false),
    near: (q, opts = {}) => byNamedVendor(q, opts, true),
  };
}
