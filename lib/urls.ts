/**
 * The URL contract (DESIGN.md, "URL contract" and "URL contract additions"), in one place: every
 * page, file and link of the site is assembled here, nowhere else. Site-relative, with the
 * trailing slash the static export serves. `urls.test.ts` holds it to DESIGN's tables.
 */

/** `/vendors/` and `/vendors/<vendor>/`. */
export function vendorUrl(vendor?: string): string {
  return vendor === undefined ? '/vendors/' : `/vendors/${vendor}/`;
}

/** A status group on a vendor's page: `/vendors/8x8/#status-400`, `#status-none` for no documented status. */
export function vendorStatusUrl(vendor: string, status: number | null): string {
  return `${vendorUrl(vendor)}#status-${status ?? 'none'}`;
}

/** One vendor entry's canonical page: `/vendors/<vendor>/<slug>/`. */
export function entryUrl(vendor: string, slug: string): string {
  return `/vendors/${vendor}/${slug}/`;
}

/** `/standards/`, `/standards/<id>/` and one code's page `/standards/<id>/<slug>/`. */
export function standardUrl(namespace?: string, slug?: string): string {
  if (namespace === undefined) return '/standards/';
  return slug === undefined ? `/standards/${namespace}/` : `/standards/${namespace}/${slug}/`;
}

/** `/status/` and `/status/<nnn>/`. */
export function statusUrl(status?: number): string {
  return status === undefined ? '/status/' : `/status/${status}/`;
}

/** `/code/<token>/`: the token as its page segment (already lowercased by the catalog). */
export function codeUrl(token: string): string {
  return `/code/${encodeURIComponent(token)}/`;
}

/** `/search/?q=…&vendor=…&status=…`, with only the filters given; `/search/` without any. */
export function searchUrl(filters: { q?: string; vendor?: string; status?: string } = {}): string {
  const p = new URLSearchParams();
  if (filters.q) p.set('q', filters.q);
  if (filters.vendor) p.set('vendor', filters.vendor);
  if (filters.status) p.set('status', filters.status);
  const s = p.toString();
  return s ? `/search/?${s}` : '/search/';
}

/*
 * Machine-readable files: an entry's data and Markdown twin beside its page, a token's lookup
 * beside its /code/ page, and the feed, OpenSearch description and llms.txt at the root.
 */

/** `/vendors/ringcentral/cmn-101/` → `/vendors/ringcentral/cmn-101.json`: the entry's data. */
export function entryDataPath(entry: { url: string }): string {
  return `${entry.url.replace(/\/+$/, '')}.json`;
}

/** `/vendors/ringcentral/cmn-101/` → `/vendors/ringcentral/cmn-101.md`: the page as Markdown. */
export function entryMarkdownPath(entry: { url: string }): string {
  return `${entry.url.replace(/\/+$/, '')}.md`;
}

/** `/code/cmn-101.json`: what `errdex lookup cmn-101 --json` prints. */
export function codeDataPath(token: string): string {
  return `/code/${encodeURIComponent(token)}.json`;
}

export const FEED_PATH = '/feed.xml';
export const OPENSEARCH_PATH = '/opensearch.xml';
export const LLMS_PATH = '/llms.txt';

/** The autodiscovery link every page carries, so a browser can add the site's search. */
export function searchLinkHtml(siteName: string): string {
  return `<link rel="search" type="application/opensearchdescription+xml" title="${siteName}" href="${OPENSEARCH_PATH}">`;
}

/** The fixed pages and files of the contract. */
export const SITE_PATHS = {
  home: '/',
  decode: '/decode/',
  catalog: '/catalog.json',
  feed: FEED_PATH,
  openSearch: OPENSEARCH_PATH,
  llms: LLMS_PATH,
} as const;
