import { tokenKey } from '@/lib/catalog/tokens';
import type { DecodeData, DecodeEntry } from './data';
import type { Decoder } from './index';
import type { DecodeResult } from './types';

/** A token this long is no code, name or number: it is not compared with any. */
const MAX_TOKEN = 256;

/** How many entries a lookup suggests when no identifier equals the token. */
const PREFIX_SUGGESTIONS = 10;

/** A hexadecimal identifier (`0x5`, `0x00000058`): its digits. */
const HEX = /^0x([0-9a-f]+)$/i;

/**
 * What may stand between a namespace's name and its code: spaces, dashes, dots, a colon or a
 * `#`, and the word a log puts there (`Q.850 cause 17`, `SMPP command_status 0x58`).
 */
const AFTER_NAME =
  /^[\s\p{Pd}\u2212_.:#]*(?:(?:cause|status|code|command[\s_]?status)(?![a-z\d])[\s\p{Pd}\u2212_.:#=]*)?/iu;

/**
 * The entries an identifier resolves to: equal to a code or alias after `tokenKey`, or, for a
 * hexadecimal token, whose hexadecimal identifier has the same value (`0x5` is `0x00000005`).
 */
function resolve(decoder: Decoder, entries: DecodeEntry[], token: string): DecodeEntry[] {
  const found = decoder.matcher.lookupAny(token);
  if (found.length > 0) return found;
  const hex = HEX.exec(token.trim());
  if (!hex) return [];
  const value = Number.parseInt(hex[1] as string, 16);
  const sameValue = (id: string | null) => {
    const other = id ? HEX.exec(id) : null;
    return other !== null && Number.parseInt(other[1] as string, 16) === value;
  };
  return entries.filter((e) => [e.code, ...e.aliases].some(sameValue));
}

/** Letter, digit or other: two names of one kind glued together read as one word. */
const kind = (char: string) =>
  /[a-z]/i.test(char) ? 'letter' : /\d/.test(char) ? 'digit' : 'other';

/**
 * A token that begins with a namespace's id, label or name (`Q.850 17`, `SIP 486`,
 * `SMPP ESME_RTHROTTLED`, `RingCentral CMN-101`): that namespace's entries for the rest.
 */
function resolvePrefixed(
  decoder: Decoder,
  entries: DecodeEntry[],
  data: DecodeData,
  token: string,
): DecodeEntry[] {
  const text = token.trim().normalize('NFKC');
  const names = [
    ...data.standards.flatMap((s) => [s.id, s.label, s.name].map((name) => ({ ns: s.id, name }))),
    ...data.vendors.flatMap((v) => [v.id, v.name].map((name) => ({ ns: v.id, name }))),
  ];
  for (const { ns, name } of names) {
    if (!name || text.slice(0, name.length).toLowerCase() !== name.toLowerCase()) continue;
    const after = text.slice(name.length);
    const rest = after.slice(AFTER_NAME.exec(after)?.[0].length ?? 0);
    // The name must end where the code begins: `sip486` is SIP 486, `sipx` no SIP code.
    if (rest.length === 0 || (rest === after && kind(name.slice(-1)) === kind(rest[0] ?? '')))
      continue;
    const found = resolve(decoder, entries, rest).filter((e) => e.vendor === ns);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * `errdex lookup <token>` and `/code/<token>.json`: the entries whose code or alias is the
 * token (a hexadecimal one by value), or that a namespace's name before it narrows to
 * (`Q.850 17`), as matches; with none, entries whose identifier starts with it (three
 * characters or more), else entries with a similar message, as suggestions.
 */
export function lookupResult(
  decoder: Decoder,
  entries: DecodeEntry[],
  token: string,
): DecodeResult {
  if (token.length > MAX_TOKEN) return { matches: [], suggestions: [] };
  let found = resolve(decoder, entries, token);
  if (found.length === 0) found = resolvePrefixed(decoder, entries, decoder.matcher.data, token);
  const matches = found.map((entry) => ({ entry, params: {}, notes: [], status: null }));
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
