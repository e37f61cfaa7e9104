/**
 * Share links: `/decode/#p=<deflate-raw, base64url>`. The payload lives in the fragment, which
 * browsers never send to a server; it is masked before it is encoded. Web-standard APIs only
 * (CompressionStream exists in browsers and in Node 20).
 */
import { maskSecrets } from './mask';

/** Longest share URL we produce: browsers and chat tools cope with URLs under 64 KB. */
export const MAX_SHARE_URL = 64 * 1024 - 1;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

async function pipe(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The fragment (`p=…`) for a pasted text, masked; null when the link would be too long. */
export async function encodeShare(text: string, baseLength = 0): Promise<string | null> {
  const bytes = new TextEncoder().encode(maskSecrets(text));
  const payload = toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')));
  const fragment = `p=${payload}`;
  return baseLength + 1 + fragment.length > MAX_SHARE_URL ? null : fragment;
}

/**
 * Most a share link may unpack to. A link is under 64 KB, but deflate packs a thousand to one:
 * a 61 KB link once unpacked to 46 MB and held the page for half a minute. Real pastes that fit
 * in a link unpack to a few hundred KB.
 */
export const MAX_SHARE_TEXT = 2 * 1024 * 1024;

/** Compressed bytes fed to the inflater at a time: one step never unpacks more than ~1 MB. */
const FEED = 1024;

/**
 * Inflates `bytes`, stopping as soon as the output passes `limit` bytes (then resolves
 * `'too-large'`). Feeding the input a little at a time is what makes the stop early: given
 * the whole input at once, the inflater unpacks all of it before anything can be read.
 */
export async function inflateCapped(
  bytes: Uint8Array,
  limit: number,
): Promise<Uint8Array | 'too-large' | null> {
  const inflater = new DecompressionStream('deflate-raw');
  const writer = inflater.writable.getWriter();
  const reader = inflater.readable.getReader();
  let stopped = false;
  const feeding = (async () => {
    for (let i = 0; i < bytes.length && !stopped; i += FEED)
      await writer.write(bytes.subarray(i, i + FEED) as BufferSource);
    if (!stopped) await writer.close();
  })().catch(() => undefined); // a bad stream also fails the reader, which reports it
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        stopped = true;
        await reader.cancel().catch(() => undefined);
        await feeding;
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    stopped = true;
    await feeding;
    return null;
  }
  await feeding;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** What a share link holds: its text, or the news that it unpacks past the limit. */
export type SharedPaste = { text: string } | { tooLarge: number };

/**
 * The paste in a `#p=…` fragment; `{ tooLarge: limit }` when it unpacks to more than `limit`
 * bytes (nothing is kept); null when there is no payload or it does not decode.
 */
export async function decodeShare(
  hash: string,
  limit = MAX_SHARE_TEXT,
): Promise<SharedPaste | null> {
  const m = /^#?p=([A-Za-z0-9_-]+)$/.exec(hash);
  if (!m) return null;
  const bytes = fromBase64Url(m[1] as string);
  if (!bytes) return null;
  const raw = await inflateCapped(bytes, limit);
  if (raw === null) return null;
  if (raw === 'too-large') return { tooLarge: limit };
  return { text: new TextDecoder('utf-8', { fatal: false }).decode(raw) };
}
