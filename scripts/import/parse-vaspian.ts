import { firstJsonBlock, normalizeStatus } from './normalize';
import { numberedLines, SeedError, type SeedDocument, type SeedRow } from './types';

export function parseVaspian(document: string, text: string): SeedDocument {
  const lines = numberedLines(text);
  const start = lines.findIndex((l) => l.text === 'Error Codes');
  if (start < 0) throw new SeedError(document, 1, 'no "Error Codes" heading');
  const example = firstJsonBlock(
    lines
      .slice(0, start)
      .map((l) => l.text)
      .join('\n'),
  );
  if (!example) throw new SeedError(document, 1, 'no example body before "Error Codes"');

  const rows: SeedRow[] = [];
  let section: { status: string; title: string; line: number; rows: number } | null = null;
  const closeSection = () => {
    // The document ends on an empty "409 Conflict" heading (it is cut off there): not an entry.
    if (section && section.rows === 0 && section.status !== '409')
      throw new SeedError(document, section.line, `heading "${section.title}" has no error rows`);
  };
  for (const { n, text: line } of lines.slice(start + 1)) {
    if (line === '') continue;
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^(\d{3}) ([A-Z][A-Za-z ]+)$/))) {
      closeSection();
      section = { status: m[1] as string, title: line, line: n, rows: 0 };
    } else if (line === 'Error Code Description') {
      if (!section) throw new SeedError(document, n, 'table header before any status heading');
    } else if (section && (m = line.match(/^([A-Z][A-Za-z]+) (.+)$/))) {
      section.rows += 1;
      rows.push({
        vendor: 'vaspian',
        code: m[1] as string,
        aliases: [],
        slug: (m[1] as string).toLowerCase(),
        status: section.status,
        statuses: normalizeStatus(section.status, { document, line: n }).statuses,
        statusNote: null,
        message: m[2] as string,
        messageKind: 'description',
        type: null,
        detailKeys: [],
        section: section.title,
        line: n,
      });
    } else throw new SeedError(document, n, `cannot classify "${line.slice(0, 80)}"`);
  }
  closeSection();
  return {
    vendor: {
      id: 'vaspian',
      name: 'Vaspian',
      product: 'Call control / 3PCC REST API (HAL)',
      format: 'vaspian',
      shape:
        'A HAL JSON object with `errorCode` (a word), `httpCode` (the status as a number), `localizedUserMessage` (`key`, `renderedMessage`, optional `paramValues`) and `_links.about` (the request URI); sometimes `developerMessage`.',
      example: JSON.stringify(JSON.parse(example), null, 2),
      recognizedBy: '`errorCode` a word, plus `httpCode` or `localizedUserMessage` or `_links`.',
    },
    rows,
  };
}
