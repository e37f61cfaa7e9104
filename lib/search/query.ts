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
  // `Q.850` names q850 as `8x8` names 8x8: a token's words joined count too.
  const queryWordList = [...words(query), ...query.split(/\s+/).map((t) => words(t).join(''))];
  for (const vendor of vendors) {
    const name = words(vendor).join('');
    if (!name || !queryWordList.includes(name)) continue;
    // Written with or without punctuation inside (`Q.850`, `q850`).
    const spelt = [...vendor].map(escapeRegex).join('[^\\p{L}\\p{N}\\s]?');
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${spelt}(?=$|[^\\p{L}\\p{N}])`, 'iu');
    const rest = query.replace(pattern, '$1').replace(/\s+/g, ' ').trim();
    if (rest !== query.trim()) return { vendor, rest };
  }
  return null;
}

/**
 * Identifier-shaped tokens inside a longer query (`CMN-101: Parameter …`, `"errorCode": "OAU-128"`,
 * `HTTP 429 CMN-301`, `with status ESME_RSUBMITFAIL`): `mixed` have letters and digits, or words
 * joined by underscores, so they are codes whenever the catalog has them; `numbers` (`error 1300`) may as well be values, so they count only when nothing
 * else matched.
 */
export function codeTokens(query: string): { mixed: string[]; numbers: string[] } {
  const mixed: string[] = [];
  const numbers: string[] = [];
  // Every identifier token has a digit or an underscore: most queries are words alone and skip
  // the split.
  if (!/[\p{N}_]/u.test(query)) return { mixed, numbers };
  for (const raw of query.split(/[^\p{L}\p{N}_\p{Pd}.]+|\.(?!\p{N})|(?<!\p{N})\./u)) {
    // A number with a dot inside (`v1.8.0`, `2.0`, `1.5`) is a version or a value, not a code.
    const dotted = raw.includes('.');
    for (const part of raw.split('.')) {
      const token = part.replace(/^[_\p{Pd}]+|[_\p{Pd}]+$/gu, '');
      if (/^\p{N}+$/u.test(token)) {
        if (!dotted) numbers.push(token);
      } else if (/\p{L}/u.test(token) && /\p{N}|\p{L}_\p{L}/u.test(token)) mixed.push(token);
    }
  }
  return { mixed, numbers };
}

/**
 * Numbers the query gives as a code (`status 408`, `cause: 17`, `command status 5`, `code 486`):
 * after a query names a standard, these are its codes, not HTTP statuses.
 */
export function codeNumbers(query: string): string[] {
  return [...query.matchAll(/\b(?:status|code|cause)(?:\s+code)?\s*[:=#]?\s*(\d+)\b/gi)].map(
    (m) => m[1] as string,
  );
}

/**
 * What people put before a message they paste or ask about: an exception or logger prefix
 * (`ApiException:`, `Error:`, `SDK HTTP Error at https://… :`, `HTTP 401 Unauthorized:`) or a
 * question (`How to fix …`, `Why am I getting …`, `What does … mean`).
 */
const PREAMBLE = [
  /^[\w.$]*(?:exception|error)(?: at \S+)?\s*:\s*/i,
  /^sdk http error(?: at \S+)?\s*:?\s*/i,
  /^http(?:\/[\d.]+)?\s+[1-5]\d\d(?:\s+[a-z][a-z' ]*?)?\s*:\s*/i,
  /^(?:how (?:do i|can i|to|should i|do you) (?:fix|solve|resolve|handle|avoid|debug|get rid of)|why (?:am i|do i|does (?:it|the api)|is (?:it|the api)|are we|do we) (?:getting|seeing|receiving|get|see|receive|return(?:ing)?|say(?:ing)?)|what (?:does|is)(?: the)?(?: error)?|(?:i am|i'm|im) (?:getting|seeing|receiving)|(?:getting|seeing|receiving))\s*[:,]?\s*/i,
];
const QUOTES = /^["'“‘`]+|["'”’`]+$/g;

/** The query without its preamble and surrounding quotes; itself when it has none. */
export function withoutPreamble(query: string): string {
  let q = query.trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const pattern of PREAMBLE) {
      const rest = q.replace(pattern, '');
      if (rest !== q && rest.trim()) {
        q = rest.trim();
        changed = true;
      }
    }
  }
  if (q === query.trim()) return q;
  // A question's message is often quoted, and a question mark is not part of it.
  return (
    q
      .replace(/\?+$/, '')
      .replace(/\s+mean$/i, '')
      .replace(QUOTES, '')
      .trim() || q
  );
}
