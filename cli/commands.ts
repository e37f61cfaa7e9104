import { tokenKey } from '@/lib/catalog/tokens';
import { toOutput, toOutputItem, toOutputMatch, withBaseUrl, type Decoder } from '@/lib/decode';
import type { DecodeEntry } from '@/lib/decode/data';
import type { DecodeMatch } from '@/lib/decode/types';
import type { SearchIndex } from '@/lib/search';
import { explainHit } from '@/lib/search/explain';
import { UsageError, type CliData } from './data';
import { decodeBytes, inputStream, openInput, readProblem } from './files';
import { MAX_INPUT, readCapped, readLines, size } from './lines';
import { describeMatch, describeResult, headline, type Style } from './format';

export type Context = {
  data: CliData;
  /** Built on first use: `search` never needs it. */
  decoder: () => Decoder;
  json: boolean;
  baseUrl?: string;
  style: Style;
  write: (text: string) => void;
  /** One line on stderr: what was done differently (a line cut at the cap), never a failure. */
  warn: (text: string) => void;
  /** Longest line `scan` decodes (MAX_LINE; smaller in tests). */
  lineCap: number;
  /** Built on first use: only `search` pays for the index. */
  search: () => SearchIndex;
};

/** The note on every match found in text cut at a cap. */
function truncatedNote(what: string, cap: number): string {
  return `truncated: the ${what} is longer than ${size(cap)}; only its first ${size(cap)} was decoded`;
}

function printMatches(
  ctx: Context,
  matches: DecodeMatch[],
  suggestions: DecodeEntry[],
  statusOnly?: number,
): number {
  if (ctx.json) ctx.write(JSON.stringify(toOutput({ matches, suggestions }, ctx.baseUrl)) + '\n');
  else
    ctx.write(
      describeResult(matches, suggestions, ctx.data.decode, ctx.style, ctx.baseUrl, statusOnly),
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
  // With a match the note is on it; with none, stderr is where it can be said.
  if (result.matches.length === 0)
    for (const note of result.notes ?? []) ctx.warn(`decode: ${note}`);
  return printMatches(ctx, result.matches, result.suggestions, result.statusOnly);
}

export function lookupCommand(ctx: Context, args: string[]): number {
  if (args.length !== 1 || !args[0]?.trim())
    throw new UsageError('lookup takes exactly one token, e.g. errdex lookup CMN-101');
  const token = args[0];
  const entries = ctx.decoder().matcher.lookup(token);
  const matches = entries.map((entry) => ({ entry, params: {}, notes: [], status: null }));
  let suggestions: DecodeEntry[] = [];
  if (matches.length === 0) {
    const key = tokenKey(token);
    suggestions = ctx.data.decode.entries
      .filter(
        (e) =>
          key.length >= 3 &&
          [e.code, ...e.aliases].some((id) => id && tokenKey(id).startsWith(key)),
      )
      .slice(0, 10);
    if (suggestions.length === 0) suggestions = ctx.decoder().matcher.similar(token, null);
  }
  return printMatches(ctx, matches, suggestions);
}

type Finding = { file: string; line: number; matches: DecodeMatch[] };

async function scanStream(
  ctx: Context,
  file: string,
  stream: NodeJS.ReadableStream,
  findings: Finding[],
): Promise<void> {
  let n = 0;
  for await (const line of readLines(stream as AsyncIterable<string | Buffer>, ctx.lineCap)) {
    n += 1;
    const { matches } = ctx.decoder().decode(line.text, { suggestions: false });
    if (line.truncated) {
      ctx.warn(
        `scan: ${file}:${n} is longer than ${size(ctx.lineCap)}: decoded its first ${size(ctx.lineCap)}`,
      );
      for (const m of matches) m.notes.push(truncatedNote('line', ctx.lineCap));
    }
    if (matches.length === 0) continue;
    if (ctx.json) findings.push({ file, line: n, matches });
    else {
      findings.push({ file, line: n, matches: [] });
      for (const m of matches) {
        const [head, ...rest] = describeMatch(m, ctx.data.decode, ctx.style, ctx.baseUrl);
        ctx.write(
          `${file}:${n}: ${head}\n${rest.filter((l) => !l.startsWith('  Meaning') && !l.startsWith('  What to do')).join('\n')}\n`,
        );
      }
    }
  }
}

export async function scanCommand(ctx: Context, args: string[]): Promise<number> {
  if (args.length === 0) throw new UsageError('scan needs at least one file, or - for stdin');
  // Every file is opened before any is read: a bad path stops the command before it prints.
  // /dev/stdin may be a socket that cannot be opened by path: it is the same stream as `-`.
  const stdin = (file: string) => file === '-' || file === '/dev/stdin' || file === '/dev/fd/0';
  const inputs = args.map((file) => ({ file, fd: stdin(file) ? null : openInput(file) }));
  const findings: Finding[] = [];
  for (const { file, fd } of inputs) {
    try {
      await scanStream(ctx, file, fd === null ? process.stdin : inputStream(fd), findings);
    } catch (error) {
      // A read that fails part-way (EIO, a file removed under us) is the file's problem, not ours.
      if ((error as NodeJS.ErrnoException)?.code)
        throw new UsageError(`scan: cannot read ${file}: ${readProblem(error)}`);
      throw error;
    }
  }
  if (ctx.json)
    ctx.write(
      JSON.stringify({
        findings: findings.map((f) => ({
          ...f,
          matches: f.matches.map((m) => toOutputMatch(m, ctx.baseUrl)),
        })),
      }) + '\n',
    );
  else if (findings.length === 0) ctx.write('Nothing recognized.\n');
  return findings.length > 0 ? 0 : 1;
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
  const vendors = ctx.data.decode.vendors.map((v) => v.id);
  const vendor = opts.vendor?.trim().toLowerCase();
  // An unknown vendor would only ever give "No results": say what was wrong instead.
  if (vendor !== undefined && !vendors.includes(vendor))
    throw new UsageError(`--vendor must be one of ${vendors.join(', ')} (got "${opts.vendor}")`);
  const hits = ctx.search().search(query, { limit, vendor, status });
  const byUrl = new Map(ctx.data.decode.entries.map((e) => [e.url, e]));
  if (ctx.json) {
    // Search and decode read one catalog: every hit is a decode entry, printed in the same shape.
    const results = hits.map(({ doc }) =>
      toOutputItem(byUrl.get(doc.url) as DecodeEntry, ctx.baseUrl),
    );
    ctx.write(JSON.stringify({ results }) + '\n');
  } else if (hits.length === 0) {
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
      ctx.write(
        `${entry ? headline(entry, ctx.data.decode, ctx.style) : doc.key}\n  ${doc.message}\n${seen}${why ? `  ${ctx.style.dim(why)}\n` : ''}  ${ctx.style.accent(url)}\n`,
      );
    }
  return hits.length > 0 ? 0 : 1;
}
