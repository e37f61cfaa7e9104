import fs from 'node:fs';
import type { Catalog } from '@/lib/catalog/types';
import { toDecodeData, type DecodeData } from '@/lib/decode/data';
import { buildSearchData, type SearchData } from '@/lib/search';

export type CliData = { decode: DecodeData; search: SearchData };

/** Replaced at bundle time by the prebuilt catalog (see scripts/build/build-cli.ts). */
declare const __ERRDEX_DATA__: CliData | undefined;

/** The catalog without MDX bodies: decode data (with one-line summaries) and search data. */
export function cliData(catalog: Catalog): CliData {
  return { decode: toDecodeData(catalog), search: buildSearchData(catalog) };
}

/** The embedded data in the bundle; from generated/catalog.json when run from source. */
export function loadData(): CliData {
  if (typeof __ERRDEX_DATA__ !== 'undefined') return __ERRDEX_DATA__;
  const file = new URL('../generated/catalog.json', import.meta.url);
  if (!fs.existsSync(file))
    throw new UsageError('generated/catalog.json is missing: run `npm run build` first');
  return cliData(JSON.parse(fs.readFileSync(file, 'utf8')) as Catalog);
}

/** A problem with how errdex was called: one line on stderr, exit status 2. */
export class UsageError extends Error {}
