/**
 * The errdex package's public types, as `/work/shared/cli.schema.json` pins `--json`. Written
 * out here, importing nothing, so the published declarations stand alone; cli/api.ts returns
 * the lib's own output types through them, so tsc fails if the two ever drift apart.
 */

/** What kind of failure an error is (informational: nothing failed). */
export type Category =
  | 'authentication'
  | 'permission'
  | 'validation'
  | 'not-found'
  | 'conflict'
  | 'rate-limit'
  | 'quota'
  | 'unsupported'
  | 'upstream'
  | 'server'
  | 'unavailable'
  | 'informational'
  | 'busy'
  | 'no-answer'
  | 'rejected'
  | 'routing'
  | 'network';

/** Who must fix it: the request, the account, the platform, a remote system, or nobody. */
export type Fault = 'client' | 'account' | 'vendor' | 'remote' | 'unknown' | 'none';

/** Whether and how the same call can succeed later. */
export type Retry = 'no' | 'after-change' | 'reauthenticate' | 'backoff' | 'unknown' | 'not-needed';

/** One catalogued error, exactly as `errdex … --json` prints it. */
export type Item = {
  /** Namespace id: a vendor (ringcentral, bandwidth, …) or a standard. */
  vendor: string;
  /** The identifier within its namespace (CMN-101, 1300); null where the vendor has none. */
  code: string | null;
  /** Normalized HTTP statuses; empty when none is documented, and for a standard code. */
  statuses: number[];
  /** The documented message, verbatim (for a standard: its reason phrase, cause name or meaning). */
  message: string;
  /** The entry page: site-relative (/vendors/ringcentral/cmn-101/, /standards/sip/486/), absolute with `baseUrl`. */
  url: string;
  category: Category;
  fault: Fault;
  retry: Retry;
  /** What the namespace is: a vendor's API, or a telecom standard (sip, q850, smpp). */
  kind: 'vendor' | 'standard';
  /** False for a code observed in real responses that the documentation lacks. */
  documented: boolean;
};

/** A confident identification in some input. */
export type Match = Item & {
  /** Template variable -> the value seen in the input. */
  params: Record<string, string>;
  /** E.g. a status mismatch, or input cut at the size cap. */
  notes: string[];
};

/** What `decode` and `lookup` return. */
export type Matches = {
  /** Confident identifications, in input order. */
  matches: Match[];
  /** Fuzzy candidates, best first. */
  suggestions: Item[];
};

/** What `search` returns. */
export type Results = {
  /** Best first. */
  results: Item[];
};

export type Options = {
  /** Makes every `url` absolute under this http(s) origin, e.g. https://errdex.example. */
  baseUrl?: string;
};

export type SearchOptions = Options & {
  /** At most this many results, a positive integer (default 10). */
  limit?: number;
  /** Only this namespace's errors (an Item's `vendor`). */
  vendor?: string;
  /** Only errors documented with this HTTP status (100–599). */
  status?: number;
};
