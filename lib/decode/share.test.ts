import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, fromBase64Url, MAX_SHARE_URL, toBase64Url } from './share';

describe('share links', () => {
  it('round-trips a paste through the fragment, masked', async () => {
    const text =
      'HTTP/1.1 401\nAuthorization: Bearer abc123xyz\n\n{"errors":[{"errorCode":"OAU-128","message":"Access token expired."}]} é ✓';
    const fragment = await encodeShare(text);
    expect(fragment).toMatch(/^p=[A-Za-z0-9_-]+$/);
    const back = await decodeShare(`#${fragment}`);
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
