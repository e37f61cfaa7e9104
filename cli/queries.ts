import { lookupResult } from '@/lib/decode/lookup';
import { createDecoder, type Decoder } from '@/lib/decode';
import type { DecodeEntry } from '@/lib/decode/data';
import type { DecodeMatch } from '@/lib/decode/types';
import { createSearchIndex, type SearchIndex } from '@/lib/search';
import type { CliData } from './data';

/**
 * What the CLI, the library and the MCP server all ask of the catalog, before any of them shapes
 * output: one implementation, so `errdex … --json`, `import { … } from 'errdex'` and the MCP
 * tools return the same items.
 */
export type Engine = {
  data: CliData;
  /** Built on first use: `search` never needs it. */
  decoder: () => Decoder;
  /** Built on first use: only `search` pays for the index. */
  search: () => SearchIndex;
};

export function createEngine(data: CliData): Engine {
  let decoder: Decoder | null = null;
  let index: SearchIndex | null = null;
  return {
    data,
    decoder: () => (decoder ??= createDecoder(data.decode)),
    search: () => (index ??= createSearchIndex(data.search)),
  };
}

/** Entries whose code, name or number is the token (ignoring case and dashes); else candidates. */
export function lookupEntries(
  engine: Engine,
  token: string,
): { matches: DecodeMatch[]; suggestions: DecodeEntry[] } {
  return lookupResult(engine.decoder(), engine.data.decode.entries, token);
}

/** The namespace ids a search can be limited to: the vendors', then the standards'. */
export function vendorIds(engine: Engine): string[] {
  return [...engine.data.decode.vendors, ...engine.data.decode.standards].map((v) => v.id);
}

/** Search hits as decode entries (search and decode read one catalog), best first. */
export function searchEntries(
  engine: Engine,
  query: string,
  opts: { limit: number; vendor?: string; status?: number },
): DecodeEntry[] {
  const byUrl = new Map(engine.data.decode.entries.map((e) => [e.url, e]));
  return engine
    .search()
    .search(query, opts)
    .flatMap(({ doc }) => byUrl.get(doc.url) ?? []);
}
