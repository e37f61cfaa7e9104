/**
 * Where the site's machine-readable files live (DESIGN.md, "URL contract additions"): an
 * entry's data and Markdown twin beside its page, a token's lookup beside its /code/ page, and
 * the feed, OpenSearch description and llms.txt at the root.
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
