import type { Results, ResultsQuery } from '@/lib/search';
import type { SearchWorkerRequest, SearchWorkerResponse } from './search.worker';

/** The search index, in its worker (components/search.worker.ts): one answer per query. */
export type SearchClient = {
  results(query: ResultsQuery): Promise<Results>;
};

export const SEARCH_DATA_URL = '/search-data.json';

/**
 * The worker's bundle URL where a bundler other than Next's builds this module: the reading
 * pages' search leaf (scripts/build/postbuild-reading-pages.ts) bundles the worker itself and
 * defines this. Next finds the `new URL(…, import.meta.url)` below and bundles the worker.
 */
declare const ERRDEX_SEARCH_WORKER: string | undefined;

function spawnWorker(): Worker {
  return typeof ERRDEX_SEARCH_WORKER === 'string'
    ? new Worker(ERRDEX_SEARCH_WORKER, { type: 'module' })
    : new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
}

let pending: Promise<SearchClient> | null = null;
let loaded: SearchClient | null = null;

/** The index if it is already built, so a keystroke after the first asks at once. */
export function loadedSearch(): SearchClient | null {
  return loaded;
}

type Waiting = { resolve: (results: Results) => void; reject: (error: Error) => void };

/** Starts the worker and builds its index from the fetched bytes; resolves with the client. */
async function start(): Promise<SearchClient> {
  performance.mark('errdex-search-load-start');
  // Started first, so its script loads while the data downloads.
  const worker = spawnWorker();
  const waiting = new Map<number, Waiting>();
  let next = 0;
  let ready!: { resolve: (buildMs: number) => void; reject: (error: Error) => void };
  const built = new Promise<number>((resolve, reject) => (ready = { resolve, reject }));
  // A worker that fails while the data downloads: awaited below, never an unhandled rejection.
  built.catch(() => undefined);
  // Once broken, every query fails at once (views say search could not load), none waits forever.
  let broken: Error | null = null;
  const fail = (error: Error) => {
    broken ??= error;
    ready.reject(error);
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
    worker.terminate();
  };
  worker.onerror = (event) => fail(new Error(`search worker: ${event.message || 'failed'}`));
  worker.onmessage = (event: MessageEvent<SearchWorkerResponse>) => {
    const data = event.data;
    if (data.kind === 'ready') return ready.resolve(data.buildMs);
    const error = data.kind === 'error' ? new Error(data.error) : null;
    if (data.id === null) return fail(error ?? new Error('search worker: no id'));
    const w = waiting.get(data.id);
    waiting.delete(data.id);
    if (data.kind === 'results') w?.resolve(data.results);
    else if (error) w?.reject(error);
  };
  const results = (query: ResultsQuery) =>
    new Promise<Results>((resolve, reject) => {
      if (broken) return reject(broken);
      next += 1;
      waiting.set(next, { resolve, reject });
      worker.postMessage({ kind: 'results', id: next, query } satisfies SearchWorkerRequest);
    });
  try {
    const response = await fetch(SEARCH_DATA_URL);
    if (!response.ok) throw new Error(`search data: HTTP ${response.status}`);
    const data = await response.arrayBuffer();
    worker.postMessage({ kind: 'load', data } satisfies SearchWorkerRequest, [data]);
    const buildMs = await built;
    performance.mark('errdex-search-ready');
    performance.measure('errdex-search-load', 'errdex-search-load-start', 'errdex-search-ready');
    performance.measure('errdex-search-build', { end: performance.now(), duration: buildMs });
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return { results };
}

/**
 * Fetches the search data and builds the index in its worker, once per page life. The header box
 * calls it on the first focus or keystroke, never on load; /search/ opened with a query calls it
 * at once (its HTML has already asked for the data). A failure is not cached, so the next
 * keystroke tries again.
 */
export function loadSearch(): Promise<SearchClient> {
  pending ??= start().then(
    (client) => (loaded = client),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}
