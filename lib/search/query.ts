import { escapeRegex } from '@/lib/template';
import { words } from './text';

/**
 * The words of a query as the word stages read them. A punctuated token the catalog writes as
 * one word is joined (`E.164` → `e164`): split, its parts would match `e.g.` and nothing else.
 */
export function queryWords(query: string, isCatalogWord: (word: string) => boolean): string[] {
  const out: string[] = [];
  for (const token of query.split(/\s+/)) {
    const parts = words(token);
    const joined = parts.join('');
    if (parts.length > 1 && isCatalogWord(joined)) out.push(joined);
    else out.push(...parts);
  }
  return out;
}

/**
 * The vendor a query names (`bandwidth 429`, `RingCentral rate limit`, `8x8`), and the query
 * without that word (empty for the name alone): readers type the vendor they called as if it
 * were a filter.
 */
export function namedVendor(
  query: string,
  vendors: readonly string[],
): { vendor: string; rest: string } | null {
  const queryWordList = words(query);
  for (const vendor of vendors) {
    const name = words(vendor).join('');
    if (!name || !queryWordList.includes(name)) continue;
    const pattern = new RegExp(
      `(^|[^\\p{L}\\p{N}])${escapeRegex(vendor)}(?=$|[^\\p{L}\\p{N}])`,
      'iu',
    );
    const rest = query.replace(pattern, '$1').replace(/\s+/g, ' ').trim();
    if (rest !== query.trim()) return { vendor, rest };
  }
  return null;
}

/**
 * Identifier-shaped tokens inside a longer query (`CMN-101: Parameter …`, `"errorCode": "OAU-128"`,
 * `HTTP 429 CMN-301`): `mixed` have letters and digits, so they are codes whenever the catalog
 * has them; `numbers` (`error 1300`) may as well be values, so they count only when nothing
 * else matched.
 */
export function codeTokens(query: string): { mixed: string[]; numbers: string[] } {
  const mixed: string[] = [];
  const numbers: string[] = [];
  // Every identifier token has a digit: most queries are words alone and skip the split.
  if (!/\p{N}/u.test(query)) return { mixed, numbers };
  for (const raw of query.split(/[^\p{L}\p{N}_\p{Pd}]+/u)) {
    const token = raw.replace(/^[_\p{Pd}]+|[_\p{Pd}]+$/gu, '');
    if (/^\p{N}+$/u.test(token)) numbers.push(token);
    else if (/\p{L}/u.test(token) && /\p{N}/u.test(token)) mixed.push(token);
  }
  return { mixed, numbers };
}
