/// <reference lib="webworker" />
import { createDecoder, type Decoder, type DecodeData, type DecodeResult } from '@/lib/decode';

/** Decoding runs here, off the main thread: a multi-megabyte paste never freezes the page. */
export type DecodeRequest = { id: number; text: string };
export type DecodeResponse =
  { id: number; result: DecodeResult; ms: number } | { id: number; error: string };

let decoder: Promise<Decoder> | null = null;

function load(): Promise<Decoder> {
  decoder ??= fetch('/decode/data.json')
    .then((r) => {
      if (!r.ok) throw new Error(`decoder data: HTTP ${r.status}`);
      return r.json() as Promise<DecodeData>;
    })
    .then(createDecoder);
  return decoder;
}

self.onmessage = async (event: MessageEvent<DecodeRequest>) => {
  const { id, text } = event.data;
  try {
    const d = await load();
    const start = performance.now();
    const result = d.decode(text);
    self.postMessage({ id, result, ms: performance.now() - start } satisfies DecodeResponse);
  } catch (error) {
    decoder = null;
    self.postMessage({
      id,
      error: String((error as Error)?.message ?? error),
    } satisfies DecodeResponse);
  }
};
