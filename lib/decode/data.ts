import type { Catalog, Entry } from '@/lib/catalog/types';
import type { BodyFormat, Category, Fault, MessageKind, Retry } from '@/lib/taxonomy';

/**
 * The slice of the catalog the decoder needs, small enough to fetch lazily in the browser
 * and to embed in the command line: facts, our classification and two one-line summaries
 * taken from the entry's explanation (never the whole MDX body).
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
  /** First sentence of "What it means", or null when the entry has no explanation yet. */
  meaning: string | null;
  /** First sentence of "What to do". */
  todo: string | null;
};

export type DecodeVendor = { id: string; name: string; format: BodyFormat };
export type DecodeData = { vendors: DecodeVendor[]; entries: DecodeEntry[] };

/** The body of one `## Heading` section, or null. */
export function sectionText(body: string, heading: string): string | null {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.trim().toLowerCase() === `## ${heading}`.toLowerCase());
  if (start < 0) return null;
  const rest: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2}\s/.test(line)) break;
    rest.push(line);
  }
  const text = rest.join(' ').replace(/\s+/g, ' ').trim();
  return text || null;
}

/** First sentence of a paragraph, with MDX emphasis and links reduced to their text. */
export function firstSentence(text: string | null): string | null {
  if (!text) return null;
  const plain = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/^(?:[-*]|\d+[.)])\s+/, '')
    .trim();
  // A sentence ends at . ! or ? followed by something that does not continue it in lower case.
  const m = /^.*?[.!?](?=\s+[^a-z\s]|$)/.exec(plain);
  return (m ? m[0] : plain).slice(0, 300);
}

function toDecodeEntry(entry: Entry): DecodeEntry {
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
    meaning: firstSentence(sectionText(entry.body, 'What it means')),
    todo: firstSentence(sectionText(entry.body, 'What to do')),
  };
}

export function toDecodeData(catalog: Catalog): DecodeData {
  return {
    vendors: catalog.vendors.map((v) => ({ id: v.id, name: v.name, format: v.format })),
    entries: catalog.entries.map(toDecodeEntry),
  };
}
