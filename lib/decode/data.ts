import type { Catalog, Entry, StandardEntry } from '@/lib/catalog/types';
import type { Related } from '@/lib/namespaces/standard';
import { STANDARDS } from '@/lib/namespaces/standards';
import { entrySummary, plainText } from '@/lib/entry-summary';
import type { BodyFormat, Category, Fault, MessageKind, Retry, StandardKind } from '@/lib/taxonomy';

/**
 * The slice of the catalog the decoder needs, small enough to fetch lazily in the browser
 * and to embed in the command line: facts, our classification and the entry's In short lines
 * (meaning and first step, from lib/entry-summary.ts; never the whole MDX body).
 */
export type DecodeEntry = {
  /** What the namespace is: a vendor's API, or a telecom standard (SIP, Q.850, SMPP). */
  kind: 'vendor' | 'standard';
  /** Namespace id: the vendor, or the standard (`sip`, `q850`, `smpp`). */
  vendor: string;
  code: string | null;
  aliases: string[];
  statuses: number[];
  message: string;
  messageKind: MessageKind;
  type: string | null;
  /** Our derived template (BlueJeans), null when the message itself is the template. */
  template: string | null;
  category: Category;
  fault: Fault;
  retry: Retry;
  url: string;
  /** First sentence of "What it means" (lib/entry-summary.ts), null without an explanation. */
  meaning: string | null;
  /** First step of "What to do", as the entry page's In short block shows it, in plain text. */
  step: string | null;
  /** False for a code seen in real responses that the vendor's documentation lacks. */
  documented: boolean;
  /** A standard code's kind (`call`, `message`): the words its fault is told in (lib/taxonomy.ts). */
  faultWords?: StandardKind;
  /** Other texts the API was seen to return for this entry, verbatim: matched like `message`. */
  observed: string[];
  /** A standard code's counterparts in other standards, and who maps them (Q.850 17 → SIP 486). */
  related?: Related[];
};

export type DecodeVendor = { id: string; name: string; format: BodyFormat };
/** A standard's names: `label` prefixes its codes (`SIP 486`), `name` titles it. */
type DecodeStandard = { id: string; name: string; label: string };
export type DecodeData = {
  vendors: DecodeVendor[];
  standards: DecodeStandard[];
  /** Every vendor entry, then every standard code. */
  entries: DecodeEntry[];
};

/** What both kinds of entry give the decoder alike: their assessment, page and short answer. */
function shared(entry: Entry | StandardEntry) {
  const summary = entrySummary(entry.body);
  return {
    code: entry.code,
    aliases: entry.aliases,
    category: entry.errdex.category,
    fault: entry.errdex.fault,
    retry: entry.errdex.retry,
    url: entry.url,
    meaning: summary ? plainText(summary.meaning) : null,
    step: summary ? plainText(summary.firstStep) : null,
  };
}

function toDecodeEntry(entry: Entry): DecodeEntry {
  return {
    kind: 'vendor',
    vendor: entry.vendor,
    statuses: entry.statuses,
    message: entry.message,
    messageKind: entry.messageKind,
    type: entry.type,
    template: entry.errdex.template,
    documented: entry.documented,
    observed: entry.observed.map((o) => o.text),
    ...shared(entry),
  };
}

/** A standard code as the decoder and lookups see it: no HTTP status, its name as message. */
function toStandardDecodeEntry(entry: StandardEntry): DecodeEntry {
  const related = STANDARDS.find((s) => s.id === entry.namespace)?.related(entry.facts) ?? [];
  return {
    kind: 'standard',
    faultWords: entry.faultWords,
    vendor: entry.namespace,
    statuses: [],
    message: entry.title,
    messageKind: 'description',
    type: null,
    template: null,
    documented: true,
    observed: [],
    ...shared(entry),
    ...(related.length > 0 && { related }),
  };
}

export function toDecodeData(catalog: Catalog): DecodeData {
  const used = new Set(catalog.standards.map((s) => s.namespace));
  return {
    vendors: catalog.vendors.map((v) => ({ id: v.id, name: v.name, format: v.format })),
    standards: STANDARDS.filter((s) => used.has(s.id)).map((s) => ({
      id: s.id,
      name: s.name,
      label: s.label,
    })),
    entries: [
      ...catalog.entries.map(toDecodeEntry),
      ...catalog.standards.map(toStandardDecodeEntry),
    ],
  };
}
