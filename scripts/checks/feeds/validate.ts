import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Validates the Atom feed and the OpenSearch description with a real XML parser: well-formed,
 * the elements each format requires, and (for the feed) every link resolving to a page of the
 * export. Each function returns problems, one line each; none means valid.
 */

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link', 'Url'].includes(name),
});

type Node = Record<string, unknown>;
const text = (v: unknown): string =>
  (typeof v === 'object' && v !== null
    ? String((v as Node)['#text'] ?? '')
    : String(v ?? '')
  ).trim();
const links = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : []);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function parse(xml: string, root: string): { doc: Node | null; problems: string[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return {
      doc: null,
      problems: [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`],
    };
  const doc = (parser.parse(xml) as Node)[root];
  return doc
    ? { doc: doc as Node, problems: [] }
    : { doc: null, problems: [`no <${root}> root element`] };
}

/** Atom 1.0 (RFC 4287): feed id, title, updated, author and rel=self; each entry's id, title, updated and link. */
export function atomProblems(
  xml: string,
  pageExists: (url: string) => boolean,
  limit: number,
): string[] {
  const { doc, problems } = parse(xml, 'feed');
  if (!doc) return problems;
  if (doc['@xmlns'] !== 'http://www.w3.org/2005/Atom')
    problems.push('feed: not in the Atom namespace');
  for (const field of ['id', 'title', 'updated'])
    if (!text(doc[field])) problems.push(`feed: no <${field}>`);
  if (!RFC3339.test(text(doc.updated)))
    problems.push(`feed: <updated> "${text(doc.updated)}" is not an RFC 3339 date`);
  if (!text((doc.author as Node | undefined)?.name)) problems.push('feed: no <author><name>');
  if (!links(doc.link).some((l) => l['@rel'] === 'self' && l['@href']))
    problems.push('feed: no <link rel="self">');
  const entries = links(doc.entry);
  if (entries.length === 0) problems.push('feed: no <entry>');
  if (entries.length > limit) problems.push(`feed: ${entries.length} entries, more than ${limit}`);
  const ids = new Set<string>();
  let previous = '9999';
  entries.forEach((e, i) => {
    const at = `entry ${i + 1}`;
    for (const field of ['id', 'title', 'updated'])
      if (!text(e[field])) problems.push(`${at}: no <${field}>`);
    if (ids.has(text(e.id))) problems.push(`${at}: id "${text(e.id)}" repeats`);
    ids.add(text(e.id));
    const updated = text(e.updated);
    if (!RFC3339.test(updated))
      problems.push(`${at}: <updated> "${updated}" is not an RFC 3339 date`);
    if (updated > previous) problems.push(`${at}: newer than the entry before it (newest first)`);
    previous = updated;
    const alternate = links(e.link).find((l) => (l['@rel'] ?? 'alternate') === 'alternate');
    const href = String(alternate?.['@href'] ?? '');
    if (!href) problems.push(`${at}: no <link rel="alternate">`);
    else if (!pageExists(href)) problems.push(`${at}: link ${href} is not a page of the export`);
  });
  return problems;
}

/** OpenSearch 1.1: ShortName (16 characters at most), Description, UTF-8, a text/html Url with {searchTerms}. */
export function openSearchProblems(xml: string): string[] {
  const { doc, problems } = parse(xml, 'OpenSearchDescription');
  if (!doc) return problems;
  if (doc['@xmlns'] !== 'http://a9.com/-/spec/opensearch/1.1/')
    problems.push('not in the OpenSearch 1.1 namespace');
  const short = text(doc.ShortName);
  if (!short || short.length > 16)
    problems.push(`<ShortName> "${short}" must have 1 to 16 characters`);
  const description = text(doc.Description);
  if (!description || description.length > 1024)
    problems.push('<Description> must have 1 to 1024 characters');
  if (text(doc.InputEncoding).toUpperCase() !== 'UTF-8')
    problems.push('<InputEncoding> must be UTF-8');
  const html = links(doc.Url).find((u) => u['@type'] === 'text/html');
  const template = String(html?.['@template'] ?? '');
  if (!template.includes('{searchTerms}'))
    problems.push('no <Url type="text/html"> template with {searchTerms}');
  return problems;
}
