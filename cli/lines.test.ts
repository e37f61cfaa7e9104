import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_LINE, readCapped, readLines } from './lines';

async function all(chunks: Iterable<string | Buffer>, cap?: number) {
  const out = [];
  for await (const line of readLines(Readable.from(chunks), cap)) out.push(line);
  return out;
}

describe('readLines', () => {
  it('splits on \\n and \\r\\n, across chunks, and keeps a last line without one', async () => {
    expect((await all(['ab', 'c\nde\r', '\n\nf'])).map((l) => l.text)).toEqual([
      'abc',
      'de',
      '',
      'f',
    ]);
    expect(await all(['x\n'])).toEqual([{ text: 'x', truncated: false }]);
  });

  it('decodes UTF-8 characters split between chunks', async () => {
    const bytes = Buffer.from('caf\u00e9 \u2014 ok\n');
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    expect((await all(chunks))[0]?.text).toBe('caf\u00e9 \u2014 ok');
  });

  it('cuts a line at the cap and says so', async () => {
    expect(await all(['abcdef\nab', 'cd\nxyz'], 4)).toEqual([
      { text: 'abcd', truncated: true },
      { text: 'abcd', truncated: false },
      { text: 'xyz', truncated: false },
    ]);
  });

  // A line read whole would pass the longest string Node can make (about 512 M characters):
  // 600 MB of one line, made as it is read, must go through in bounded memory.
  it('reads a 600 MB line without building it', async () => {
    const chunk = 'a'.repeat(1024 * 1024);
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    // Memory is sampled as each chunk is asked for: while the line is being read.
    const stream = Readable.from(
      (function* () {
        for (let i = 0; i < 600; i += 1) {
          peak = Math.max(peak, process.memoryUsage().heapUsed - before);
          yield chunk;
        }
      })(),
    );
    const lines = [];
    for await (const line of readLines(stream))
      lines.push({ length: line.text.length, truncated: line.truncated });
    expect(lines).toEqual([{ length: MAX_LINE, truncated: true }]);
    expect(peak).toBeLessThan(64 * 1024 * 1024);
  }, 30_000);
});

describe('readCapped', () => {
  it('keeps the first bytes up to the cap and reads the rest to the end', async () => {
    const stream = Readable.from([Buffer.from('abc'), Buffer.from('defg'), Buffer.from('h')]);
    const { bytes, truncated } = await readCapped(stream, 5);
    expect(bytes.toString()).toBe('abcde');
    expect(truncated).toBe(true);
    expect(stream.readableEnded).toBe(true);
  });
});
