/**
 * Masks credentials in pasted text before it is displayed or shared. Every shape of secret is a
 * row of SECRET_SHAPES (a name, examples and what masks it): the tests run every example. Pure
 * string work; every pattern is linear in the input (no quantifier nested over pasted text).
 */
import { isSecretKey } from './secret-names';

export { isSecretKey } from './secret-names';

export const MASK = '[masked]';

/** A quoted value keeps its quotes (the JSON stays JSON); a bare one is replaced whole. */
function quoted(value: string): string {
  const q = value[0];
  return q === '"' || q === "'" ? `${q}${MASK}${q}` : MASK;
}

const PEM_BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----/g;

const found = (index: number): number => (index < 0 ? Infinity : index);

/** From a BEGIN line to its END line, or to the end of the string it sits in when cut off. */
function maskPem(text: string): string {
  let out = '';
  let last = 0;
  // Where the next END line and quote are, kept between blocks: each is searched for once.
  let end = -1;
  let quote = -1;
  PEM_BEGIN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PEM_BEGIN.exec(text))) {
    const from = m.index + m[0].length;
    if (end < from) end = found(text.indexOf('-----END', from));
    if (quote < from) quote = found(text.indexOf('"', from));
    const to = Math.min(end, quote, text.length);
    out += text.slice(last, from) + MASK;
    last = to;
    PEM_BEGIN.lastIndex = Math.max(to, from);
  }
  return out + text.slice(last);
}

const REMOTE_REQUEST = /(["']?remoteRequest["']?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/g;
// Each header line of the request the platform sent on the caller's behalf.
const REMOTE_HEADER = /((?:\\r)?\\n|\r?\n)([A-Za-z0-9-]+)(\s*:\s*)((?:(?!\\n|\\r|\n|["']$).)*)/g;

const HEADER =
  /\b((?:proxy-)?authorization|cookie|set-cookie|x-api-key|api-key|x-auth-token)(\s*:\s*)(?!\s|\[masked\])([^\r\n"'\\]+)/gi;

/**
 * `"key":"value"` escaped inside a string (`body="{\"refresh_token\":\"x\"}"`): the escaped
 * quote closes the value, so the usual field pattern would stop at its backslash.
 */
const ESCAPED_FIELD =
  /(?<!\\)(\\{1,8})(["'])([A-Za-z_][\w.-]{0,40})\1\2(\s*:\s*\1\2)((?:(?!\1\2)[^\n])*)/g;

// `"password": "x"`, `'apiKey': 'x'`, `token=x`, `client_secret: x` (JSON, Python, logs, query
// strings). The key first: only a secret's value is read, so a value holding fields of its own
// (a URL and its query) is still read field by field.
const KEY = /(["']?)\b([A-Za-z_][\w.-]{0,40})\1\s*[:=]\s*/g;
const VALUE = /(?!\[masked\])("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[^\s,;&}\]"']+)/y;

function field(text: string): string {
  let out = '';
  let last = 0;
  KEY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KEY.exec(text))) {
    if (!isSecretKey(m[2] as string)) continue;
    VALUE.lastIndex = KEY.lastIndex;
    const value = VALUE.exec(text)?.[0];
    if (!value) continue;
    out += text.slice(last, KEY.lastIndex) + quoted(value);
    last = KEY.lastIndex = VALUE.lastIndex;
  }
  return out + text.slice(last);
}

const BEARER = /\b(bearer|basic)(\s+)(?!\[masked\])([A-Za-z0-9\-._~+/]{6,}=*)/gi;

/** Tells a credential from an English word that happens to follow "basic" or "bearer". */
function looksLikeCredential(value: string): boolean {
  return /[0-9\-._~+/=]/.test(value) || value.length >= 20 || /[a-z][A-Z]/.test(value);
}

// Three base64url parts, the first two JSON objects (`{"` is `eyJ`): a JWT wherever it stands.
const JWT = /(?<![\w-])eyJ[\w-]{4,}\.eyJ[\w-]{4,}\.[\w-]*/g;
const AWS_KEY_ID = /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g;
const URL_USERINFO = /(?<![a-z0-9+.-])([a-z][a-z0-9+.-]{0,30}:\/\/)[^\s/?#@"'<>]+@/gi;

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
    mask: (text) =>
      text.replace(
        REMOTE_REQUEST,
        (_, key: string, value: string) => key + value.replace(REMOTE_HEADER, `$1$2$3${MASK}`),
      ),
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
    mask: (text) =>
      text.replace(ESCAPED_FIELD, (whole, bs: string, q: string, name: string, sep: string) =>
        isSecretKey(name) ? `${bs}${q}${name}${bs}${q}${sep}${MASK}` : whole,
      ),
  },
  {
    name: 'Authorization, Proxy-Authorization, Cookie and API-key headers',
    examples: [
      { text: 'Authorization: Bearer x\r\nAccept: */*', secret: 'Bearer x', kept: 'Accept: */*' },
      { text: 'Cookie: sid=c00k1e; theme=dark\nHost: h', secret: 'c00k1e', kept: 'Host: h' },
      { text: 'x-api-key: k3y-991\n', secret: 'k3y-991', kept: 'x-api-key: ' },
    ],
    mask: (text) => text.replace(HEADER, `$1$2${MASK}`),
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
    mask: field,
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
    mask: (text) =>
      text.replace(BEARER, (whole, scheme: string, space: string, value: string) =>
        looksLikeCredential(value) ? scheme + space + MASK : whole,
      ),
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
    mask: (text) => text.replace(JWT, MASK),
  },
  {
    name: 'AWS access key id',
    examples: [
      { text: 'using ASIAIOSFODNN7EXAMPLE for s3', secret: 'IOSFODNN7EXAMPLE', kept: ' for s3' },
    ],
    mask: (text) => text.replace(AWS_KEY_ID, MASK),
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
    mask: (text) => text.replace(URL_USERINFO, `$1${MASK}@`),
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
