import { REPO_SOURCE } from '@/lib/catalog/public-source';
import type { Entry } from '@/lib/catalog/types';

/** How an entry is named in lists and titles: its code, or "<status> <message>" when it has none. */
export function entryLabel(entry: Pick<Entry, 'code' | 'message' | 'status'>): string {
  if (entry.code !== null) return entry.code;
  if (!entry.status || entry.message.startsWith(entry.status)) return entry.message;
  return `${entry.status} ${entry.message}`;
}

/** A code-less entry's link text in lists: its status and "(no code)". */
export function noCodeText(entry: Pick<Entry, 'status'>): string {
  return `${entry.status ?? 'no status'} (no code)`;
}

/**
 * The accessible name of a code-less entry's link: code-less rows share their visible text, so
 * the message tells them apart. Undefined for an entry with a code (its code names it).
 */
export function noCodeLabel(
  entry: Pick<Entry, 'code' | 'status' | 'message'>,
  prefix = '',
): string | undefined {
  return entry.code === null ? `${prefix}${noCodeText(entry)}: ${entry.message}` : undefined;
}

/** Shortens a text for a meta description, at a word boundary. */
export function clip(text: string, max = 155): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** Groups entries by each HTTP status they carry (an entry with two statuses sits in both). */
export function groupByStatus(entries: Entry[]): { statuses: [number, Entry[]][]; none: Entry[] } {
  const map = new Map<number, Entry[]>();
  const none: Entry[] = [];
  for (const e of entries) {
    if (e.statuses.length === 0) none.push(e);
    for (const s of e.statuses) {
      const list = map.get(s);
      if (list) list.push(e);
      else map.set(s, [e]);
    }
  }
  return { statuses: [...map].sort((a, b) => a[0] - b[0]), none };
}

/** How many same-status errors an entry lists before sending the reader to its vendor's page. */
export const RELATED_LIMIT = 10;

/**
 * Errors to read next to this one: the same vendor with the same statuses (or, without a
 * documented status, the same section of the vendor's document).
 */
export function relatedByStatus(entry: Entry, vendorEntries: Entry[]): Entry[] {
  return vendorEntries.filter(
    (e) =>
      e !== entry &&
      (entry.statuses.length > 0
        ? e.statuses.some((s) => entry.statuses.includes(s))
        : e.statuses.length === 0 && e.section === entry.section),
  );
}

/** What `/code/<token>/` does: send the reader to the one entry, or list several. */
export type CodePage<T extends { url: string }> =
  { kind: 'redirect'; url: string; entry: T } | { kind: 'list'; entries: T[] };

export function codePage<T extends { url: string }>(entries: T[]): CodePage<T> | null {
  if (entries.length === 0) return null;
  if (entries.length === 1) return { kind: 'redirect', url: entries[0]!.url, entry: entries[0]! };
  return { kind: 'list', entries };
}

/** "RingCentral's", "BlueJeans'": a vendor name as a possessive. */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/**
 * Where a public source opens: a URL as it is; `owner/repo@commit:path` on GitHub at that
 * commit (the form the catalog schema accepts for a file in a public repository).
 */
export function sourceHref(source: string): string {
  const repo = REPO_SOURCE.exec(source);
  return repo ? `https://github.com/${repo[1]}/blob/${repo[2]}/${repo[3]}` : source;
}

/** Entries counted apart: the vendor documents some, others were only observed in responses. */
export function countLine(entries: Pick<Entry, 'documented'>[]): string {
  const observed = entries.filter((e) => !e.documented).length;
  const documented = entries.length - observed;
  return observed > 0
    ? `${documented} documented · ${observed} observed`
    : `${documented} documented`;
}

/** "a, b and c": a list of phrases in running text. */
export function listPhrase(items: string[]): string {
  return items.length > 1
    ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
    : String(items[0]);
}

/** Which fields of an entry its vendor documents and which ones Errdex wrote, in words. */
export function provenance(entry: Entry): { documented: string[]; ours: string[] } {
  const documented = [
    entry.code !== null ? 'the code' : null,
    entry.aliases.length > 0 ? 'its number' : null,
    entry.status !== null ? 'the status' : null,
    'the message',
    entry.type ? 'the type' : null,
    entry.detailKeys.length > 0 ? 'the detail keys' : null,
  ];
  const ours = [
    'the kind of error',
    'who must fix it',
    'the retry advice',
    entry.body ? 'the explanation' : null,
    entry.errdex.template ? 'the derived template' : null,
    entry.errdex.statusNote ? 'the reading of the documented status' : null,
    'the example body',
  ];
  const present = (list: (string | null)[]) => list.filter((x): x is string => x !== null);
  return { documented: present(documented), ours: present(ours) };
}
