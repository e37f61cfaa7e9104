import { toOutputMatch } from '@/lib/decode';
import type { DecodeMatch } from '@/lib/decode/types';
import { UsageError } from './data';
import { inputStream, openInput, readProblem } from './files';
import { readLines, size, truncatedNote } from './lines';
import { describeMatch } from './format';
import type { Context } from './commands';

type Finding = { file: string; line: number; matches: DecodeMatch[] };

/** A finding in the shape of cli.schema.json's Finding. */
function output(ctx: Context, f: Finding) {
  return { ...f, matches: f.matches.map((m) => toOutputMatch(m, ctx.baseUrl)) };
}

/**
 * Where each finding goes as it is found: kept for the one `--json` object, printed at once as
 * a line of its own (`--ndjson`) or as text. Returns whether anything was found.
 */
function reporter(ctx: Context) {
  const kept: Finding[] = [];
  let found = 0;
  return {
    async report(f: Finding): Promise<void> {
      found += 1;
      if (ctx.format === 'json') kept.push(f);
      else if (ctx.format === 'ndjson') ctx.write(JSON.stringify(output(ctx, f)) + '\n');
      else
        for (const m of f.matches) {
          const [head, ...rest] = describeMatch(m, ctx.data.decode, ctx.style, ctx.baseUrl);
          const kept = rest.filter(
            (l) => !l.startsWith('  Meaning') && !l.startsWith('  What to do'),
          );
          ctx.write(`${f.file}:${f.line}: ${head}\n${kept.join('\n')}\n`);
        }
      // A reader slower than the scan (a pipe to a busy process) holds the scan back, so what
      // waits to be written stays bounded however large the input is.
      const waiting = ctx.drained();
      if (waiting) await waiting;
    },
    finish(): number {
      if (ctx.format === 'json')
        ctx.write(JSON.stringify({ findings: kept.map((f) => output(ctx, f)) }) + '\n');
      else if (ctx.format === 'text' && found === 0) ctx.write('Nothing recognized.\n');
      return found > 0 ? 0 : 1;
    },
  };
}

async function scanStream(
  ctx: Context,
  file: string,
  stream: NodeJS.ReadableStream,
  report: (f: Finding) => Promise<void>,
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
    if (matches.length > 0) await report({ file, line: n, matches });
  }
}

export async function scanCommand(ctx: Context, args: string[]): Promise<number> {
  if (args.length === 0) throw new UsageError('scan needs at least one file, or - for stdin');
  // Every file is opened before any is read: a bad path stops the command before it prints.
  // /dev/stdin may be a socket that cannot be opened by path: it is the same stream as `-`.
  const stdin = (file: string) => file === '-' || file === '/dev/stdin' || file === '/dev/fd/0';
  const inputs = args.map((file) => ({ file, fd: stdin(file) ? null : openInput(file) }));
  const out = reporter(ctx);
  for (const { file, fd } of inputs) {
    try {
      await scanStream(ctx, file, fd === null ? process.stdin : inputStream(fd), out.report);
    } catch (error) {
      // A read that fails part-way (EIO, a file removed under us) is the file's problem, not ours.
      if ((error as NodeJS.ErrnoException)?.code)
        throw new UsageError(`scan: cannot read ${file}: ${readProblem(error)}`);
      throw error;
    }
  }
  return out.finish();
}
