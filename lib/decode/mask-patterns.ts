/**
 * The patterns behind SECRET_SHAPES (lib/decode/mask.ts), one handler per shape. Each is linear
 * in the text: no quantifier nested over pasted text, and a run a pattern could retry from every
 * character of is anchored at its start.
 */
import { isSecretKey } from './secret-names';

export const MASK = '[masked]';

/** A quoted value keeps its quotes (the JSON stays JSON); a bare one is replaced whole. */
function quoted(value: string): string {
  const q = value[0];
  return q === '"' || q === "'" ? `${q}${MASK}${q}` : MASK;
}

const PEM_BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----/g;

const found = (index: number): number => (index < 0 ? Infinity : index);

/** From a BEGIN line to its END line, or to the end of the string it sits in when cut off. */
export function maskPem(text: string): string {
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

export function maskFields(text: string): string {
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

export const maskRemoteRequest = (text: string): string =>
  text.replace(
    REMOTE_REQUEST,
    (_, key: string, value: string) => key + value.replace(REMOTE_HEADER, `$1$2$3${MASK}`),
  );

export const maskEscapedFields = (text: string): string =>
  text.replace(ESCAPED_FIELD, (whole, bs: string, q: string, name: string, sep: string) =>
    isSecretKey(name) ? `${bs}${q}${name}${bs}${q}${sep}${MASK}` : whole,
  );

export const maskHeaders = (text: string): string => text.replace(HEADER, `$1$2${MASK}`);

export const maskCredentials = (text: string): string =>
  text.replace(BEARER, (whole, scheme: string, space: string, value: string) =>
    looksLikeCredential(value) ? scheme + space + MASK : whole,
  );

export const maskJwts = (text: string): string => text.replace(JWT, MASK);

export const maskAwsKeyIds = (text: string): string => text.replace(AWS_KEY_ID, MASK);

export const maskUrlUserinfo = (text: string): string => text.replace(URL_USERINFO, `$1${MASK}@`);
