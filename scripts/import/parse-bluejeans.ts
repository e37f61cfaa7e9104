import { firstJsonBlock, normalizeStatus } from './normalize';
import { numberedLines, SeedError, type SeedDocument, type SeedRow } from './types';

export function parseBlueJeans(document: string, text: string): SeedDocument {
  const lines = numberedLines(text);
  const start = lines.findIndex((l) => l.text === 'Error catalog');
  if (start < 0) throw new SeedError(document, 1, 'no "Error catalog" heading');
  const exampleLine = lines.slice(0, start).find((l) => l.text.startsWith('HTTP/1.1 '));
  const example = exampleLine ? firstJsonBlock(exampleLine.text) : null;
  if (!example) throw new SeedError(document, 1, 'no example response body before "Error catalog"');

  const rows: SeedRow[] = [];
  let current: { name: string; line: number; message?: string; keys: string[] } | null = null;
  for (const { n, text: line } of lines.slice(start + 1)) {
    if (line === '') continue;
    let m: RegExpMatchArray | null;
    if (!current && /^[A-Z][A-Za-z]+$/.test(line)) current = { name: line, line: n, keys: [] };
    else if (
      current &&
      current.message === undefined &&
      (m = line.match(/^Example errorMessage: (.+)$/))
    )
      current.message = m[1] as string;
    else if (
      current?.message !== undefined &&
      (m = line.match(/^Keys in errorDetails object: (.+)$/))
    )
      current.keys = (m[1] as string).split(',').map((k) => k.trim());
    else if (current?.message !== undefined && (m = line.match(/^(\d{3}) (\d+)$/))) {
      const status = m[1] as string;
      rows.push({
        vendor: 'bluejeans',
        code: current.name,
        aliases: [m[2] as string],
        slug: current.name.toLowerCase(),
        status,
        statuses: normalizeStatus(status, { document, line: n }).statuses,
        statusNote: null,
        message: current.message,
        messageKind: 'example',
        type: null,
        detailKeys: current.keys,
        section: 'Error catalog',
        line: current.line,
      });
      current = null;
    } else throw new SeedError(document, n, `cannot classify "${line.slice(0, 80)}"`);
  }
  if (current)
    throw new SeedError(
      document,
      current.line,
      `entry "${current.name}" has no status and number line`,
    );
  return {
    vendor: {
      id: 'bluejeans',
      name: 'BlueJeans',
      product: 'BlueJeans Relay and meetings API',
      format: 'bluejeans',
      shape:
        'A JSON object with `errorCode` (a number), `errorName` (a word), `errorMessage` (one filled-in text) and an `errorDetails` object whose keys depend on the error.',
      example: JSON.stringify(JSON.parse(example), null, 2),
      recognizedBy:
        '`errorCode` a number or `errorName` a word, plus `errorMessage` or `errorDetails` (or both identifiers).',
    },
    rows,
  };
}
