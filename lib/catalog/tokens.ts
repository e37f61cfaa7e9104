/** Lookup key for a code, name or number: case and dashes (or spaces, underscores) do not matter. */
export function tokenKey(token: string): string {
  return token
    .trim()
    .toLowerCase()
    .replace(/[-_\s]/g, '');
}

/** The `/code/<token>/` segment for an identifier: the identifier lowercased. */
export function codePathToken(identifier: string): string {
  return identifier.trim().toLowerCase();
}

export function entryKey(entry: { vendor: string; slug: string }): string {
  return `${entry.vendor}/${entry.slug}`;
}

export function entryUrl(vendor: string, slug: string): string {
  return `/vendors/${vendor}/${slug}/`;
}
