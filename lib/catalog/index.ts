import type { Catalog, Entry, EquivalenceGroup, StandardEntry, StatusDoc, Vendor } from './types';
import { codePathToken, entryKey, tokenKey } from './tokens';
import { STANDARDS } from '@/lib/namespaces/standards';

export type { Catalog, Entry, EquivalenceGroup, StatusDoc, Vendor } from './types';
export { entryKey } from './tokens';

/**
 * What a `/code/<token>/` page lists: a vendor's entry or a standard's code, with what it
 * takes to name and link it (`vendor` is the namespace id for a standard).
 */
export type CodeTarget = {
  kind: 'vendor' | 'standard';
  vendor: string;
  code: string | null;
  message: string;
  status: string | null;
  url: string;
};

/**
 * Read-side views over a validated catalog: the loaders every face uses, named by intent.
 * Pure: the browser, the CLI and the build all call these.
 */
export type CatalogView = ReturnType<typeof createCatalogView>;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function createCatalogView(catalog: Catalog) {
  const byKey = new Map<string, Entry>();
  const byToken = new Map<string, Entry[]>();
  const byCodePath = new Map<string, CodeTarget[]>();
  const byStatus = new Map<number, Entry[]>();
  const byVendor = new Map<string, Entry[]>();
  const byMessage = new Map<string, Entry[]>();
  const groupsByEntry = new Map<string, EquivalenceGroup[]>();
  const vendors = new Map<string, Vendor>(catalog.vendors.map((v) => [v.id, v]));

  for (const entry of catalog.entries) {
    byKey.set(entryKey(entry), entry);
    push(byVendor, entry.vendor, entry);
    push(byMessage, entry.message.trim().toLowerCase(), entry);
    for (const status of entry.statuses) push(byStatus, status, entry);
    const identifiers = [entry.code, ...entry.aliases].filter((x): x is string => x !== null);
    for (const id of new Set(identifiers.map(tokenKey))) push(byToken, id, entry);
    const target: CodeTarget = {
      kind: 'vendor',
      vendor: entry.vendor,
      code: entry.code,
      message: entry.message,
      status: entry.status,
      url: entry.url,
    };
    for (const id of new Set(identifiers.map(codePathToken))) push(byCodePath, id, target);
  }
  // Standards share the /code/ space: `486` lists SIP 486 beside any vendor's code 486.
  for (const s of catalog.standards) {
    const target: CodeTarget = {
      kind: 'standard',
      vendor: s.namespace,
      code: s.code,
      message: s.title,
      status: null,
      url: s.url,
    };
    for (const id of new Set([s.code, ...s.aliases].map(codePathToken)))
      push(byCodePath, id, target);
  }
  const standardsByKey = new Map(catalog.standards.map((s) => [`${s.namespace}/${s.slug}`, s]));
  const linkedStandards = new Map<string, { standard: StandardEntry; why: string }[]>();
  const linkedEntries = new Map<string, { entry: Entry; why: string }[]>();
  // One list, read both ways: a link shows on the vendor's page and on the standard's.
  for (const link of catalog.standardLinks) {
    const entry = byKey.get(link.entry);
    const standard = standardsByKey.get(link.standard);
    if (!entry || !standard) continue;
    push(linkedStandards, link.entry, { standard, why: link.why });
    push(linkedEntries, link.standard, { entry, why: link.why });
  }
  const labels = new Map<string, string>([
    ...STANDARDS.map((s): [string, string] => [s.id, s.label]),
    ...catalog.vendors.map((v): [string, string] => [v.id, v.name]),
  ]);
  for (const group of catalog.equivalents)
    for (const key of group.entries) push(groupsByEntry, key, group);

  return {
    catalog,
    getVendors: (): Vendor[] => catalog.vendors,
    getVendor: (id: string): Vendor | undefined => vendors.get(id),
    getEntries: (): Entry[] => catalog.entries,
    getEntry: (vendor: string, slug: string): Entry | undefined => byKey.get(`${vendor}/${slug}`),
    getEntryByKey: (key: string): Entry | undefined => byKey.get(key),
    getEntriesByVendor: (vendor: string): Entry[] => byVendor.get(vendor) ?? [],
    getEntriesByStatus: (status: number): Entry[] => byStatus.get(status) ?? [],
    /** Every status some entry has, ascending. */
    getStatuses: (): number[] => [...byStatus.keys()].sort((a, b) => a - b),
    /** Entries whose code or alias is this token, ignoring case and dashes (`cmn301` finds CMN-301). */
    lookupToken: (token: string): Entry[] => byToken.get(tokenKey(token)) ?? [],
    /** Every `/code/<token>/` segment and what it lists, across vendors and standards. */
    getCodePaths: (): Map<string, CodeTarget[]> => byCodePath,
    getEntriesByCodePath: (token: string): CodeTarget[] => byCodePath.get(token) ?? [],
    /** How a namespace is named before its codes: the vendor's name, a standard's label (`SIP`). */
    getNamespaceLabel: (id: string): string => labels.get(id) ?? id,
    /** Other entries with exactly the same documented message. */
    getSameMessage: (entry: Entry): Entry[] =>
      (byMessage.get(entry.message.trim().toLowerCase()) ?? []).filter((e) => e !== entry),
    getStatusDoc: (status: number): StatusDoc | undefined =>
      catalog.statusDocs.find((d) => d.status === status),
    getEquivalenceGroups: (entry: Entry): EquivalenceGroup[] =>
      groupsByEntry.get(entryKey(entry)) ?? [],
    /** The codes of one telecom standard, in the standard's own order. */
    getStandardEntries: (namespace: string): StandardEntry[] =>
      catalog.standards.filter((s) => s.namespace === namespace),
    /** The standard codes a vendor entry relates to (curated), with why. */
    getLinkedStandards: (entry: Entry) => linkedStandards.get(entryKey(entry)) ?? [],
    /** The vendor entries that relate to a standard code: the same links, read back. */
    getLinkedEntries: (standard: StandardEntry) =>
      linkedEntries.get(`${standard.namespace}/${standard.slug}`) ?? [],
    getStandardEntry: (namespace: string, slug: string): StandardEntry | undefined =>
      catalog.standards.find((s) => s.namespace === namespace && s.slug === slug),
  };
}
