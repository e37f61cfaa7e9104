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

/** Most output held back before it is written (one write per finding costs a system call each). */
const BATCH = 64 * 1024;

/**
 * Output gathered while the input at hand is scanned, and written as soon as the scan waits
 * for more input (or BATCH is reached): a reader following a live log sees each finding then.
 */
function batched(write: (text: string) => void) {
  let pending = '';
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (!pending) return;
    const text = pending;
    pending = '';
    write(text);
  };
  return {
    write(text: string): void {
      pending += text;
      if (pending.length >= BATCH) flush();
      else if (!scheduled) {
        scheduled = true;
        // Runs once the pending reads and promise callbacks are done: when input runs dry.
        setImmediate(flush);
      }
    },
    flush,
  };
}

/**
 * Where each finding goes as it is found: kept for the one `--json` object, printed at once as
 * a line of its own (`--ndjson`) or as text.
 */
function reporter(ctx: Context) {
  const kept: Finding[] = [];
  const out = batched(ctx.write);
  let found = 0;
  return {
    async report(f: Finding): Promise<void> {
      found += 1;
      if (ctx.format === 'json') kept.push(f);
      else if (ctx.format === 'ndjson') out.write(JSON.stringify(output(ctx, f)) + '\n');
      else
        for (const m of f.matches) {
          const [head, ...rest] = describeMatch(m, ctx.data.decode, ctx.style, ctx.baseUrl);
          const shown = rest.filter(
            (l) => !l.startsWith('  Meaning') && !l.startsWith('  What to do'),
          );
          out.write(`${f.file}:${f.line}: ${head}\n${shown.join('\n')}\n`);
        }
      // A reader slower than the scan (a pipe to a busy process) holds the scan back, so what
      // waits to be written stays bounded however large the input is.
      const waiting = ctx.drained();
      if (waiting) await waiting;
    },
    /** Writes what is held back. */
    flush: out.flush,
    /** Writes what is left, then the `--json` object: the exit status (0 found, 1 nothing). */
    finish(): number {
      out.flush();
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
    // A log is full of calls that went well (SIP 200, normal clearing): only failures are findings.
    const { matches } = ctx.decoder().decode(line.text, { suggestions: false, nonFailures: false });
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
      // What was found before the failure is printed before the failure is said.
      out.flush();
      // A read that fails part-way (EIO, a file removed under us) is the file's problem, not ours.
      if ((error as NodeJS.ErrnoException)?.code)
        throw new UsageError(`scan: cannot read ${file}: ${readProblem(error)}`);
      throw error;
    }
  }
  return out.finish();
}
