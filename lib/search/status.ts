import { statusInfo } from '@/lib/taxonomy';
import { words } from './text';

/**
 * An HTTP status the query names: as one (`HTTP 404`, `404 Not Found`, `429 Too Many Requests`,
 * `status 503`: `named`), or as a bare number in a sentence (`Better error report for 429?`,
 * `authorization error 400`), which counts for less: it may be a value. A number with no reason
 * phrase (`299`, `1300`) is not a status. Returns the first one, or null.
 */
export function statusInQuery(
  queryWords: readonly string[],
): { status: number; named: boolean } | null {
  let bare: number | null = null;
  for (let i = 0; i < queryWords.length; i += 1) {
    const w = queryWords[i] as string;
    if (!/^[1-5]\d\d$/.test(w)) continue;
    const status = Number(w);
    // `HTTP 404`, `HTTP/1.1 404`, `status 404`, `status code 404`.
    const before = queryWords.slice(Math.max(0, i - 3), i);
    if (before.includes('http') || before.includes('status')) return { status, named: true };
    const reason = words(statusInfo(status).name);
    // `HTTP 404` is what statusInfo calls an unknown status: only a real reason phrase counts.
    if (reason[0] === 'http') continue;
    if (reason.every((r, k) => queryWords[i + 1 + k] === r)) return { status, named: true };
    bare ??= status;
  }
  return bare === null ? null : { status: bare, named: false };
}
