import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeShare,
  encodeShare,
  fromBase64Url,
  inflateCapped,
  MAX_SHARE_TEXT,
  MAX_SHARE_URL,
  toBase64Url,
} from './share';

/** A fragment for `text` as anyone could pack it, masked or not. */
function link(text: string | Buffer): string {
  return `#p=${toBase64Url(zlib.deflateRawSync(text, { level: 9 }))}`;
}

describe('share links', () => {
  it('round-trips a paste through the fragment, masked', async () => {
    const text =
      'HTTP/1.1 401\nAuthorization: Bearer abc123xyz\n\n{"errors":[{"errorCode":"OAU-128","message":"Access token expired."}]} é ✓';
    const fragment = await encodeShare(text);
    expect(fragment).toMatch(/^p=[A-Za-z0-9_-]+$/);
    const back = ((await decodeShare(`#${fragment}`)) as { text: string }).text;
    expect(back).toContain('"errorCode":"OAU-128"');
    expect(back).toContain('é ✓');
    expect(back).not.toContain('abc123xyz');
  });

  it('refuses a payload that would make the URL longer than 64 KB', async () => {
    // Incompressible text: xorshift32's printable characters.
    let seed = 2463534242;
    let random = '';
    for (let i = 0; i < 80_000; i += 1) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      seed >>>= 0;
      random += String.fromCharCode(48 + (seed % 75));
    }
    expect(await encodeShare(random, 30)).toBeNull();
    const small = (await encodeShare('CMN-101', 30)) as string;
    expect(30 + 1 + small.length).toBeLessThanOrEqual(MAX_SHARE_URL);
  });

  it('ignores fragments that are not share payloads', async () => {
    for (const hash of ['', '#', '#main', '#p=', '#p=!!!', '#p=AAAA'])
      expect(await decodeShare(hash)).toBeNull();
  });

  it('encodes base64url without padding', () => {
    const bytes = new Uint8Array([251, 255, 191, 0, 1]);
    expect(toBase64Url(bytes)).toBe('-_-_AAE');
    expect([...(fromBase64Url('-_-_AAE') as Uint8Array)]).toEqual([...bytes]);
  });
});

describe('share links: unpacked size', () => {
  it('stops unpacking a link past the limit, early, and says how far it went', async () => {
    // 46 MB of one letter packs into a link under 64 KB.
    const bomb = link(Buffer.alloc(46 * 1024 * 1024, 'x'));
    expect(bomb.length).toBeLessThan(MAX_SHARE_URL);
    const start = performance.now();
    expect(await decodeShare(bomb)).toEqual({ tooLarge: MAX_SHARE_TEXT });
    // Unpacking all 46 MB and decoding it as text takes far longer than stopping at 2 MB.
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('opens a link up to the limit and refuses one byte more', async () => {
    const text = 'CMN-101 '.repeat(125);
    expect(await decodeShare(link(text), 1000)).toEqual({ text });
    expect(await decodeShare(link(`${text}!`), 1000)).toEqual({ tooLarge: 1000 });
  });

  it('reports a broken stream as no payload', async () => {
    const packed = zlib.deflateRawSync(Buffer.from('CMN-101 '.repeat(1000)));
    expect(await inflateCapped(packed.subarray(0, packed.length - 10), 1e6)).toBeNull();
  });
});
