/// <reference lib="webworker" />
import { createDecoder, type Decoder, type DecodeData, type DecodeResult } from '@/lib/decode';
import { firstPage, moreMatches, type DecodePage } from '@/lib/decode/page';

/**
 * Decoding runs here, off the main thread: a multi-megabyte paste never freezes the page. The
 * page is sent one page of results; the whole result stays here for "Show more". A job for
 * text that has since changed is not cancelled here: the page terminates this worker.
 */
export type DecodeRequest =
  | { kind: 'decode'; id: number; text: string }
  | { kind: 'more'; id: number; shown: number }
  /** Load the data now: a worker started to replace a cancelled one is needed at once. */
  | { kind: 'warm' };
export type DecodeResponse =
  | { kind: 'decode'; id: number; page: DecodePage; ms: number }
  | { kind: 'more'; id: number; matches: DecodePage['matches'] }
  | { kind: 'error'; id: number; error: string };

let decoder: Promise<Decoder> | null = null;
/** The last result, for its next pages. */
let last: { id: number; result: DecodeResult } | null = null;

function load(): Promise<Decoder> {
  decoder ??= fetch('/decode/data.json')
    .then((r) => {
      if (!r.ok) throw new Error(`decoder data: HTTP ${r.status}`);
      return r.json() as Promise<DecodeData>;
    })
    .then(createDecoder);
  return decoder;
}

function reply(message: DecodeResponse) {
  self.postMessage(message);
}

self.onmessage = async (event: MessageEvent<DecodeRequest>) => {
  const request = event.data;
  if (request.kind === 'warm') {
    load().catch(() => (decoder = null)); // the next job reports the failure
    return;
  }
  if (request.kind === 'more') {
    if (last?.id === request.id)
      reply({ kind: 'more', id: request.id, matches: moreMatches(last.result, request.shown) });
    return;
  }
  const { id, text } = request;
  try {
    const d = await load();
    last = null; // free the old result before making the new one
    const start = performance.now();
    const result = d.decode(text);
    const ms = performance.now() - start;
    last = { id, result };
    reply({ kind: 'decode', id, page: firstPage(result), ms });
  } catch (error) {
    decoder = null;
    reply({ kind: 'error', id, error: String((error as Error)?.message ?? error) });
  }
};
