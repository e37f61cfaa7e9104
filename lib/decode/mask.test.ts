import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastestMs } from '../timing';
import { MASK, SECRET_SHAPES, isSecretKey, maskSecrets, maskValue } from './mask';
import { decoder, wrap } from './test-fixtures';

describe('every shape of secret in the table', () => {
  for (const shape of SECRET_SHAPES)
    for (const { text, secret, kept } of shape.examples)
      it(`${shape.name}: ${text.slice(0, 48)}`, () => {
        const masked = maskSecrets(text);
        expect(masked).not.toContain(secret);
        expect(masked).toContain(kept);
        expect(masked).toContain(MASK);
        // Masking twice changes nothing: a masked value is never masked again.
        expect(maskSecrets(masked)).toBe(masked);
      });
});

describe('maskSecrets', () => {
  it('masks an Authorization header once, without a stray bracket', () => {
    expect(maskSecrets('Authorization: Bearer x')).toBe(`Authorization: ${MASK}`);
    expect(maskSecrets('{"authorization": "Basic dXNlcjpw"}')).toBe(`{"authorization": "${MASK}"}`);
  });

  it('keeps the JSON a body was masked in parseable', () => {
    const body = JSON.stringify({
      errorDetails: {
        remoteRequest:
          'POST http://10.0.0.9/x HTTP/1.1\nAuthorization: Digest user="a"\nX-Session: 77aa',
        remoteName: 'Room',
      },
      password: 'p"w',
    });
    const masked = maskSecrets(body);
    expect(masked).not.toContain('Digest');
    expect(JSON.parse(masked).errorDetails.remoteName).toBe('Room');
  });

  it('leaves error messages, codes and parameter names alone', () => {
    for (const text of [
      'Access token expired.',
      'Invalid basic authentication token',
      'Parameter [syncToken] is invalid',
      '{"errorCode":"OAU-213","message":"Token is revoked"}',
      'author=ann authority=ca',
    ])
      expect(maskSecrets(text)).toBe(text);
  });

  it('is linear on long runs of what its patterns look for', () => {
    for (const text of [
      'a'.repeat(2_000_000) + ' password=x',
      '\\'.repeat(500_000) + '"',
      '-----BEGIN PRIVATE KEY-----'.repeat(50_000),
      'eyJ'.repeat(300_000),
      'x='.repeat(500_000),
    ]) {
      expect(
        fastestMs(() => maskSecrets(text)),
        text.slice(0, 20),
      ).toBeLessThan(1500);
    }
  });
});

/** Where a secret may stand in what people paste. */
const contexts: ((secret: string) => string)[] = [
  (s) => JSON.stringify({ level: 'error', password: s, status: 401 }),
  (s) =>
    `2025-01-01T00:00:00Z WARN call body=${JSON.stringify(JSON.stringify({ refresh_token: s, scope: 'a' }))}`,
  (s) => `GET /v1 HTTP/1.1\r\nAuthorization: Bearer ${s}\r\nAccept: */*\r\n`,
  (s) => `Cookie: session=${s}; lang=en`,
  (s) => `curl 'https://bkt.s3.amazonaws.com/o?X-Amz-Signature=${s}&X-Amz-Expires=60'`,
  (s) => `{'sessionId': '${s}', 'ok': True}`,
  (s) => `fetch https://bob:${s}@api.example.com/v2`,
  (s) => `accessKey=${s} region=eu auth=${s}`,
  (s) => `jwt=eyJhbGciOiJIUzI1NiJ9.eyJ${s}.${s}`,
];

describe('generated secrets in generated contexts', () => {
  it('never survive masking', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9_-]{12,40}$/),
        fc.constantFrom(...contexts),
        (secret, context) => {
          expect(maskSecrets(context(secret))).not.toContain(secret);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('maskValue and isSecretKey', () => {
  it('masks a bound value whose name is a secret', () => {
    expect(maskValue('apiKey', 'abc')).toBe(MASK);
    expect(maskValue('parameterName', 'extensionId')).toBe('extensionId');
    expect(maskValue('parameter', 'eyJhbGciOiJI.eyJzdWIiOiIx.c2ln')).toBe(MASK);
  });

  it('reads names as words', () => {
    for (const name of ['X-Amz-Signature', 'refresh_token', 'SESSIONID', 'auth', 'client_secret'])
      expect(isSecretKey(name), name).toBe(true);
    for (const name of ['author', 'remoteAddress', 'parameterName', 'session', 'errorCode'])
      expect(isSecretKey(name), name).toBe(false);
  });

  it('keeps the decoder binding values it needs', () => {
    const body = {
      errors: [{ errorCode: 'CMN-101', message: 'Parameter [token] value is invalid.' }],
    };
    const [match] = decoder.decode(wrap.http(body, 400)).matches;
    expect(match?.entry.code).toBe('CMN-101');
    expect(match?.params).toEqual({ parameterName: 'token' });
  });
});
