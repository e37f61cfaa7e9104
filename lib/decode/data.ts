import type { Catalog, Entry } from '@/lib/catalog/types';
import { entrySummary, plainText } from '@/lib/entry-summary';
import type { BodyFormat, Category, Fault, MessageKind, Retry } from '@/lib/taxonomy';

/**
 * The slice of the catalog the decoder needs, small enough to fetch lazily in the browser
 * and to embed in the command line: facts, our classification and the entry's In short lines
 * (meaning and first step, from lib/entry-summary.ts; never the whole MDX body).
 */
export type DecodeEntry = {
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
  /** Other texts the API was seen to return for this entry, verbatim: matched like `message`. */
  observed: string[];
};

export type DecodeVendor = { id: string; name: string; format: BodyFormat };
export type DecodeData = { vendors: DecodeVendor[]; entries: DecodeEntry[] };

function toDecodeEntry(entry: Entry): DecodeEntry {
  const summary = entrySummary(entry.body);
  return {
    vendor: entry.vendor,
    code: entry.code,
    aliases: entry.aliases,
    statuses: entry.statuses,
    message: entry.message,
    messageKind: entry.messageKind,
    type: entry.type,
    template: entry.errdex.template,
    category: entry.errdex.category,
    fault: entry.errdex.fault,
    retry: entry.errdex.retry,
    url: entry.url,
    meaning: summary ? plainText(summary.meaning) : null,
    step: summary ? plainText(summary.firstStep) : null,
    documented: entry.documented,
    observed: entry.observed.map((o) => o.text),
  };
}

export function toDecodeData(catalog: Catalog): DecodeData {
  return {
    vendors: catalog.vendors.map((v) => ({ id: v.id, name: v.name, format: v.format })),
    entries: catalog.entries.map(toDecodeEntry),
  };
}
