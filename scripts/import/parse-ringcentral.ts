import { normalizeStatus } from './normalize';
import { numberedLines, SeedError, type SeedDocument, type SeedRow } from './types';

const HEADERS = new Set(['HTTP Status Code(s) |', 'Error Code |', 'Message |']);

export function parseRingCentral(document: string, text: string): SeedDocument {
  const lines = numberedLines(text);
  const start = lines.findIndex((l) => HEADERS.has(l.text));
  if (start < 0) throw new SeedError(document, 1, 'no error table');
  const preamble = lines.slice(0, start).map((l) => l.text);
  const exampleStart = preamble.findIndex((l) => l === '{');
  const exampleEnd = preamble.lastIndexOf('}');
  if (exampleStart < 0 || exampleEnd < exampleStart)
    throw new SeedError(document, 1, 'no example body before the table');

  const rows: SeedRow[] = [];
  let section = 'OAuth error codes';
  let pending: { status?: string; code?: string; line: number } | null = null;
  for (const { n, text: line } of lines.slice(start)) {
    if (line === '' || HEADERS.has(line)) {
      if (pending) throw new SeedError(document, n, 'table row cut short');
      continue;
    }
    const cell = line.endsWith(' |') ? line.slice(0, -2) : null;
    if (cell === null) {
      if (pending)
        throw new SeedError(document, n, `cannot classify "${line.slice(0, 80)}" inside a row`);
      section = line;
    } else if (!pending) {
      if (!/^\d[\d., ]*$/.test(cell))
        throw new SeedError(document, n, `expected an HTTP status cell, got "${cell}"`);
      pending = { status: cell, line: n };
    } else if (pending.code === undefined) {
      if (!/^[A-Z]{3}-\d{3}$/.test(cell))
        throw new SeedError(document, n, `expected an error code cell, got "${cell}"`);
      pending.code = cell;
    } else {
      const status = pending.status as string;
      const { statuses, note } = normalizeStatus(status, { document, line: pending.line });
      rows.push({
        vendor: 'ringcentral',
        code: pending.code,
        aliases: [],
        slug: pending.code.toLowerCase(),
        status,
        statuses,
        statusNote: note,
        message: cell,
        messageKind: 'returned',
        type: null,
        detailKeys: [],
        section,
        line: pending.line,
      });
      pending = null;
    }
  }
  if (pending) throw new SeedError(document, pending.line, 'table row cut short at the end');
  return {
    vendor: {
      id: 'ringcentral',
      name: 'RingCentral',
      product: 'RingCentral Platform REST API (voice, SMS, fax, subscriptions, OAuth)',
      format: 'ringcentral',
      shape:
        'A JSON object with an `errors` array; each item has `errorCode` (`ABC-123`), `message`, and sometimes extra fields such as `parameterName`. A top-level `errorCode` and `message` may repeat the first error.',
      example: preamble.slice(exampleStart, exampleEnd + 1).join('\n'),
      recognizedBy:
        '`errors[]` of `{errorCode: "ABC-123", message, parameterName?}` (may hold several; a top-level `errorCode` may repeat the first).',
    },
    rows,
  };
}
