import type { Category, Fault, MessageKind, Retry } from '@/lib/taxonomy';

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
};

/** How a hit matched, strongest first: the ranking is by kind, then by how much of the text the query covers. */
export const HIT_KINDS = ['code', 'template', 'phrase', 'words', 'prefix', 'typo'] as const;
export type HitKind = (typeof HIT_KINDS)[number];

export type SearchHit = {
  doc: SearchDocument;
  /** Higher is better; comparable within one result list only. */
  score: number;
  kind: HitKind;
  /** Template variable → value, when the query is an instance of the entry's template. */
  params?: Record<string, string>;
};

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
