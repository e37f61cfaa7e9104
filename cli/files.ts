import fs from 'node:fs';
import { UsageError } from './data';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

/** Why a file could not be read, in a few words (never the raw errno text with its syscall). */
export function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return String((error as Error)?.message ?? error).split('\n')[0] as string;
}

/**
 * Opens a file to scan, or says in one line why it cannot be read. Anything readable counts:
 * a regular file, a pipe from process substitution (`<(zcat app.log.gz)`), /dev/stdin.
 */
export function openInput(file: string): number {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    throw new UsageError(`scan: cannot read ${file}: ${readProblem(error)}`);
  }
  if (fs.fstatSync(fd).isDirectory()) {
    fs.closeSync(fd);
    throw new UsageError(`scan: cannot read ${file}: it is a directory`);
  }
  return fd;
}

/**
 * A readable stream of text lines' source: UTF-8, or UTF-16 when a regular file starts with its
 * byte order mark (what Windows PowerShell 5 writes with `>`).
 */
export function inputStream(fd: number): NodeJS.ReadableStream {
  if (fs.fstatSync(fd).isFile()) {
    const bom = Buffer.alloc(2);
    const read = fs.readSync(fd, bom, 0, 2, 0);
    if (read === 2 && bom[0] === 0xff && bom[1] === 0xfe)
      return fs.createReadStream('', { fd, start: 2, encoding: 'utf16le' });
  }
  return fs.createReadStream('', { fd, encoding: 'utf8' });
}

/** Text from bytes read whole (stdin): UTF-8, or UTF-16 LE/BE after its byte order mark. */
export function decodeBytes(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
    return swapped.swap16().toString('utf16le');
  }
  return bytes.toString('utf8');
}
