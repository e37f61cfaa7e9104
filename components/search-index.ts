import type { SearchHit, SearchIndex } from '@/lib/search';

/** The search index and the marker for matched words, loaded together on first use. */
export type LoadedSearch = {
  index: SearchIndex;
  /** Marks the words a hit matched; with the hit, also those it matched in another form. */
  highlight: (
    text: string,
    query: string,
    hit?: SearchHit,
  ) => ReturnType<typeof import('@/lib/search').highlight>;
  /** Why a relevance hit matched, in one line. */
  explain: typeof import('@/lib/search').explainHit;
};

export const SEARCH_DATA_URL = '/search-data.json';

let pending: Promise<LoadedSearch> | null = null;
let loaded: LoadedSearch | null = null;

/** The index if it is already built, so a keystroke after the first renders without waiting. */
export function loadedSearch(): LoadedSearch | null {
  return loaded;
}

/**
 * Ends the current task so the browser can paint and handle input: parsing the data, building
 * the index and drawing results each get a task of their own instead of one long one.
 */
function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Fetches the search data and builds the index, once per page life. The header box calls it on
 * the first focus or keystroke, never on load; /search/ opened with a query calls it at once
 * (its HTML has already asked for the data). The search code is a separate chunk fetched at the
 * same time. A failure is not cached, so the next keystroke tries again.
 */
export function loadSearch(): Promise<LoadedSearch> {
  pending ??= (async () => {
    performance.mark('errdex-search-load-start');
    const [lib, response] = await Promise.all([import('@/lib/search'), fetch(SEARCH_DATA_URL)]);
    if (!response.ok) throw new Error(`search data: HTTP ${response.status}`);
    const data: unknown = await response.json();
    await yieldToMain();
    performance.mark('errdex-search-fetched');
    const index = lib.createSearchIndex(lib.unpackSearchData(data));
    performance.mark('errdex-search-ready');
    performance.measure('errdex-search-load', 'errdex-search-load-start', 'errdex-search-ready');
    performance.measure('errdex-search-build', 'errdex-search-fetched', 'errdex-search-ready');
    // Whoever awaits this renders next: in a task of its own, not after the build.
    await yieldToMain();
    loaded = {
      index,
      highlight: (text, query, hit) =>
        lib.highlight(text, query, hit ? lib.matchedWords(hit) : undefined),
      explain: lib.explainHit,
    };
    return loaded;
  })().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
