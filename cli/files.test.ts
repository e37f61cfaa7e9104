import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes, inputStream, openInput, readProblem } from './files';

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  let out = '';
  for await (const chunk of stream) out += String(chunk);
  return out;
}

describe('openInput', () => {
  it('names what is wrong with a path in a few words', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-files-'));
    expect(() => openInput(dir)).toThrow(`scan: cannot read ${dir}: it is a directory`);
    expect(() => openInput(path.join(dir, 'gone.log'))).toThrow(/: no such file$/);
    const err = Object.assign(new Error("EACCES: permission denied, open '/x'"), {
      code: 'EACCES',
    });
    expect(readProblem(err)).toBe('permission denied');
  });
});

describe('text encodings', () => {
  const sample = 'WARN errorCode=SUB-406 \u2014 caf\u00e9';

  it('reads UTF-16 after a byte order mark, UTF-8 otherwise', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
    const be = Buffer.from(
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(sample, 'utf16le').swap16()]),
    );
    expect(decodeBytes(le)).toBe(sample);
    expect(decodeBytes(be)).toBe(sample);
    expect(decodeBytes(Buffer.from(sample))).toBe(sample);
  });

  it('streams a UTF-16 file as text', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-files-'));
    const file = path.join(dir, 'ps.log');
    fs.writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${sample}\r\n`, 'utf16le')]),
    );
    expect(await text(inputStream(openInput(file)))).toBe(`${sample}\r\n`);
  });
});
