import { textMatches } from '@/lib/template';
import { firstJsonBlock, messageSlug, normalizeStatus } from './normalize';
import { numberedLines, SeedError, type SeedDocument, type SeedRow } from './types';

export function parseBandwidth(document: string, text: string): SeedDocument {
  const lines = numberedLines(text);
  // "Errors during an active call" lists examples of Disconnect events, not API errors.
  const start = lines.findIndex((l) => l.text === 'HTTP Error Codes');
  if (start < 0) throw new SeedError(document, 1, 'no "HTTP Error Codes" heading');

  const rows: SeedRow[] = [];
  let section: { status: string; title: string; rows: SeedRow[] } | null = null;
  let inTable = false;
  const examples: { line: number; description: string; status: string }[] = [];
  for (const { n, text: line } of lines.slice(start + 1)) {
    let m: RegExpMatchArray | null;
    if (inTable) {
      // A table ends at a blank line, or (in the 503 section) right where an example request starts.
      if (line === '' || /^[A-Z]+ https?:\/\//.test(line)) {
        inTable = false;
        continue;
      }
      if (!(m = line.match(/^([a-z][a-z-]*) (.+)$/)) || !section)
        throw new SeedError(document, n, `cannot classify table row "${line.slice(0, 80)}"`);
      const { statuses } = normalizeStatus(section.status, { document, line: n });
      const row: SeedRow = {
        vendor: 'bandwidth',
        code: null,
        aliases: [],
        slug: messageSlug(statuses[0] as number, m[2] as string),
        status: section.status,
        statuses,
        statusNote: null,
        message: m[2] as string,
        messageKind: 'returned',
        type: m[1] as string,
        detailKeys: [],
        section: section.title,
        line: n,
      };
      section.rows.push(row);
      rows.push(row);
    } else if ((m = line.match(/^(\d{3}) [–-] ([A-Z_ ]+)$/)))
      section = { status: m[1] as string, title: line, rows: [] };
    else if (line === 'Type Message') {
      if (!section) throw new SeedError(document, n, 'table before any status heading');
      inTable = true;
    } else if ((m = line.match(/^\s*"description"\s*:\s*"(.*)",?$/)) && section)
      examples.push({ line: n, description: m[1] as string, status: section.status });
  }
  // Every documented example response must be an instance of a row of its section.
  for (const ex of examples) {
    const found = rows.some(
      (r) =>
        r.status === ex.status &&
        textMatches(r.message, ex.description.replace(/\{\{[^}]*\}\}/g, 'x')),
    );
    if (!found)
      throw new SeedError(
        document,
        ex.line,
        `example description "${ex.description}" matches no row of its section`,
      );
  }
  const firstBody = firstJsonBlock(
    lines
      .slice(start)
      .map((l) => l.text)
      .join('\n')
      .split('Responds')[1] ?? '',
  );
  if (!firstBody) throw new SeedError(document, start + 1, 'no example response body');
  return {
    vendor: {
      id: 'bandwidth',
      name: 'Bandwidth',
      product: 'Bandwidth Voice API',
      format: 'bandwidth',
      shape:
        'A JSON object with `type` (the error family, e.g. `validation`), `description` (the message) and `id` (often null or empty). There is no error code: the status, type and description together identify the error.',
      example: JSON.stringify(JSON.parse(firstBody), null, 2),
      recognizedBy:
        '`type` and `description` (and usually `id`); no code: type + description identify it.',
    },
    rows,
  };
}
