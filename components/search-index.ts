import type { SearchIndex } from '@/lib/search';

/** The search index and the marker for matched words, loaded together on first use. */
export type LoadedSearch = {
  index: SearchIndex;
  highlight: typeof import('@/lib/search').highlight;
};

export const SEARCH_DATA_URL = '/search-data.json';

let pending: Promise<LoadedSearch> | null = null;
let loaded: LoadedSearch | null = null;

/** The index if it is already built, so a keystroke after the first renders without waiting. */
export function loadedSearch(): LoadedSearch | null {
  return loaded;
}

/**
 * Fetches the search data and builds the index, once per page life. Called on the first focus or
 * keystroke, never on load; the search code itself is a separate chunk fetched at the same time.
 * A failure is not cached, so the next keystroke tries again.
 */
export function loadSearch(): Promise<LoadedSearch> {
  pending ??= (async () => {
    performance.mark('errdex-search-load-start');
    const [lib, response] = await Promise.all([import('@/lib/search'), fetch(SEARCH_DATA_URL)]);
    if (!response.ok) throw new Error(`search data: HTTP ${response.status}`);
    const data: unknown = await response.json();
    performance.mark('errdex-search-fetched');
    loaded = {
      index: lib.createSearchIndex(lib.unpackSearchData(data)),
      highlight: lib.highlight,
    };
    performance.mark('errdex-search-ready');
    performance.measure('errdex-search-load', 'errdex-search-load-start', 'errdex-search-ready');
    performance.measure('errdex-search-build', 'errdex-search-fetched', 'errdex-search-ready');
    return loaded;
  })().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
