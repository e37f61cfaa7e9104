import { tokenKey } from '@/lib/catalog/tokens';
import type { DecodeEntry } from './data';
import type { Decoder } from './index';
import type { DecodeResult } from './types';

/** A token this long is no code, name or number: it is not compared with any. */
const MAX_TOKEN = 256;

/** How many entries a lookup suggests when no identifier equals the token. */
const PREFIX_SUGGESTIONS = 10;

/**
 * `errdex lookup <token>` and `/code/<token>.json`: the entries whose code or alias is the
 * token, as matches; with none, entries whose identifier starts with it (three characters or
 * more), else entries with a similar message, as suggestions.
 */
export function lookupResult(
  decoder: Decoder,
  entries: DecodeEntry[],
  token: string,
): DecodeResult {
  if (token.length > MAX_TOKEN) return { matches: [], suggestions: [] };
  const matches = decoder.matcher
    .lookupAny(token)
    .map((entry) => ({ entry, params: {}, notes: [], status: null }));
  if (matches.length > 0) return { matches, suggestions: [] };
  const key = tokenKey(token);
  let suggestions = entries
    .filter(
      (e) =>
        key.length >= 3 && [e.code, ...e.aliases].some((id) => id && tokenKey(id).startsWith(key)),
    )
    .slice(0, PREFIX_SUGGESTIONS);
  if (suggestions.length === 0) suggestions = decoder.matcher.similar(token, null);
  return { matches, suggestions };
}
