import { searchUrl } from '@/lib/urls';
/**
 * The /search/ page keeps its state in the URL. This tiny store reads `location.search` and is
 * told synchronously when the page rewrites it, so a controlled input never lags the URL.
 */
export type Filters = { q: string; vendor: string; status: string };

const listeners = new Set<() => void>();

export function subscribeUrl(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export const readUrl = (): string => window.location.search;
export const readServerUrl = (): string => '';

export function parseFilters(search: string): Filters {
  const p = new URLSearchParams(search);
  return { q: p.get('q') ?? '', vendor: p.get('vendor') ?? '', status: p.get('status') ?? '' };
}

/** Rewrites the URL in place (no history entry per keystroke) and tells the readers. */
export function writeFilters(f: Filters): void {
  window.history.replaceState(null, '', searchUrl(f));
  for (const l of listeners) l();
}
