/**
 * Masks credentials in pasted text before it is displayed or shared: Authorization-style
 * headers, bearer tokens, secret-looking fields, `user:pass@` in URLs and the headers of
 * BlueJeans' `remoteRequest`. Pure string work, linear in the input.
 */
export const MASK = '[masked]';

const SECRET_KEY =
  /(?:pass(?:word|wd)?|pwd|api[-_]?key|token|secret|credential|authorization|cookie|session[-_]?id)/i;

function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

const SECRET_FIELD = /(?:pass(?:word|wd)?|pwd|api[-_]?key|token|secret|authorization)/i;

function isSecretField(name: string): boolean {
  return SECRET_FIELD.test(name);
}

/** A bound value is masked when its key names a secret, and scrubbed of tokens otherwise. */
export function maskValue(key: string, value: string): string {
  if (isSecretKey(key)) return MASK;
  // Every pattern below needs one of these characters: most values skip the work.
  return /[:=@\s]/.test(value) ? maskSecrets(value) : value;
}

const HEADER =
  /\b((?:proxy-)?authorization|cookie|set-cookie|x-api-key|api-key)(\s*:\s*)(?!\[masked\])([^\r\n"'\\]+)/gi;
const BEARER = /\b(bearer|basic)(\s+)(?!\[masked\])([A-Za-z0-9\-._~+/]{6,}=*)/gi;

/** Tells a credential from an English word that happens to follow "basic" or "bearer". */
function looksLikeCredential(value: string): boolean {
  return /[0-9\-._~+/=]/.test(value) || value.length >= 20 || /[a-z][A-Z]/.test(value);
}
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]+@/gi;
// `"password": "x"`, `'apiKey': 'x'`, `token=x`, `client_secret: x` (JSON, Python, logs, query strings).
const FIELD =
  /((["']?)\b([A-Za-z_][\w-]{0,40})\2\s*[:=]\s*)("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[^\s,;&}\]"']+)/g;
const REMOTE_REQUEST = /(["']?remoteRequest["']?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/g;

function quoted(value: string): string {
  const q = value[0];
  return q === '"' || q === "'" ? `${q}${MASK}${q}` : MASK;
}

export function maskSecrets(text: string): string {
  return text
    .replace(
      REMOTE_REQUEST,
      (_, key: string, value: string) =>
        // Every header line of the request the platform sent on the caller's behalf.
        key +
        value.replace(
          /((?:\\r)?\\n|\r?\n)([A-Za-z0-9-]+)(\s*:\s*)((?:(?!\\n|\\r|\n|["']$).)*)/g,
          `$1$2$3${MASK}`,
        ),
    )
    .replace(HEADER, `$1$2${MASK}`)
    .replace(FIELD, (whole, key: string, _q: string, name: string, value: string) =>
      isSecretField(name) && !value.includes(MASK) ? key + quoted(value) : whole,
    )
    .replace(BEARER, (whole, scheme: string, space: string, value: string) =>
      looksLikeCredential(value) ? scheme + space + MASK : whole,
    )
    .replace(URL_USERINFO, `$1${MASK}@`);
}
