import type { Category, Fault, MessageKind, Retry, StandardKind } from '@/lib/taxonomy';

/** One catalog entry as search sees it: what the static search data holds, and what a hit shows. */
export type SearchDocument = {
  /** `vendor/slug`, unique across the catalog. */
  key: string;
  vendor: string;
  code: string | null;
  aliases: string[];
  statuses: number[];
  /** The documented message, verbatim. */
  message: string;
  /** Texts the API was seen to return for this entry besides `message`, verbatim; searchable alike. */
  observed: string[];
  /** Our derived template for example messages (BlueJeans `errdex.template`), else null. */
  template: string | null;
  /** Canonical page, site-relative. */
  url: string;
  category: Category;
  fault: Fault;
  retry: Retry;
  messageKind: MessageKind;
  /** False for a code seen in real responses that the vendor's documentation lacks; absent otherwise. */
  documented?: false;
  /**
   * `standard` for a code of a telecom standard: `vendor` is then its namespace (`sip`, `q850`,
   * `smpp`), `message` its title (reason phrase, cause name, meaning) and `url` under /standards/.
   */
  kind: 'vendor' | 'standard';
  /** A standard code's kind (`call`, `message`): the words its fault is told in (lib/taxonomy.ts). */
  faultWords?: StandardKind;
};

/**
 * How a hit matched, strongest first: the ranking is by kind, then within a kind by how much of
 * the text the query covers. `partial` is the relevance stage: some of the query's words (in any
 * form, or through an equivalent phrasing, or its HTTP status), ranked by rarity, coverage and order.
 */
export const HIT_KINDS = [
  'code',
  'template',
  'phrase',
  'words',
  'prefix',
  'typo',
  'partial',
] as const;
export type HitKind = (typeof HIT_KINDS)[number];

export type SearchHit = {
  doc: SearchDocument;
  /** Higher is better; comparable within one result list only. */
  score: number;
  kind: HitKind;
  /** Template variable → value, when the query is an instance of the entry's template. */
  params?: Record<string, string>;
  /** The observed wording (one of `doc.observed`) the query matched, when it matched that and not `message`. */
  observed?: string;
  /** Why a `partial` hit matched, in query order. */
  reasons?: MatchReason[];
};

/**
 * One reason a relevance hit matched: a query word found as is or in another form (`expired` for
 * `expires`), a phrasing read as an equivalent one (content/phrasings.md), or the HTTP status.
 */
export type MatchReason =
  | { kind: 'word'; query: string; text: string }
  | { kind: 'phrasing'; query: string; text: string }
  | { kind: 'status'; status: number };

/** An equivalence group of phrasings, as search receives it from the catalog. */
export type Phrasings = readonly { id: string; phrases: readonly string[] }[];

/** Everything the index is built from: the documents and the catalog's equivalent phrasings. */
export type SearchData = { docs: SearchDocument[]; phrasings: Phrasings };

export type SearchOptions = {
  /** Only this vendor's entries. */
  vendor?: string;
  /** Only entries documented with this HTTP status. */
  status?: number;
  /** At most this many hits (default 20). */
  limit?: number;
};

export type SearchIndex = {
  /** Ranked hits, best first; empty for a blank query. */
  search(query: string, opts?: SearchOptions): SearchHit[];
  /** Looser hits for an empty result: entries matching some of the words, most words first. */
  near(query: string, opts?: SearchOptions): SearchHit[];
  /** Every document, in catalog order. */
  docs: readonly SearchDocument[];
};
