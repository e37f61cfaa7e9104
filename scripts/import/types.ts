/** One error row read from a seed, before Errdex adds its own fields. */
export type SeedRow = {
  vendor: string;
  code: string | null;
  aliases: string[];
  slug: string;
  status: string | null;
  statuses: number[];
  statusNote: string | null;
  message: string;
  messageKind: 'returned' | 'example' | 'description';
  type: string | null;
  detailKeys: string[];
  section: string | null;
  line: number;
};

type SeedVendor = {
  id: string;
  name: string;
  product: string;
  format: 'bluejeans' | 'vaspian' | 'ringcentral' | 'bandwidth' | '8x8';
  shape: string;
  example: string;
  recognizedBy: string;
};

export type SeedDocument = { vendor: SeedVendor; rows: SeedRow[] };

/** A seed line the importer cannot classify: the import stops, naming it. */
export class SeedError extends Error {
  constructor(document: string, line: number, what: string) {
    super(`${document}:${line}: ${what}`);
    this.name = 'SeedError';
  }
}

/** Seed lines with their 1-based numbers, trailing whitespace and CRs removed. */
export function numberedLines(text: string): { n: number; text: string }[] {
  return text.split('\n').map((t, i) => ({ n: i + 1, text: t.replace(/\s+$/, '') }));
}
