import { explainHit, matchedWords } from './explain';
import { highlight, type Segment } from './highlight';
import type { SearchHit, SearchIndex } from './types';

/**
 * A hit as a result card or a header option draws it, with its marked words and why it matched
 * worked out beside the index (the site's search worker), so the page itself runs no search code.
 */
export type ShownHit = SearchHit & {
  /** `doc.message` in runs, the words the query matched (in any form the hit matched) marked. */
  marked: Segment[];
  /** `observed` in runs, marked alike, when the hit matched an observed wording. */
  markedObserved?: Segment[];
  /** Why a relevance hit matched, in one line (explain.ts); null for the exact stages. */
  why: string | null;
};

/** What a search view asks for: the query as typed, its filters and how many hits it shows. */
export type ResultsQuery = {
  q: string;
  /** Only this namespace's entries (vendor or standard id). */
  vendor?: string;
  /** Only entries documented with this HTTP status. */
  status?: number;
  limit: number;
  /** With no hit, also what the empty state offers: the count without filters, near matches. */
  emptyState?: boolean;
};

/** One answer to a ResultsQuery. */
export type Results = {
  /** The query these results answer, as it was asked (a view shows its words and filters). */
  query: ResultsQuery;
  hits: ShownHit[];
  /** With no hit under filters (and `emptyState`): how many hits the query has without them. */
  unfiltered: number;
  /** With no hit (and `emptyState`): looser matches, most of the query's words first. */
  near: ShownHit[];
};

const NEAR_LIMIT = 5;

/** A hit with its marked texts and its one-line reason. */
export function showHit(hit: SearchHit, query: string): ShownHit {
  const also = matchedWords(hit);
  return {
    ...hit,
    marked: highlight(hit.doc.message, query, also),
    ...(hit.observed !== undefined && { markedObserved: highlight(hit.observed, query, also) }),
    why: explainHit(hit),
  };
}

/** Everything a search view draws for one query, in one call (one message to the worker). */
export function findResults(index: SearchIndex, query: ResultsQuery): Results {
  const { q, vendor, status, limit } = query;
  const show = (hits: SearchHit[]) => hits.map((hit) => showHit(hit, q));
  const hits = q.trim() ? index.search(q, { vendor, status, limit }) : [];
  const empty = hits.length === 0 && query.emptyState === true && q.trim() !== '';
  const filtered = vendor !== undefined || status !== undefined;
  return {
    query,
    hits: show(hits),
    unfiltered: empty && filtered ? index.search(q, { limit }).length : 0,
    near: empty ? show(index.near(q, { limit: NEAR_LIMIT })) : [],
  };
}
