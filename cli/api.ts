/**
 * The errdex library: `import { decode, lookup, search } from 'errdex'`. The catalog is inside
 * (the bundle embeds it, as the CLI's does) and nothing leaves the machine. Each function returns
 * what `errdex <command> --json` prints; bad input is an ErrdexInputError naming the argument,
 * and empty text an empty result. It lives in cli/ because it shapes output (LAYOUT: output
 * shaping is the CLI's, lib/ only computes).
 */
import { toOutput, toOutputItem } from '@/lib/decode';
import type { Matches, Options, Results, SearchOptions } from './api-types';
import { loadData } from './data';
import { MAX_INPUT } from './lines';
import { truncatedNote } from './lines';
import { createEngine, lookupEntries, searchEntries, vendorIds } from './queries';

export type * from './api-types';

/** Bad input to decode, lookup or search: `argument` names the one that was wrong. */
export class ErrdexInputError extends Error {
  override readonly name = 'ErrdexInputError';
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`${argument} ${message}`);
  }
}

let engine: ReturnType<typeof createEngine> | null = null;
const theEngine = () => (engine ??= createEngine(loadData()));

/** What a value is, for a message about a value of the wrong type. */
function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A value as an error message shows it: short; an object only by its kind (it may not print). */
function shown(value: unknown): string {
  if (typeof value === 'object' || typeof value === 'function') return kind(value);
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function text(argument: string, value: unknown): string {
  if (typeof value !== 'string')
    throw new ErrdexInputError(argument, `must be a string (got ${kind(value)})`);
  return value;
}

function options<T extends object>(value: T | undefined): Partial<T> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new ErrdexInputError('options', `must be an object (got ${shown(value)})`);
  return value;
}

function baseUrl(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^https?:\/\/[^\s/]+/.test(value))
    throw new ErrdexInputError('baseUrl', `must be an http(s) URL (got ${shown(value)})`);
  return value;
}

/** Every catalogued error in some text: a body, a whole response, log lines. */
export function decode(input: string, opts?: Options): Matches {
  const o = options(opts);
  const base = baseUrl(o.baseUrl);
  const whole = text('input', input);
  // As `errdex decode` reads stdin: the first MAX_INPUT characters, noted on every match.
  const cut = whole.length > MAX_INPUT;
  const result = theEngine()
    .decoder()
    .decode(cut ? whole.slice(0, MAX_INPUT) : whole);
  if (cut) for (const m of result.matches) m.notes.push(truncatedNote('input', MAX_INPUT));
  return toOutput(result, base);
}

/** A code, name or number, ignoring case and dashes (cmn101 finds CMN-101). */
export function lookup(token: string, opts?: Options): Matches {
  const o = options(opts);
  const base = baseUrl(o.baseUrl);
  const t = text('token', token).trim();
  if (!t) return { matches: [], suggestions: [] };
  const { matches, suggestions } = lookupEntries(theEngine(), t);
  return toOutput({ matches, suggestions }, base);
}

/** A query longer than this is no search: it is refused, not cut. */
const MAX_QUERY = 1000;

/** Codes and messages, including messages whose placeholders were filled in; best first. */
export function search(query: string, opts?: SearchOptions): Results {
  const o = options(opts);
  const base = baseUrl(o.baseUrl);
  const q = text('query', query).trim();
  if (q.length > MAX_QUERY)
    throw new ErrdexInputError('query', `is longer than ${MAX_QUERY} characters`);
  const limit = o.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1)
    throw new ErrdexInputError('limit', `must be a positive integer (got ${shown(o.limit)})`);
  const status = o.status;
  if (status !== undefined && !(Number.isInteger(status) && status >= 100 && status <= 599))
    throw new ErrdexInputError(
      'status',
      `must be an HTTP status such as 404 (got ${shown(status)})`,
    );
  const vendors = vendorIds(theEngine());
  const vendor = o.vendor === undefined ? undefined : text('vendor', o.vendor).trim().toLowerCase();
  if (vendor !== undefined && !vendors.includes(vendor))
    throw new ErrdexInputError(
      'vendor',
      `must be one of ${vendors.join(', ')} (got ${shown(o.vendor)})`,
    );
  if (!q) return { results: [] };
  const entries = searchEntries(theEngine(), q, { limit, vendor, status });
  return { results: entries.map((e) => toOutputItem(e, base)) };
}
