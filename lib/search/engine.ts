import { Index } from 'flexsearch';
import { tokenKey } from '@/lib/catalog/tokens';
import { MAX_MATCH_LENGTH } from '@/lib/template';
import { createTemplateMatcher } from './templates';
import { foldForSearch, words } from './text';
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

function containsPhrase(haystack: string, needle: string): boolean {
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
    const before = isWord(needle[0]) && isWord(haystack[i - 1]);
    const after = isWord(needle[needle.length - 1]) && isWord(haystack[i + needle.length]);
    if (!before && !after) return true;
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
  const flex = new Index({ tokenize: 'strict', encode: words, resolution: 9 });
  const folded: string[] = [];
  const wordLength: number[] = [];
  const byCode = new Map<string, number[]>();
  const byMessage = new Map<string, number[]>();
  const vocabulary: string[] = [];
  const file = <K>(map: Map<K, number[]>, key: K, id: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  };

  docs.forEach((doc, id) => {
    const ids = [doc.code, ...doc.aliases].filter((x): x is string => x !== null);
    const text = [doc.message, ...ids, ...ids.map(tokenKey)].join(' ');
    flex.add(id, text);
    const messageWords = words(doc.message);
    vocabulary.push(...words(text));
    folded.push(foldForSearch(doc.message));
    wordLength.push(messageWords.reduce((n, w) => n + w.length, 0) || 1);
    for (const key of ids) file(byCode, tokenKey(key), id);
    file(byMessage, foldForSearch(doc.message), id);
  });
  const vocab = createVocabulary(vocabulary);
  const templates = createTemplateMatcher(docs);
  const everything = docs.length;

  // One stamp array reused by every set operation: no per-query allocation of sets.
  const stamp = new Uint32Array(docs.length);
  const count = new Uint16Array(docs.length);
  let generation = 0;

  const lookup = (term: string): number[] => flex.search(term, { limit: everything }) as number[];

  /** Ids present in every list (lists may repeat ids). */
  function intersect(lists: number[][]): number[] {
    if (lists.length === 0) return [];
    lists.sort((a, b) => a.length - b.length);
    generation += 1;
    for (const id of lists[0] as number[]) {
      stamp[id] = generation;
      count[id] = 1;
    }
    for (let k = 1; k < lists.length; k += 1)
      for (const id of lists[k] as number[])
        if (stamp[id] === generation && count[id] === k) count[id] = k + 1;
    const out: number[] = [];
    for (const id of lists[0] as number[])
      if (count[id] === lists.length) {
        out.push(id);
        count[id] = 0;
      }
    return out;
  }

  function expand(term: string, withTypos: boolean): number[] {
    const list = lookup(term);
    const more = vocab.prefixed(term);
    if (withTypos) more.push(...vocab.misspelt(term));
    for (const w of more) list.push(...lookup(w));
    return list;
  }

  function run(query: string, opts: SearchOptions, loose: boolean): SearchHit[] {
    const q = query.trim().slice(0, MAX_MATCH_LENGTH);
    const limit = Math.max(1, opts.limit ?? DEFAULT_LIMIT);
    if (!q) return [];
    const keep = (id: number) => {
      const d = docs[id] as SearchDocument;
      return (
        (!opts.vendor || d.vendor === opts.vendor) &&
        (opts.status === undefined || d.statuses.includes(opts.status))
      );
    };
    const terms = [...new Set(words(q))];
    const termLength = terms.reduce((n, t) => n + t.length, 0);
    const hits = new Map<number, SearchHit>();
    const add = (id: number, kind: HitKind, fine: number, params?: Record<string, string>) => {
      if (hits.has(id) || !keep(id)) return;
      const hit: SearchHit = { doc: docs[id] as SearchDocument, score: BASE[kind] + fine, kind };
      if (params) hit.params = params;
      hits.set(id, hit);
    };
    // How much of the entry's text the query accounts for: shorter, closer messages first.
    const cover = (id: number) => Math.min(termLength / (wordLength[id] as number), 1) * 0.5;

    if (loose) {
      // Near matches: entries that share some words (or their prefixes, or one typo), most first.
      generation += 1;
      for (const term of terms) {
        const seen = new Set(expand(term, true));
        for (const id of seen) {
          count[id] = stamp[id] === generation ? (count[id] as number) + 1 : 1;
          stamp[id] = generation;
        }
      }
      const ids: number[] = [];
      for (let id = 0; id < docs.length; id += 1) if (stamp[id] === generation) ids.push(id);
      for (const id of ids)
        add(id, 'words', (count[id] as number) / (terms.length + 1) - 1 + cover(id) / 2);
      return finish(hits, limit);
    }

    if (!/\s/.test(q)) for (const id of byCode.get(tokenKey(q)) ?? []) add(id, 'code', 0);
    for (const m of templates.match(q, terms))
      add(m.id, 'template', Math.min(m.literal / q.length, 1) * 0.5, m.params);
    const whole = foldForSearch(q);
    for (const id of byMessage.get(whole) ?? []) add(id, 'phrase', 0.9);
    if (terms.length === 0) return finish(hits, limit);

    const exact = terms.map(lookup);
    for (const id of intersect(exact.map((l) => l.slice()))) {
      const phrase = terms.length > 1 && containsPhrase(folded[id] as string, whole);
      add(id, phrase ? 'phrase' : 'words', cover(id));
    }
    if (hits.size < limit) {
      const lists = terms.map((t, i) =>
        t.length >= 2 ? expand(t, false) : (exact[i] as number[]),
      );
      for (const id of intersect(lists)) add(id, 'prefix', cover(id));
    }
    if (hits.size < limit) {
      for (const id of intersect(terms.map((t) => expand(t, true)))) add(id, 'typo', cover(id));
    }
    return finish(hits, limit);
  }

  function finish(hits: Map<number, SearchHit>, limit: number): SearchHit[] {
    return [...hits.entries()]
      .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
      .slice(0, limit)
      .map(([, hit]) => hit);
  }

  return {
    docs,
    search: (query, opts = {}) => run(query, opts, false),
    near: (query, opts = {}) => run(query, opts, true),
  };
}
