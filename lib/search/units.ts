import type { Phrase } from './phrasings';
import type { NamedStatus } from './status';

/** One unit of the query that a row can match: a word (in any form), a phrasing, or the status. */
export type Unit = {
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
  /**
   * For the status: the bits of the word units of its reason phrase, when the query says it
   * (`503 Service Unavailable`). A row documented with the status says them too, in the status
   * line it comes with, so it matches them: its entry is what such a query asks for first.
   */
  says: number;
  /** How many rows hold it (about: a word's forms may share rows). */
  rows: number;
};

/**
 * The unit of an HTTP status the query names, matched by the rows documented with it; null when
 * no row is. Named as a status it outweighs any word (`idf` doubled); a bare number may be a value.
 */
export function statusUnit(
  named: NamedStatus,
  words: readonly Unit[],
  rows: number,
  idf: number,
): Unit | null {
  if (rows === 0) return null;
  const reason = new Set(named.reason ?? []);
  let says = 0;
  words.forEach((u, k) => {
    if (u.status === null && u.others.length === 0 && reason.has(u.query)) says |= 1 << k;
  });
  return {
    weight: (named.named ? 2 : 1) * idf,
    stems: new Set(),
    others: [],
    query: String(named.status),
    at: -1,
    status: named.status,
    inside: [],
    says,
    rows,
  };
}

/**
 * For a row matched by its status: the reason phrase's words stand first, in the query's order,
 * as the status line stands before the message. Sets their positions (for order) and returns how
 * many there are: the message's words stand after them.
 */
export function placeStatusLine(units: readonly Unit[], bits: number, firstAt: Int32Array): number {
  let said = 0;
  units.forEach((u, k) => {
    if (bits & (1 << k)) said |= u.says;
  });
  if (said === 0) return 0;
  const line = units
    .map((_, k) => k)
    .filter((k) => said & (1 << k))
    .sort((a, b) => (units[a] as Unit).at - (units[b] as Unit).at);
  line.forEach((k, i) => (firstAt[k] = i));
  return line.length;
}
