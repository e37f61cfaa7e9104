import type { EntryChange } from './changes-schema';
import type { StandardLink } from './standard-links';
import type { StandardKind } from '@/lib/taxonomy';
import type {
  EntryFrontmatter,
  PhrasingGroup,
  StandardEntryFrontmatter,
  VendorFrontmatter,
} from './schema';

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
  /** Its dated change record (`content/changes.yaml`), oldest first. */
  changes: EntryChange[];
};

/** One code of a telecom standard: the standard's facts, our fields and our explanation (MDX body). */
export type StandardEntry = StandardEntryFrontmatter & {
  /** Its name: reason phrase, cause name or meaning (read from the facts by its namespace module). */
  title: string;
  /** The class it is listed under on its standard's page. */
  group: string;
  /** Other identifiers that resolve to it (`sip-486`, `0x58`, `USER_BUSY`). */
  aliases: string[];
  /** What its standard's codes are about (`call`, `message`): the words its fault is told in. */
  faultWords: StandardKind;
  /** Canonical page, site-relative: `/standards/<namespace>/<slug>/`. */
  url: string;
  /** Every token that resolves to it (code and aliases), lowercased. */
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
  /** Telecom standard codes (SIP, Q.850, SMPP), in namespace order then file order. */
  standards: StandardEntry[];
  /** Curated links between vendor errors and standard codes (`content/standard-links.yaml`). */
  standardLinks: StandardLink[];
};
