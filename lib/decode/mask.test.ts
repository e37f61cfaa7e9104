import { describe, expect, it } from 'vitest';
import { MASK, maskSecrets, maskValue } from './mask';

describe('maskSecrets', () => {
  it('masks Authorization headers and bearer tokens', () => {
    const text =
      'GET /v1 HTTP/1.1\r\nAuthorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig\r\nAccept: */*';
    const masked = maskSecrets(text);
    expect(masked).not.toContain('eyJhbGci');
    expect(masked).toContain(`Authorization: ${MASK}`);
    expect(masked).toContain('Accept: */*');
    expect(maskSecrets('curl -H "x: y" --oauth2-bearer x Bearer abc.def-123')).not.toContain(
      'abc.def-123',
    );
  });

  it('masks password, apiKey, token and secret fields in JSON, Python and log fields', () => {
    const text =
      '{"password":"hunter22","apiKey":"k-99","nested":{"access_token":"tok-1"}} {\'client_secret\': \'s3\'} token=abc&ok=1 Password: plain';
    const masked = maskSecrets(text);
    for (const secret of ['hunter22', 'k-99', 'tok-1', "'s3'", 'abc&', 'plain'])
      expect(masked).not.toContain(secret);
    expect(masked).toContain('"password":"[masked]"');
    expect(masked).toContain('ok=1');
  });

  it('masks user:pass@ in URLs', () => {
    expect(maskSecrets('fetch https://alice:s3cr3t@api.example.com/x')).toBe(
      `fetch https://${MASK}@api.example.com/x`,
    );
  });

  it("masks the headers of BlueJeans' remoteRequest", () => {
    const body = JSON.stringify({
      errorDetails: {
        remoteRequest:
          'POST http://10.0.0.9/x HTTP/1.1\nAuthorization: Digest user="a"\nX-Session: 77aa',
        remoteName: 'Room',
      },
    });
    const masked = maskSecrets(body);
    expect(masked).not.toContain('Digest');
    expect(masked).not.toContain('77aa');
    expect(masked).toContain('POST http://10.0.0.9/x HTTP/1.1');
    expect(JSON.parse(masked).errorDetails.remoteName).toBe('Room');
  });

  it('leaves error messages that mention tokens alone', () => {
    for (const text of [
      'Access token expired.',
      'Invalid basic authentication token',
      'Parameter [syncToken] is invalid',
    ])
      expect(maskSecrets(text)).toBe(text);
  });

  it('is linear on long runs of word characters', () => {
    const start = performance.now();
    maskSecrets('a'.repeat(2_000_000) + ' password=x');
    expect(performance.now() - start).toBeLessThan(1500);
  });
});

describe('maskValue', () => {
  it('masks a bound value whose name is a secret', () => {
    expect(maskValue('apiKey', 'abc')).toBe(MASK);
    expect(maskValue('parameterName', 'extensionId')).toBe('extensionId');
  });
});
