import {
  codeDataPath,
  entryDataPath,
  entryMarkdownPath,
  FEED_PATH,
  OPENSEARCH_PATH,
} from '@/lib/urls';
import type { Entry, StandardEntry } from '@/lib/catalog/types';
import { CHANGE_KIND_LABELS } from '@/lib/catalog/changes-schema';
import { changeLine } from '@/lib/change-words';
import { entryLabel } from '@/lib/entry-view';

/**
 * The site's feeds and descriptions for other programs: the Atom feed of catalog changes, the
 * OpenSearch description and llms.txt. Pure text builders; app/ routes serve them.
 */

/** How many change records the feed carries, newest first (README, "JSON API and feeds"). */
export const FEED_LIMIT = 100;

export type FeedSite = {
  name: string;
  url: string;
  tagline: string;
  vendorName: (id: string) => string;
};

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside XML content and attributes: escaped, and without characters XML 1.0 forbids. */
function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** Every record of every entry, newest first; records of one day keep catalog order. */
function newestRecords(entries: Entry[]) {
  const all = entries.flatMap((entry) =>
    entry.changes.map((change, index) => ({ entry, change, index })),
  );
  return all.sort((a, b) => b.change.date.localeCompare(a.change.date));
}

/** `/feed.xml`: Atom 1.0, one `<entry>` per change record, newest first, at most FEED_LIMIT. */
export function atomFeed(entries: Entry[], site: FeedSite): string {
  const records = newestRecords(entries).slice(0, FEED_LIMIT);
  const updated = `${records[0]?.change.date ?? '1970-01-01'}T00:00:00Z`;
  const items = records.map(({ entry, change, index }) => {
    const page = `${site.url}${entry.url}`;
    const title = `${site.vendorName(entry.vendor)} ${entryLabel(entry)}: ${CHANGE_KIND_LABELS[change.kind]}`;
    return [
      '  <entry>',
      `    <id>${xmlText(`${page}#history-${index + 1}`)}</id>`,
      `    <title>${xmlText(title)}</title>`,
      `    <updated>${change.date}T00:00:00Z</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(page)}"/>`,
      `    <summary type="text">${xmlText(changeLine(change))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(`${site.url}/`)}</id>`,
    `  <title>${xmlText(`${site.name}: catalog changes`)}</title>`,
    `  <subtitle>${xmlText(site.tagline)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(site.url + FEED_PATH)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(`${site.url}/`)}"/>`,
    `  <author><name>${xmlText(site.name)}</name><uri>${xmlText(`${site.url}/`)}</uri></author>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}

/** `/opensearch.xml`: OpenSearch 1.1, so a browser's address bar can search the site. */
export function openSearchDescription(site: FeedSite): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
    `  <ShortName>${xmlText(site.name.slice(0, 16))}</ShortName>`,
    `  <Description>${xmlText(`Search ${site.name}: communications API errors by code or message.`)}</Description>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    `  <Image height="16" width="16" type="image/x-icon">${xmlText(`${site.url}/favicon.ico`)}</Image>`,
    `  <Url type="text/html" method="get" template="${xmlText(`${site.url}/search/?q={searchTerms}`)}"/>`,
    `  <Url type="application/opensearchdescription+xml" rel="self" template="${xmlText(site.url + OPENSEARCH_PATH)}"/>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}

/** A telecom standard as llms.txt lists it: its name and its codes, in the standard's order. */
type LlmsStandard = { name: string; codes: StandardEntry[] };

/** The sections of llms.txt that list every vendor's and every standard's Markdown twins. */
function twinSections(
  entries: Entry[],
  vendors: { id: string; name: string }[],
  standards: LlmsStandard[],
  site: FeedSite,
): string[] {
  const lines: string[] = [];
  const link = (label: string, page: { url: string }, text: string) =>
    `- [${label}](${site.url}${entryMarkdownPath(page)}): ${text.replace(/\s+/g, ' ')}`;
  for (const vendor of vendors) {
    const own = entries.filter((e) => e.vendor === vendor.id);
    lines.push(`## ${vendor.name}`, '', ...own.map((e) => link(entryLabel(e), e, e.message)), '');
  }
  for (const standard of standards)
    lines.push(
      `## ${standard.name}`,
      '',
      ...standard.codes.map((c) => link(c.code, c, c.title)),
      '',
    );
  return lines;
}

/**
 * `/llms.txt` (llmstxt.org): a title, a summary, then sections of links to plain-text twins and
 * data: the JSON API, the CLI, each vendor, then each telecom standard.
 */
export function llmsTxt(
  entries: Entry[],
  vendors: { id: string; name: string }[],
  standards: LlmsStandard[],
  site: FeedSite,
): string {
  const example = entries.find((e) => e.code !== null) ?? entries[0];
  const token = example?.code?.toLowerCase() ?? '';
  const standardExample = standards.find((s) => s.codes.length > 0)?.codes[0];
  const names = standards.map((s) => s.name).join(', ');
  const lines = [
    `# ${site.name}`,
    '',
    `> ${site.tagline} Every catalogued error of ${vendors.map((v) => v.name).join(', ')}, with its documented facts kept apart from Errdex's own explanation${standards.length ? `; and the telecom codes of ${names}` : ''}.`,
    '',
    "Each entry page has a Markdown twin (`<page>.md`) and its data as JSON (`<page>.json`); `/code/<token>.json` resolves a code without parsing HTML. Facts come from the vendors' published documentation and, for the standards, from the public sources each code names; explanations, fault and retry advice are written by Errdex.",
    '',
    '## JSON API',
    '',
    `- [Whole catalog](${site.url}/catalog.json): every vendor, entry and status, with a format \`version\`, and the standards with their codes`,
  ];
  if (example) {
    lines.push(
      `- [One entry, e.g. ${entryLabel(example)}](${site.url}${entryDataPath(example)}): the entry's \`/catalog.json\` item plus \`version\``,
    );
    lines.push(
      `- [Code lookup, e.g. ${token}](${site.url}${codeDataPath(token)}): what \`errdex lookup ${token} --json\` prints`,
    );
  }
  if (standardExample)
    lines.push(
      `- [One standard code, e.g. ${standardExample.code} ${standardExample.title}](${site.url}${entryDataPath(standardExample)}): its item of \`standards.codes\` in \`/catalog.json\` plus \`version\``,
    );
  lines.push(
    `- [Catalog changes](${site.url}${FEED_PATH}): Atom feed of the change record of vendor entries, newest first`,
    '',
  );
  lines.push(
    '## CLI',
    '',
    '- `errdex decode`, `errdex lookup <token>`, `errdex search <query>`, `errdex scan <file>`: the same answers offline, `--json` for programs; `lookup` answers across vendors and standards',
    '',
  );
  lines.push(...twinSections(entries, vendors, standards, site));
  return lines.join('\n');
}
