import type { EntryFrontmatter, PhrasingGroup, VendorFrontmatter } from './schema';

export type { PhrasingGroup } from './schema';

/** One catalogued error: its validated facts, our fields, and its explanation (MDX body). */
export type Entry = EntryFrontmatter & {
  /** Canonical page, site-relative: `/vendors/<vendor>/<slug>/`. */
  url: string;
  /** Every token that resolves to this entry (code and aliases), lowercased. */
  tokens: string[];
  /** The MDX body: our explanation. */
  body: string;
  /** Content file, relative to the content directory. */
  file: string;
};

export type Vendor = VendorFrontmatter & { body: string; file: string; url: string };

/** Cross-vendor groups of entries that mean the same thing (curated in content). */
export type EquivalenceGroup = { id: string; title: string; entries: string[] };

/** Our account of an HTTP status and of how each vendor uses it (MDX body). */
export type StatusDoc = { status: number; body: string; file: string };

/** The whole validated catalog: what routes, search data and the CLI share (also `/catalog.json`). */
export type Catalog = {
  vendors: Vendor[];
  entries: Entry[];
  equivalents: EquivalenceGroup[];
  statusDocs: StatusDoc[];
  /** Equivalent phrasings search applies in both directions (`content/phrasings.md`). */
  phrasings: PhrasingGroup[];
};
