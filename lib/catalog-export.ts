import type { Catalog, Entry, StandardEntry } from '@/lib/catalog/types';
import { STANDARDS } from '@/lib/namespaces/standards';
import { statusInfo } from '@/lib/taxonomy';
import { standardUrl } from '@/lib/urls';

/** Bumped when the shape of `/catalog.json` changes incompatibly (documented in the README). */
const CATALOG_FORMAT_VERSION = 1;

/** One entry as `/catalog.json` lists it: the vendor's facts, our fields, its change record. */
function entryExport(e: Entry) {
  return {
    vendor: e.vendor,
    slug: e.slug,
    url: e.url,
    code: e.code,
    aliases: e.aliases,
    status: e.status,
    statuses: e.statuses,
    message: e.message,
    messageKind: e.messageKind,
    type: e.type,
    detailKeys: e.detailKeys,
    variables: e.variables,
    section: e.section,
    // The seed row of a documented entry; `{url}` of the public source of an undocumented one.
    source: e.source,
    documented: e.documented,
    observed: e.observed,
    errdex: e.errdex,
    explanation: e.body || null,
    changes: e.changes,
  };
}

/** `<entry path>.json`: exactly the entry's `/catalog.json` item, plus the format version. */
export function entryDocument(e: Entry) {
  return { version: CATALOG_FORMAT_VERSION, ...entryExport(e) };
}

/** One telecom standard code as `/catalog.json` lists it: the standard's facts verbatim, then ours. */
function standardCodeExport(s: StandardEntry) {
  return {
    namespace: s.namespace,
    slug: s.slug,
    url: s.url,
    code: s.code,
    title: s.title,
    group: s.group,
    aliases: s.aliases,
    // As `../shared/standards/<namespace>.json` gives them: keys and values untouched.
    facts: s.facts,
    errdex: s.errdex,
    explanation: s.body || null,
  };
}

/** `<entry path>.json` of a standard code: its `/catalog.json` item, plus the format version. */
export function standardDocument(s: StandardEntry) {
  return { version: CATALOG_FORMAT_VERSION, ...standardCodeExport(s) };
}

/** Keys of the sources a namespace's facts cite (`sources`, `sip_by_source`), first seen first. */
function sourceKeys(codes: StandardEntry[]): string[] {
  const keys = new Set<string>();
  for (const { facts } of codes) {
    if (Array.isArray(facts.sources))
      for (const k of facts.sources) if (typeof k === 'string') keys.add(k);
    const bySource = facts.sip_by_source;
    if (bySource && typeof bySource === 'object')
      for (const k of Object.keys(bySource)) keys.add(k);
  }
  return [...keys];
}

/** The `standards` section: each namespace with its count and sources, then every code. */
function standardsExport(catalog: Catalog) {
  return {
    namespaces: STANDARDS.map((standard) => {
      const codes = catalog.standards.filter((s) => s.namespace === standard.id);
      return {
        id: standard.id,
        name: standard.name,
        label: standard.label,
        url: standardUrl(standard.id),
        entries: codes.length,
        sources: sourceKeys(codes),
      };
    }),
    codes: catalog.standards.map(standardCodeExport),
  };
}

/**
 * The public, machine-readable catalog: the vendor's facts and Errdex's own fields kept apart
 * (`errdex`, `explanation`), site-relative URLs, and the build time.
 */
export function catalogExport(catalog: Catalog, site: string, generated: string) {
  const statuses = [...new Set(catalog.entries.flatMap((e) => e.statuses))].sort((a, b) => a - b);
  return {
    version: CATALOG_FORMAT_VERSION,
    generated,
    site,
    vendors: catalog.vendors.map((v) => {
      const entries = catalog.entries.filter((e) => e.vendor === v.id);
      const observed = entries.filter((e) => !e.documented).length;
      return {
        id: v.id,
        name: v.name,
        product: v.product,
        format: v.format,
        shape: v.shape,
        example: v.example,
        recognizedBy: v.recognizedBy,
        source: v.source,
        url: v.url,
        guidance: v.body || null,
        entries: entries.length,
        // Counted apart: what the vendor documents, and codes only observed in real responses.
        documented: entries.length - observed,
        observed,
      };
    }),
    entries: catalog.entries.map(entryExport),
    statuses: statuses.map((status) => ({
      status,
      name: statusInfo(status).name,
      meaning: statusInfo(status).meaning,
      guidance: catalog.statusDocs.find((d) => d.status === status)?.body || null,
    })),
    equivalents: catalog.equivalents.map((g) => ({
      id: g.id,
      title: g.title,
      entries: g.entries,
    })),
    // Added after version 1 shipped; readers of the vendor part are unaffected.
    standards: standardsExport(catalog),
  };
}
