import { words } from './text';
import type { SearchHit } from './types';

/**
 * Why a relevance hit matched, in one line for a result card and `errdex search`: the query's
 * words it shares (with the form the entry uses when it differs: `expired (as “expires”)`), the
 * equivalent phrasings it was read through, and the HTTP status. Null for the exact stages, whose
 * kind says it all.
 */
export function explainHit(hit: SearchHit): string | null {
  if (!hit.reasons?.length) return null;
  const shared: string[] = [];
  const parts: string[] = [];
  for (const r of hit.reasons) {
    if (r.kind === 'word')
      shared.push(r.query === r.text ? r.query : `${r.query} (as “${r.text}”)`);
    else if (r.kind === 'phrasing') parts.push(`“${r.query}” read as “${r.text}”`);
    else parts.push(`documented with HTTP ${r.status}`);
  }
  if (shared.length) parts.unshift(`Shares ${shared.join(', ')}`);
  return parts.join(' · ');
}

/** The entry's words a hit matched in another form or through a phrasing, for marking. */
export function matchedWords(hit: SearchHit): string[] {
  return (hit.reasons ?? []).flatMap((r) => (r.kind === 'status' ? [] : words(r.text)));
}
