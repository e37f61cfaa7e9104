/**
 * Dash-like characters a code picks up when copied from documents, chat or PDFs: hyphen,
 * non-breaking hyphen, en and em dashes, minus sign … (Unicode dash punctuation, and U+2212).
 */
const SEPARATORS = /[\s_\p{Pd}\u2212]/gu;

/** Lookup key for a code, name or number: case and dashes (or spaces, underscores) do not matter. */
export function tokenKey(token: string): string {
  // Full-width forms (`ＣＭＮ－１０１`) fold to ASCII; plain ASCII skips the normalization.
  const text = /[^\x00-\x7f]/.test(token) ? token.normalize('NFKC') : token;
  return text.trim().toLowerCase().replace(SEPARATORS, '');
}

/** The `/code/<token>/` segment for an identifier: the identifier lowercased. */
export function codePathToken(identifier: string): string {
  return identifier.trim().toLowerCase();
}

export function entryKey(entry: { vendor: string; slug: string }): string {
  return `${entry.vendor}/${entry.slug}`;
}
