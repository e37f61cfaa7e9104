import type { Catalog } from '@/lib/catalog/types';
import { entryKey } from '@/lib/catalog/tokens';
import { entryUrl, standardUrl } from '@/lib/urls';
import { CATEGORIES, FAULTS, MESSAGE_KINDS, RETRIES, type StandardKind } from '@/lib/taxonomy';
import type { Phrasings, SearchData, SearchDocument } from './types';

/**
 * What search needs of each entry, in catalog order: the facts a hit shows, nothing of the
 * explanation. (The first step would double the shipped data: hits show fault and retry, and
 * the entry one click away starts with its first step.)
 */
export function buildSearchDocuments(catalog: Catalog): SearchDocument[] {
  const vendors = catalog.entries.map((e) => ({
    key: entryKey(e),
    vendor: e.vendor,
    code: e.code,
    aliases: e.aliases,
    statuses: e.statuses,
    message: e.message,
    observed: e.observed.map((o) => o.text),
    template: e.errdex.template,
    url: entryUrl(e.vendor, e.slug),
    category: e.errdex.category,
    fault: e.errdex.fault,
    retry: e.errdex.retry,
    messageKind: e.messageKind,
    kind: 'vendor' as const,
    ...(e.documented ? {} : { documented: false as const }),
  }));
  // A standard's code is searched like a vendor's: its identifiers, and its title as the message.
  const standards = catalog.standards.map((s): SearchDocument => ({
    key: entryKey({ vendor: s.namespace, slug: s.slug }),
    vendor: s.namespace,
    code: s.code,
    aliases: s.aliases,
    statuses: [],
    message: s.title,
    observed: [],
    template: null,
    url: standardUrl(s.namespace, s.slug),
    category: s.errdex.category,
    fault: s.errdex.fault,
    retry: s.errdex.retry,
    messageKind: 'description',
    kind: 'standard',
    faultWords: s.faultWords,
  }));
  return [...vendors, ...standards];
}

/** What the index is built from: the documents and the catalog's equivalent phrasings. */
export function buildSearchData(catalog: Catalog): SearchData {
  return {
    docs: buildSearchDocuments(catalog),
    phrasings: catalog.phrasings.map((g) => ({ id: g.id, phrases: g.phrases })),
  };
}

/**
 * The static search-data file: one column per field, so gzip sees like next to like. Enums are
 * indexes into the taxonomy lists, a slug equal to the lowercased code is left out (''), and
 * the rare fields (aliases, observed wordings, templates) are sparse `[row, value]` pairs.
 * Version 2 added `observed` and `phrasings`; version 3 the standards' codes, whose namespaces
 * `standards` lists (indexes into `vendors`).
 */
export type PackedSearchData = {
  v: 3;
  vendors: string[];
  /** Which of `vendors` are telecom standard namespaces: their rows are standard codes. */
  standards: number[];
  /** What each of `standards` is about (`call`, `message`), in the same order: its fault words. */
  standardWords?: string[];
  vendor: number[];
  code: (string | null)[];
  slug: string[];
  statuses: number[][];
  message: string[];
  enums: string;
  aliases: [number, string[]][];
  observed: [number, string[]][];
  template: [number, string][];
  /** Rows of undocumented entries (absent in files written before they existed). */
  undocumented?: number[];
  /** Equivalent phrasings: `[group id, phrases]`. */
  phrasings: [string, string[]][];
};

const ENUMS = [CATEGORIES, FAULTS, RETRIES, MESSAGE_KINDS] as const;
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
/** Shared by every entry without aliases or observed wordings (never mutated). */
const NO_ALIASES: string[] = [];

function slugOf(doc: SearchDocument): string {
  return doc.key.slice(doc.vendor.length + 1);
}

export function packSearchData({ docs, phrasings }: SearchData): PackedSearchData {
  const vendors = [...new Set(docs.map((d) => d.vendor))];
  const standards = new Set(docs.flatMap((d) => (d.kind === 'standard' ? [d.vendor] : [])));
  const packed: PackedSearchData = {
    v: 3,
    vendors,
    standards: vendors.flatMap((v, i) => (standards.has(v) ? [i] : [])),
    standardWords: vendors.flatMap((v) =>
      standards.has(v) ? [docs.find((d) => d.vendor === v)?.faultWords ?? ''] : [],
    ),
    vendor: [],
    code: [],
    slug: [],
    statuses: [],
    message: [],
    enums: '',
    aliases: [],
    observed: [],
    template: [],
    phrasings: phrasings.map((g) => [g.id, [...g.phrases]]),
  };
  const enums: string[] = [];
  docs.forEach((d, i) => {
    packed.vendor.push(vendors.indexOf(d.vendor));
    packed.code.push(d.code);
    const slug = slugOf(d);
    packed.slug.push(d.code !== null && slug === d.code.toLowerCase() ? '' : slug);
    packed.statuses.push(d.statuses);
    packed.message.push(d.message);
    const values = [d.category, d.fault, d.retry, d.messageKind];
    enums.push(values.map((v, k) => DIGITS[(ENUMS[k] as readonly string[]).indexOf(v)]).join(''));
    if (d.aliases.length > 0) packed.aliases.push([i, d.aliases]);
    if (d.observed.length > 0) packed.observed.push([i, d.observed]);
    if (d.template !== null) packed.template.push([i, d.template]);
    if (d.documented === false) (packed.undocumented ??= []).push(i);
  });
  packed.enums = enums.join('');
  return packed;
}

/** Reads the search-data file back; throws one line when the file is not one. */
export function unpackSearchData(data: unknown): SearchData {
  const p = data as PackedSearchData;
  if (!p || p.v !== 3 || !Array.isArray(p.message) || p.enums.length !== p.message.length * 4)
    throw new Error('search data: not a version 3 search-data file');
  const phrasings: Phrasings = p.phrasings.map(([id, phrases]) => ({ id, phrases }));
  return { docs: unpackDocuments(p), phrasings };
}

function unpackDocuments(p: PackedSearchData): SearchDocument[] {
  const aliases = new Map(p.aliases);
  const observed = new Map(p.observed);
  const templates = new Map(p.template);
  const undocumented = new Set(p.undocumented ?? []);
  const standards = new Set(p.standards);
  const words = new Map(
    p.standards.map((v, k) => [v, (p.standardWords?.[k] || undefined) as StandardKind | undefined]),
  );
  // Runs for every entry on first search: no closures or fresh empty lists per entry.
  const value = (k: number, digit: string) =>
    (ENUMS[k] as readonly string[])[DIGITS.indexOf(digit)] as string;
  return p.message.map((message, i) => {
    const vendor = p.vendors[p.vendor[i] as number] as string;
    const standard = standards.has(p.vendor[i] as number);
    const code = p.code[i] ?? null;
    const slug = p.slug[i] || (code ?? '').toLowerCase();
    const at = i * 4;
    return {
      key: `${vendor}/${slug}`,
      vendor,
      code,
      aliases: aliases.get(i) ?? NO_ALIASES,
      statuses: p.statuses[i] ?? [],
      message,
      observed: observed.get(i) ?? NO_ALIASES,
      template: templates.get(i) ?? null,
      url: standard ? standardUrl(vendor, slug) : entryUrl(vendor, slug),
      category: value(0, p.enums[at] as string),
      fault: value(1, p.enums[at + 1] as string),
      retry: value(2, p.enums[at + 2] as string),
      messageKind: value(3, p.enums[at + 3] as string),
      kind: standard ? 'standard' : 'vendor',
      ...(standard && { faultWords: words.get(p.vendor[i] as number) }),
      ...(undocumented.has(i) && { documented: false }),
    } as SearchDocument;
  });
}
