import { statusInfo } from '@/lib/taxonomy';
import { words } from './text';

/**
 * An HTTP status the query names. `reason`: the words of its reason phrase, when the query says
 * them (`503 Service Unavailable`): an entry documented with the status says them too, in the
 * status line it comes with.
 */
export type NamedStatus = { status: number; named: boolean; reason?: string[] };

/** The reason phrase's words of every status HTTP names (`service unavailable` → 503). */
let byReason: Map<string, number> | null = null;
function statusOfReason(phrase: string): number | undefined {
  if (!byReason) {
    byReason = new Map();
    for (let status = 100; status < 600; status += 1) {
      const reason = words(statusInfo(status).name);
      // `HTTP 404` is what statusInfo calls an unknown status: only a real reason phrase counts.
      if (reason[0] !== 'http') byReason.set(reason.join(' '), status);
    }
  }
  return byReason.get(phrase);
}

/**
 * An HTTP status the query names: as one (`HTTP 404`, `404 Not Found`, `429 Too Many Requests`,
 * `status 503`, or its reason phrase alone, `Service Unavailable`: `named`), or as a bare number
 * in a sentence (`Better error report for 429?`, `authorization error 400`), which counts for
 * less: it may be a value. A number with no reason phrase (`299`, `1300`) is not a status.
 * Returns the first one, or null.
 */
export function statusInQuery(queryWords: readonly string[]): NamedStatus | null {
  const whole = statusOfReason(queryWords.join(' '));
  if (whole !== undefined) return { status: whole, named: true, reason: [...queryWords] };
  let bare: number | null = null;
  for (let i = 0; i < queryWords.length; i += 1) {
    const w = queryWords[i] as string;
    if (!/^[1-5]\d\d$/.test(w)) continue;
    const status = Number(w);
    const reason = words(statusInfo(status).name);
    const known = reason[0] !== 'http';
    const says = known && reason.every((r, k) => queryWords[i + 1 + k] === r);
    // `HTTP 404`, `HTTP/1.1 404`, `status 404`, `status code 404`.
    const before = queryWords.slice(Math.max(0, i - 3), i);
    if (before.includes('http') || before.includes('status'))
      return { status, named: true, ...(says && { reason }) };
    if (says) return { status, named: true, reason };
    if (known) bare ??= status;
  }
  return bare === null ? null : { status: bare, named: false };
}
