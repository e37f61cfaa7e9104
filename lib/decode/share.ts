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

/** The text in a `#p=…` fragment, or null when there is none or it does not decode. */
export async function decodeShare(hash: string): Promise<string | null> {
  const m = /^#?p=([A-Za-z0-9_-]+)$/.exec(hash);
  if (!m) return null;
  const bytes = fromBase64Url(m[1] as string);
  if (!bytes) return null;
  try {
    const raw = await pipe(bytes, new DecompressionStream('deflate-raw'));
    return new TextDecoder('utf-8', { fatal: false }).decode(raw);
  } catch {
    return null;
  }
}
