import { Index } from 'flexsearch';
import { tokenKey } from '@/lib/catalog/tokens';
import { MAX_MATCH_LENGTH } from '@/lib/template';
import { createTemplateMatcher } from './templates';
import { PREFIX_MIN_LENGTH, canMisspell, withinOneEdit, words } from './text';
import { createVocabulary } from './vocabulary';
import type { HitKind, SearchDocument, SearchHit, SearchIndex, SearchOptions } from './types';

/** Base score of each kind: any hit of a stronger kind outranks every hit of a weaker one. */
const BASE: Record<HitKind, number> = {
  code: 6,
  template: 5,
  phrase: 4,
  words: 3,
  prefix: 2,
  typo: 1,
};
const DEFAULT_LIMIT = 20;

/** True when `needle` occurs as consecutive words of `hay`. */
function hasRun(hay: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i += 1) {
    for (let k = 0; k < needle.length; k += 1) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * The search engine over the shipped documents. FlexSearch holds a strict (whole-word) index of
 * each entry's message and identifiers; prefixes and typos are expanded into catalog words by the
 * vocabulary, and templates are matched by lib/template, so the ranking stays explainable:
 * code > template instance > phrase > all words > prefixes > one typo.
 */
export function createSearchIndex(docs: readonly SearchDocument[]): SearchIndex {
  // Entries are split into words once, here; FlexSearch then only has to split on spaces.
  const flex = new Index({
    tokenize: 'strict',
    encode: (s: string) => s.split(' '),
    resolution: 9,
  });
  const messageWords: string[][] = [];
  const codeWords: string[][] = [];
  const messageLength = new Uint16Array(docs.length);
  const byCode = new Map<string, number[]>();
  const byMessage = new Map<string, number[]>();
  /** How many entries hold each word: picks the cheapest word to start a loose match from. */
  const frequency = new Map<string, number>();
  const file = (map: Map<string, number[]>, key: string, id: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  };

  docs.forEach((doc, id) => {
    const message = words(doc.message);
    const codes: string[] = [];
    for (const identifier of doc.aliases.length ? [doc.code, ...doc.aliases] : [doc.code]) {
      if (identifier === null) continue;
      const key = tokenKey(identifier);
      codes.push(...words(identifier), key);
      file(byCode, key, id);
    }
    messageWords.push(message);
    codeWords.push(codes);
    let length = 0;
    for (const w of message) length += w.length;
    messageLength[id] = Math.min(length, 65535);
    const text = message.join(' ');
    for (const w of new Set(codes.length ? [...message, ...codes] : message))
      frequency.set(w, (frequency.get(w) ?? 0) + 1);
    flex.add(id, codes.length ? `${text} ${codes.join(' ')}` : text);
    file(byMessage, text, id);
  });
  const vocab = createVocabulary(frequency.keys());
  const templates = createTemplateMatcher(docs);
  const everything = Math.max(1, docs.length);
  const lookup = (query: string): number[] => flex.search(query, { limit: everything }) as number[];

  // Stamps mark membership without allocating a set per query.
  const stamp = new Uint32Array(docs.length);
  const seen = new Uint32Array(docs.length);
  let generation = 0;
  let query = 0;

  /** Catalog words a term stands for: itself, the words it begins, and (with typos) words one edit away. */
  function stands(term: string, typos: boolean): string[] {
    const out = [term, ...vocab.prefixed(term)];
    if (typos) out.push(...vocab.misspelt(term));
    return out;
  }

  function union(terms: string[]): number[] {
    generation += 1;
    const out: number[] = [];
    for (const w of terms)
      if (frequency.has(w))
        for (const id of lookup(w))
          if (stamp[id] !== generation) {
            stamp[id] = generation;
            out.push(id);
          }
    return out;
  }

  function hasLoosely(id: number, term: string, typos: boolean): boolean {
    const prefix = term.length >= PREFIX_MIN_LENGTH;
    const typo = typos && canMisspell(term);
    for (const list of [messageWords[id] as string[], codeWords[id] as string[]])
      for (const w of list)
        if (w === term || (prefix && w.startsWith(term)) || (typo && withinOneEdit(term, w)))
          return true;
    return false;
  }

  /** Entries with every term, each as a whole word, a prefix or (with typos) one edit away. */
  function looseMatch(terms: string[], typos: boolean): number[] {
    // Start from the term whose words and prefixes cover the fewest entries (a misspelt word
    // covers none), expand only that one by typos, and check the other terms word by word.
    let best = '';
    let bestWords: string[] = [];
    let bestCount = Infinity;
    for (const t of terms) {
      const ws = stands(t, false);
      const n = ws.reduce((sum, w) => sum + (frequency.get(w) ?? 0), 0);
      if (n < bestCount) [best, bestWords, bestCount] = [t, ws, n];
    }
    if (typos) bestWords.push(...vocab.misspelt(best));
    let ids = union(bestWords);
    for (const t of terms) {
      if (ids.length === 0) break;
      if (t !== best) ids = ids.filter((id) => hasLoosely(id, t, typos));
    }
    return ids;
  }

  function run(text: string, opts: SearchOptions, loose: boolean): SearchHit[] {
    const q = text.trim().slice(0, MAX_MATCH_LENGTH);
    const limit = Math.max(1, opts.limit ?? DEFAULT_LIMIT);
    if (!q) return [];
    const queryWords = words(q);
    const terms = [...new Set(queryWords)];
    const termLength = terms.reduce((n, t) => n + t.length, 0);
    const ids: number[] = [];
    const scores: number[] = [];
    const kinds: HitKind[] = [];
    const params = new Map<number, Record<string, string>>();
    query += 1;
    const add = (id: number, kind: HitKind, fine: number) => {
      if (seen[id] === query) return;
      const d = docs[id] as SearchDocument;
      if (opts.vendor && d.vendor !== opts.vendor) return;
      if (opts.status !== undefined && !d.statuses.includes(opts.status)) return;
      seen[id] = query;
      ids.push(id);
      scores.push(BASE[kind] + fine);
      kinds.push(kind);
    };
    // How much of the entry's message the query accounts for: shorter, closer messages first.
    const cover = (id: number) =>
      Math.min(termLength / Math.max(messageLength[id] as number, 1), 1) * 0.5;

    if (loose) {
      // Near matches, for an empty result: entries sharing the most words (or prefixes, or typos).
      const count = new Map<number, number>();
      for (const t of terms)
        for (const id of union(stands(t, true))) count.set(id, (count.get(id) ?? 0) + 1);
      for (const [id, n] of count) add(id, 'words', n / (terms.length + 1) - 1 + cover(id) / 2);
    } else {
      if (!/\s/.test(q)) for (const id of byCode.get(tokenKey(q)) ?? []) add(id, 'code', 0);
      for (const m of templates.match(q, terms)) {
        add(m.id, 'template', Math.min(m.literal / q.length, 1) * 0.5);
        if (seen[m.id] === query && !params.has(m.id)) params.set(m.id, m.params);
      }
      for (const id of byMessage.get(queryWords.join(' ')) ?? []) add(id, 'phrase', 0.9);
      if (terms.length > 0) {
        for (const id of lookup(queryWords.join(' '))) {
          const phrase = queryWords.length > 1 && hasRun(messageWords[id] as string[], queryWords);
          add(id, phrase ? 'phrase' : 'words', cover(id));
        }
        if (ids.length < limit)
          for (const id of looseMatch(terms, false)) add(id, 'prefix', cover(id));
        if (ids.length < limit)
          for (const id of looseMatch(terms, true)) add(id, 'typo', cover(id));
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
      const hit: SearchHit = {
        doc: docs[id] as SearchDocument,
        score: scores[i] as number,
        kind: kinds[i] as HitKind,
      };
      const bound = params.get(id);
      if (bound && hit.kind === 'template') hit.params = bound;
      return hit;
    });
  }

  return {
    docs,
    search: (q, opts = {}) => run(q, opts, false),
    near: (q, opts = {}) => run(q, opts, true),
  };
}
