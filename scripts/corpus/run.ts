import type { Catalog } from '@/lib/catalog/types';
import { entryKey } from '@/lib/catalog/tokens';
import { toDecodeData } from '@/lib/decode/data';
import { createDecoder } from '@/lib/decode';
import { buildSearchData, createSearchIndex } from '@/lib/search';
import type { CorpusItem } from './load';

/** What Errdex made of an item: entry keys, in the order decode or search gave them. */
export type Outcome = {
  item: CorpusItem;
  got: string[];
  /** decode: exactly the expected matches, in order; search: the best hit is expected. */
  exact: boolean;
  /** The first match (or hit) is expected; for a decode item expecting nothing: nothing matched. */
  hit1: boolean;
  /** An expected entry is among the first three (decode expecting nothing: nothing matched). */
  hit3: boolean;
};

export type Runner = {
  /** Every catalog key (`vendor/slug`), to validate what items expect. */
  known: Set<string>;
  decode: (text: string) => string[];
  search: (text: string) => string[];
};

/**
 * Every entry's key by its page: `<vendor>/<slug>` for a vendor's, `<namespace>/<slug>` for a
 * standard code (`sip/486`, `smpp/esme_rthrottled`).
 */
export function corpusKeys(catalog: Catalog): Map<string, string> {
  return new Map([
    ...catalog.entries.map((e): [string, string] => [e.url, entryKey(e)]),
    ...catalog.standards.map((s): [string, string] => [
      s.url,
      entryKey({ vendor: s.namespace, slug: s.slug }),
    ]),
  ]);
}

/** The library's decoder and search over one catalog, answering in entry keys. */
export function libraryRunner(catalog: Catalog): Runner {
  const keyOfUrl = corpusKeys(catalog);
  const decoder = createDecoder(toDecodeData(catalog));
  const index = createSearchIndex(buildSearchData(catalog));
  return {
    known: new Set(keyOfUrl.values()),
    decode: (text) =>
      decoder.decode(text).matches.map((m) => keyOfUrl.get(m.entry.url) ?? m.entry.url),
    search: (text) => index.search(text, { limit: 10 }).map((h) => h.doc.key),
  };
}

/** Judges what was got for an item against what it expects. */
export function judge(item: CorpusItem, got: string[]): Outcome {
  const expected = new Set(item.expect);
  const none = item.expect.length === 0;
  const within = (n: number) =>
    none ? got.length === 0 : got.slice(0, n).some((k) => expected.has(k));
  const hit1 = within(1);
  const exact =
    item.kind === 'decode'
      ? got.length === item.expect.length && got.every((k, i) => k === item.expect[i])
      : hit1;
  return { item, got, exact, hit1, hit3: within(3) };
}

export function runCorpus(items: CorpusItem[], runner: Runner): Outcome[] {
  return items.map((item) =>
    judge(item, item.kind === 'decode' ? runner.decode(item.input) : runner.search(item.input)),
  );
}

/** The vendor an item is about: its first expected entry's, or "other APIs" for a distractor. */
function vendorOf(item: CorpusItem): string {
  return item.expect[0]?.split('/')[0] ?? 'other APIs';
}

function rate(n: number, of: number): string {
  return of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}% (${n}/${of})`;
}

/** The report `npm run corpus` prints: rates per kind and per vendor, false matches, misses. */
export function corpusReport(outcomes: Outcome[]): string {
  const rows: string[][] = [['group', 'items', 'hit@1', 'hit@3', 'exact']];
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) {
    for (const g of [`${o.item.kind}`, `${o.item.kind} · ${vendorOf(o.item)}`]) {
      const list = groups.get(g);
      if (list) list.push(o);
      else groups.set(g, [o]);
    }
  }
  for (const [group, list] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
    const count = (f: (o: Outcome) => boolean) => list.filter(f).length;
    rows.push([
      group,
      String(list.length),
      rate(
        count((o) => o.hit1),
        list.length,
      ),
      rate(
        count((o) => o.hit3),
        list.length,
      ),
      list[0]?.item.kind === 'decode'
        ? rate(
            count((o) => o.exact),
            list.length,
          )
        : '-',
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const table = rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd(),
  );
  const foreign = outcomes.filter((o) => o.item.kind === 'decode' && o.item.expect.length === 0);
  const falseMatches = foreign.filter((o) => o.got.length > 0).length;
  const misses = outcomes.filter((o) => !(o.item.kind === 'decode' ? o.exact : o.hit3));
  return [
    ...table,
    '',
    `false matches on other APIs: ${falseMatches} of ${foreign.length} bodies`,
    `misses (decode: not exact; search: not in the top 3): ${misses.length}`,
    ...misses.map(
      (o) =>
        `  ${o.item.id} (${o.item.file}): expected [${o.item.expect.join(', ')}], got [${o.got.slice(0, 5).join(', ')}]${o.item.miss ? ` (known miss: ${o.item.miss})` : ''}`,
    ),
  ].join('\n');
}
