/**
 * Which field names hold secrets. A name is read as words (`X-Amz-Signature`, `refresh_token`,
 * `sessionId`), so `auth` is a secret and `author` is not.
 */

/** Words that name a secret wherever they stand in a word (`clientsecret`, `accessToken`). */
const INSIDE = [
  'password',
  'passwd',
  'passphrase',
  'token',
  'secret',
  'apikey',
  'accesskey',
  'privatekey',
  'sessionid',
  'cookie',
  'credential',
  'signature',
  'authorization',
];
/** Words that name a secret only on their own (`pwd`, `auth`), and pairs of words. */
const WHOLE = new Set(['pass', 'pwd', 'auth', 'sig', 'jwt']);
const PAIRS = new Set(['api key', 'access key', 'private key', 'session id', 'secret key']);

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function isSecretKey(name: string): boolean {
  const list = words(name);
  return list.some(
    (w, i) =>
      WHOLE.has(w) ||
      INSIDE.some((s) => w.includes(s)) ||
      (i > 0 && PAIRS.has(`${list[i - 1]} ${w}`)),
  );
}
