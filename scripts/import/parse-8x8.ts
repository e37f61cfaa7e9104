import { firstJsonBlock, normalizeStatus } from './normalize';
import { numberedLines, SeedError, type SeedDocument, type SeedRow } from './types';

export function parse8x8(document: string, text: string): SeedDocument {
  const lines = numberedLines(text);
  const rows: SeedRow[] = [];
  let table: 'http' | 'codes' | null = null;
  let section = 'HTTP Error Codes';
  for (const { n, text: line } of lines) {
    if (line === 'JSON Code Property Values') table = null;
    if (line === 'Code | Description |') {
      table = section === 'HTTP Error Codes' ? 'http' : 'codes';
      continue;
    }
    if (/^-+\|-+\|(-+\|)?$/.test(line)) continue;
    if (line === 'SMS API, Chat Apps API') {
      section = line;
      continue;
    }
    const m = line.match(/^(\d+) \| (.+) \|$/);
    if (!m) {
      if (/^\d+ \|/.test(line))
        throw new SeedError(document, n, `cannot classify table row "${line.slice(0, 80)}"`);
      if (table === 'http') table = null; // prose after the HTTP table
      continue;
    }
    const [, num, description] = m as unknown as [string, string, string];
    if (table === 'http') {
      // The 2xx rows document success, not errors.
      if (/^2\d\d$/.test(num)) continue;
      rows.push({
        vendor: '8x8',
        code: null,
        aliases: [],
        slug: `http-${num}`,
        status: num,
        statuses: normalizeStatus(num, { document, line: n }).statuses,
        statusNote: null,
        message: description,
        messageKind: 'description',
        type: null,
        detailKeys: [],
        section: 'HTTP Error Codes',
        line: n,
      });
    } else if (table === 'codes' && /^\d{4}$/.test(num)) {
      rows.push({
        vendor: '8x8',
        code: num,
        aliases: [],
        slug: num,
        status: null,
        statuses: [],
        statusNote: null,
        message: description,
        messageKind: 'description',
        type: null,
        detailKeys: [],
        section,
        line: n,
      });
    } else
      throw new SeedError(
        document,
        n,
        `cannot classify row "${line.slice(0, 80)}" outside a known table`,
      );
  }
  const example = firstJsonBlock(text);
  if (!example) throw new SeedError(document, 1, 'no example body');
  return {
    vendor: {
      id: '8x8',
      name: '8x8',
      product: '8x8 SMS API and Chat Apps API',
      format: '8x8',
      shape:
        'A JSON object with `code` (an integer), `message` (human-readable text), `errorId` (a UUID to quote to 8x8 support) and `timestamp`.',
      example: JSON.stringify(JSON.parse(example), null, 2),
      recognizedBy: '`code` a number and `message`, plus `errorId` or `timestamp`.',
    },
    rows,
  };
}
