import { statusInfo } from '@/lib/taxonomy';
import { words } from './text';

/**
 * An HTTP status the query names as one (`HTTP 404`, `404 Not Found`, `429 Too Many Requests`,
 * `status 503`), not a bare number that may be a value or a code. Returns the status and the query
 * word positions its reason phrase takes, or null.
 */
export function statusInQuery(queryWords: readonly string[]): { status: number } | null {
  for (let i = 0; i < queryWords.length; i += 1) {
    const w = queryWords[i] as string;
    if (!/^[1-5]\d\d$/.test(w)) continue;
    const status = Number(w);
    // `HTTP 404`, `HTTP/1.1 404`, `status 404`, `status code 404`.
    const before = queryWords.slice(Math.max(0, i - 3), i);
    if (before.includes('http') || before.includes('status')) return { status };
    const reason = words(statusInfo(status).name);
    // `HTTP 404` is what statusInfo calls an unknown status: only a real reason phrase counts.
    if (reason[0] !== 'http' && reason.every((r, k) => queryWords[i + 1 + k] === r))
      return { status };
  }
  return null;
}
