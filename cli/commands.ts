import { toOutput, toOutputItem, withBaseUrl } from '@/lib/decode';
import type { DecodeEntry } from '@/lib/decode/data';
import type { DecodeMatch } from '@/lib/decode/types';
import { UsageError } from './data';
import { decodeBytes } from './files';
import { MAX_INPUT, readCapped, size, truncatedNote } from './lines';
import { describeResult, headline, messageBelow, type Style } from './format';
import { lookupEntries, searchEntries, vendorIds, type Engine } from './queries';
import { explainHit } from '@/lib/search/explain';

export type Context = Engine & {
  /** What the command prints: text, one JSON object, or (scan) one JSON finding per line. */
  format: 'text' | 'json' | 'ndjson';
  baseUrl?: string;
  style: Style;
  write: (text: string) => void;
  /** Resolves once stdout takes more output; undefined when it already does (the usual case). */
  drained: () => Promise<void> | undefined;
  /** One line on stderr: what was done differently (a line cut at the cap), never a failure. */
  warn: (text: string) => void;
  /** Longest line `scan` decodes (MAX_LINE; smaller in tests). */
  lineCap: number;
};

function printMatches(
  ctx: Context,
  matches: DecodeMatch[],
  suggestions: DecodeEntry[],
  statusOnly?: number,
  notes: string[] = [],
): number {
  if (ctx.format === 'json') {
    ctx.write(JSON.stringify(toOutput({ matches, suggestions }, ctx.baseUrl)) + '\n');
    // The JSON shape has no place for notes about the whole input: stderr says them.
    for (const note of notes) ctx.warn(`decode: ${note}`);
  } else
    ctx.write(
      describeResult(
        matches,
        suggestions,
        ctx.data.decode,
        ctx.style,
        ctx.baseUrl,
        statusOnly,
        notes,
      ),
    );
  return matches.length > 0 ? 0 : 1;
}

export async function decodeCommand(ctx: Context, args: string[]): Promise<number> {
  if (args.length > 0)
    throw new UsageError(`decode reads stdin and takes no arguments (got "${args[0]}")`);
  if (process.stdin.isTTY)
    throw new UsageError('decode reads stdin: pipe or redirect the text to decode');
  const input = await readCapped(process.stdin as AsyncIterable<Buffer>);
  const result = ctx.decoder().decode(decodeBytes(input.bytes));
  if (input.truncated) {
    ctx.warn(
      `decode: stdin is longer than ${size(MAX_INPUT)}: decoded its first ${size(MAX_INPUT)}`,
    );
    for (const m of result.matches) m.notes.push(truncatedNote('input', MAX_INPUT));
  }
  // A note already on every match (a body escaped too deep) is not said twice.
  const notes = (result.notes ?? []).filter(
    (note) => result.matches.length === 0 || !result.matches.every((m) => m.notes.includes(note)),
  );
  return printMatches(ctx, result.matches, result.suggestions, result.statusOnly, notes);
}

export function lookupCommand(ctx: Context, args: string[]): number {
  if (args.length !== 1 || !args[0]?.trim())
    throw new UsageError('lookup takes exactly one token, e.g. errdex lookup CMN-101');
  const { matches, suggestions } = lookupEntries(ctx, args[0] as string);
  return printMatches(ctx, matches, suggestions);
}

export function searchCommand(
  ctx: Context,
  args: string[],
  opts: { limit?: string; vendor?: string; status?: string },
): number {
  const query = args.join(' ').trim();
  if (!query) throw new UsageError('search needs a query, e.g. errdex search "rate exceeded"');
  // Digits only: Number() would also take `1e2`, `0x10` or ` 5`.
  const limit = opts.limit === undefined ? 10 : /^\d+$/.test(opts.limit) ? Number(opts.limit) : NaN;
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit must be a positive whole number (got "${opts.limit}")`);
  const status =
    opts.status === undefined ? undefined : /^\d{3}$/.test(opts.status) ? Number(opts.status) : NaN;
  if (status !== undefined && !(Number.isInteger(status) && status >= 100 && status <= 599))
    throw new UsageError(`--status must be an HTTP status such as 404 (got "${opts.status}")`);
  const vendors = vendorIds(ctx);
  const vendor = opts.vendor?.trim().toLowerCase();
  // An unknown vendor would only ever give "No results": say what was wrong instead.
  if (vendor !== undefined && !vendors.includes(vendor))
    throw new UsageError(`--vendor must be one of ${vendors.join(', ')} (got "${opts.vendor}")`);
  if (ctx.format === 'json') {
    // Search and decode read one catalog: every hit is a decode entry, printed in the same shape.
    const results = searchEntries(ctx, query, { limit, vendor, status }).map((e) =>
      toOutputItem(e, ctx.baseUrl),
    );
    ctx.write(JSON.stringify({ results }) + '\n');
    return results.length > 0 ? 0 : 1;
  }
  const hits = ctx.search().search(query, { limit, vendor, status });
  const byUrl = new Map(ctx.data.decode.entries.map((e) => [e.url, e]));
  if (hits.length === 0) {
    // As the search page does: say so, then offer entries sharing some of the words.
    const near = ctx.search().near(query, { limit: 5, vendor, status });
    ctx.write('No results.\n');
    if (near.length) ctx.write(ctx.style.bold('Near matches:') + '\n');
    for (const { doc } of near) {
      const url = withBaseUrl(doc.url, ctx.baseUrl);
      ctx.write(`  ${doc.message}\n    ${ctx.style.accent(url)}\n`);
    }
  } else
    for (const hit of hits) {
      const { doc } = hit;
      const entry = byUrl.get(doc.url);
      const url = withBaseUrl(doc.url, ctx.baseUrl);
      // As the result cards do: the wording the query matched, and why a partial match matched.
      const seen = hit.observed === undefined ? '' : `  Also seen as: “${hit.observed}”\n`;
      const why = explainHit(hit);
      const message = entry ? messageBelow(entry, ctx.data.decode) : doc.message;
      ctx.write(
        `${entry ? headline(entry, ctx.data.decode, ctx.style) : doc.key}\n${message === null ? '' : `  ${message}\n`}${seen}${why ? `  ${ctx.style.dim(why)}\n` : ''}  ${ctx.style.accent(url)}\n`,
      );
    }
  return hits.length > 0 ? 0 : 1;
}
