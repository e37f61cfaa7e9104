/// <reference lib="webworker" />
import {
  createSearchIndex,
  findResults,
  unpackSearchData,
  type Results,
  type ResultsQuery,
  type SearchIndex,
} from '@/lib/search';

/**
 * The search index lives here, off the main thread: parsing the data, building the index and
 * ranking (the costly steps) never hold the page, so a shared `/search/?q=…` link paints and
 * answers input while they run. The page fetches the data (its preload is the page's, not this
 * worker's) and hands the bytes over; views then send one message per query.
 */
export type SearchWorkerRequest =
  { kind: 'load'; data: ArrayBuffer } | { kind: 'results'; id: number; query: ResultsQuery };
export type SearchWorkerResponse =
  | { kind: 'ready'; buildMs: number }
  | { kind: 'results'; id: number; results: Results }
  | { kind: 'error'; id: number | null; error: string };

let index: SearchIndex | null = null;

function reply(message: SearchWorkerResponse) {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<SearchWorkerRequest>) => {
  const request = event.data;
  const id = request.kind === 'results' ? request.id : null;
  try {
    if (request.kind === 'load') {
      const start = performance.now();
      const data: unknown = JSON.parse(new TextDecoder().decode(request.data));
      index = createSearchIndex(unpackSearchData(data));
      reply({ kind: 'ready', buildMs: performance.now() - start });
    } else {
      if (!index) throw new Error('search index not loaded');
      reply({ kind: 'results', id: request.id, results: findResults(index, request.query) });
    }
  } catch (error) {
    reply({ kind: 'error', id, error: error instanceof Error ? error.message : String(error) });
  }
};
