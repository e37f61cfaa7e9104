import { StringDecoder } from 'node:string_decoder';

/**
 * Longest line `scan` decodes, in characters: messages and bodies are far shorter, and a line
 * read whole could outgrow the longest string Node can make (about 512 M characters).
 */
export const MAX_LINE = 1024 * 1024;
/** Most bytes of stdin `decode` reads; the rest is read and dropped, so the writer is not cut off. */
export const MAX_INPUT = 64 * 1024 * 1024;

/** The note on every match found in text cut at a cap. */
export function truncatedNote(what: string, cap: number): string {
  return `truncated: the ${what} is longer than ${size(cap)}; only its first ${size(cap)} was decoded`;
}

export type Line = { text: string; truncated: boolean };

/** `1 MB`, `64 MB`: a cap as the notes say it. */
export function size(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / 1024 / 1024} MB` : `${n} characters`;
}

/**
 * The lines of a stream, each cut at `cap` characters (the rest of it is read and dropped, never
 * kept), so memory stays bounded however long a line is. `\n` or `\r\n` end a line; a final line
 * without one counts. Chunks are strings (a stream with an encoding) or UTF-8 bytes.
 */
export async function* readLines(
  stream: AsyncIterable<string | Buffer>,
  cap = MAX_LINE,
): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  let kept = 0;
  let truncated = false;
  let pending = false;
  const finish = (): Line => {
    let text = parts.join('');
    if (!truncated && text.endsWith('\r')) text = text.slice(0, -1);
    const line = { text, truncated };
    parts = [];
    kept = 0;
    truncated = false;
    pending = false;
    return line;
  };
  const take = (text: string, from: number, to: number): void => {
    pending = true;
    const room = cap - kept;
    if (to - from > room) truncated = true;
    const piece = text.slice(from, from + Math.min(room, to - from));
    if (piece) parts.push(piece);
    kept += piece.length;
  };
  const split = function* (text: string): Generator<Line> {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      take(text, start, nl);
      yield finish();
      start = nl + 1;
    }
    if (start < text.length) take(text, start, text.length);
  };
  for await (const chunk of stream)
    yield* split(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  yield* split(decoder.end());
  if (pending) yield finish();
}

/** All of a stream's bytes up to `cap`; the rest is read and dropped. */
export async function readCapped(
  stream: AsyncIterable<string | Buffer>,
  cap = MAX_INPUT,
): Promise<{ bytes: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  let truncated = false;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    if (total + bytes.length > cap) truncated = true;
    if (total < cap) chunks.push(bytes.subarray(0, cap - total));
    total += bytes.length;
  }
  return { bytes: Buffer.concat(chunks), truncated };
}
