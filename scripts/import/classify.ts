import type { Category, Fault, Retry } from '@/lib/taxonomy';
import type { SeedRow } from './types';

type Ours = { category: Category; fault: Fault; retry: Retry };

const BY_STATUS: Record<number, Ours> = {
  400: { category: 'validation', fault: 'client', retry: 'after-change' },
  401: { category: 'authentication', fault: 'account', retry: 'reauthenticate' },
  403: { category: 'permission', fault: 'account', retry: 'no' },
  404: { category: 'not-found', fault: 'client', retry: 'after-change' },
  405: { category: 'unsupported', fault: 'client', retry: 'after-change' },
  406: { category: 'unsupported', fault: 'client', retry: 'after-change' },
  409: { category: 'conflict', fault: 'client', retry: 'after-change' },
  410: { category: 'unsupported', fault: 'client', retry: 'after-change' },
  415: { category: 'unsupported', fault: 'client', retry: 'after-change' },
  416: { category: 'validation', fault: 'client', retry: 'after-change' },
  422: { category: 'validation', fault: 'client', retry: 'after-change' },
  429: { category: 'rate-limit', fault: 'client', retry: 'backoff' },
  500: { category: 'server', fault: 'vendor', retry: 'backoff' },
  501: { category: 'unsupported', fault: 'vendor', retry: 'no' },
  502: { category: 'upstream', fault: 'remote', retry: 'backoff' },
  503: { category: 'unavailable', fault: 'vendor', retry: 'backoff' },
  504: { category: 'upstream', fault: 'remote', retry: 'backoff' },
};

/** Word rules that beat the status; first hit wins. Our first guess, refined by hand in content. */
const BY_WORDS: [RegExp, Ours][] = [
  [
    /rate (limit|exceeded)|concurrency limit|too many|resending interval/i,
    { category: 'rate-limit', fault: 'client', retry: 'backoff' },
  ],
  [
    /quota|limit reached|limits? exceeded|bulk limit/i,
    { category: 'quota', fault: 'account', retry: 'after-change' },
  ],
  [
    /token (expired|corrupted)|unparsable access token/i,
    { category: 'authentication', fault: 'client', retry: 'reauthenticate' },
  ],
  [
    /^unauthori[sz]ed|access forbidden|credentials/i,
    { category: 'authentication', fault: 'account', retry: 'reauthenticate' },
  ],
  [/not found|wasn't found/i, { category: 'not-found', fault: 'client', retry: 'after-change' }],
  [/internal error/i, { category: 'server', fault: 'vendor', retry: 'backoff' }],
  [/not implemented|unsupported/i, { category: 'unsupported', fault: 'client', retry: 'no' }],
];

/**
 * Our category, fault and retry advice for an error known only by its status: the importer's
 * fallback, and what the benchmarks' synthetic catalog uses (one table for both).
 */
export function classifyStatus(status: number | null): Ours {
  const byStatus = status !== null ? BY_STATUS[status] : undefined;
  return byStatus ?? { category: 'validation', fault: 'client', retry: 'after-change' };
}

/** A first guess at our category, fault and retry advice for a fresh row (hand edits are kept on re-import). */
export function classify(row: SeedRow): Ours {
  for (const [re, ours] of BY_WORDS) if (re.test(row.message)) return ours;
  if (row.type === 'system-overloaded')
    return { category: 'unavailable', fault: 'vendor', retry: 'backoff' };
  return classifyStatus(row.statuses[0] ?? null);
}
