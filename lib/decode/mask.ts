/**
 * Masks credentials in pasted text before it is displayed or shared. Every shape of secret is a
 * row of SECRET_SHAPES (a name, examples and what masks it): the tests run every example. Pure
 * string work; every pattern is linear in the input (see mask-patterns.ts).
 */
import {
  MASK,
  maskPem,
  maskRemoteRequest,
  maskEscapedFields,
  maskHeaders,
  maskFields,
  maskCredentials,
  maskJwts,
  maskAwsKeyIds,
  maskUrlUserinfo,
} from './mask-patterns';
import { isSecretKey } from './secret-names';

export { MASK } from './mask-patterns';
export { isSecretKey } from './secret-names';

/** An example text, the secret in it (which must not survive) and text around it that must. */
type Example = { text: string; secret: string; kept: string };

export const SECRET_SHAPES: { name: string; examples: Example[]; mask: (t: string) => string }[] = [
  {
    name: 'PEM private key block (raw or escaped in JSON)',
    examples: [
      {
        text: '{"key":"-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA7b\\n-----END RSA PRIVATE KEY-----","ok":1}',
        secret: 'MIIEowIBAAKCAQEA7b',
        kept: '-----END RSA PRIVATE KEY-----","ok":1}',
      },
      {
        text: 'key:\n-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI\n',
        secret: 'MC4CAQAwBQYDK2VwBCIEI',
        kept: 'key:\n-----BEGIN PRIVATE KEY-----',
      },
    ],
    mask: maskPem,
  },
  {
    name: 'BlueJeans remoteRequest headers',
    examples: [
      {
        text: '{"remoteRequest":"POST /x HTTP/1.1\\nX-Session: 77aa-91\\nHost: h"}',
        secret: '77aa-91',
        kept: 'POST /x HTTP/1.1',
      },
    ],
    mask: maskRemoteRequest,
  },
  {
    name: 'secret field in JSON escaped inside a string',
    examples: [
      {
        text: 'WARN retry body="{\\"refresh_token\\":\\"rt-8f2a\\",\\"scope\\":\\"x\\"}"',
        secret: 'rt-8f2a',
        kept: '\\"scope\\":\\"x\\"}"',
      },
    ],
    mask: maskEscapedFields,
  },
  {
    name: 'Authorization, Proxy-Authorization, Cookie and API-key headers',
    examples: [
      { text: 'Authorization: Bearer x\r\nAccept: */*', secret: 'Bearer x', kept: 'Accept: */*' },
      { text: 'Cookie: sid=c00k1e; theme=dark\nHost: h', secret: 'c00k1e', kept: 'Host: h' },
      { text: 'x-api-key: k3y-991\n', secret: 'k3y-991', kept: 'x-api-key: ' },
    ],
    mask: maskHeaders,
  },
  {
    name: 'secret-named field (JSON, Python, logfmt, query string)',
    examples: [
      { text: '{"password":"hunter22","id":7}', secret: 'hunter22', kept: '"id":7}' },
      { text: "{'sessionId': 'ses-41', 'a': 1}", secret: 'ses-41', kept: "'a': 1}" },
      { text: '{"privateKey":"pk-9","a":1}', secret: 'pk-9', kept: '"a":1}' },
      { text: 'accessKey=ak-77 region=us', secret: 'ak-77', kept: 'region=us' },
      { text: 'auth=au-7 user=bo', secret: 'au-7', kept: 'user=bo' },
      { text: '{"signature":"5ig-0","v":2}', secret: '5ig-0', kept: '"v":2}' },
      { text: '{"cookie":"ck-1","v":2}', secret: 'ck-1', kept: '"v":2}' },
      { text: 'api_key: plain-k ok', secret: 'plain-k', kept: ' ok' },
      {
        text: 'GET /b/o?X-Amz-Credential=AKIA%2F20250101%2Fus&X-Amz-Signature=9f8e7d&x=1',
        secret: '9f8e7d',
        kept: '&x=1',
      },
      {
        text: 'GET /b/o?X-Amz-Credential=cred%2F20250101%2Fus&X-Amz-Date=1',
        secret: 'cred%2F',
        kept: '&X-Amz-Date=1',
      },
    ],
    mask: maskFields,
  },
  {
    name: 'bearer and basic credentials',
    examples: [
      {
        text: 'curl --oauth2-bearer x Bearer abc.def-123 -v',
        secret: 'abc.def-123',
        kept: ' -v',
      },
    ],
    mask: maskCredentials,
  },
  {
    name: 'bare JWT',
    examples: [
      {
        text: 'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl seen',
        secret: 'eyJzdWIiOiIxIn0',
        kept: ' seen',
      },
    ],
    mask: maskJwts,
  },
  {
    name: 'AWS access key id',
    examples: [
      { text: 'using ASIAIOSFODNN7EXAMPLE for s3', secret: 'IOSFODNN7EXAMPLE', kept: ' for s3' },
    ],
    mask: maskAwsKeyIds,
  },
  {
    name: 'user:password@ in a URL',
    examples: [
      {
        text: 'fetch https://alice:s3cr3t@api.example.com/x',
        secret: 's3cr3t',
        kept: '@api.example.com/x',
      },
    ],
    mask: maskUrlUserinfo,
  },
];

export function maskSecrets(text: string): string {
  return SECRET_SHAPES.reduce((masked, shape) => shape.mask(masked), text);
}

/** A bound value is masked when its key names a secret, and scrubbed of tokens otherwise. */
export function maskValue(key: string, value: string): string {
  if (isSecretKey(key)) return MASK;
  // Every shape needs one of these, or is a JWT, key id or PEM block: most values skip the work.
  return /[:=@\s]|eyJ|AKIA|ASIA|-----/.test(value) ? maskSecrets(value) : value;
}
