import { createHash } from 'node:crypto';
import type { CodeTarget } from './catalog/index';
import { codeUrl, searchLinkHtml, searchUrl } from './urls';
import { clip, codePage, entryLabel } from './entry-view';

/**
 * `/code/<token>/` as plain HTML, with no JavaScript and no Next runtime: one file of a few
 * hundred bytes per token instead of a routed page (HTML plus RSC payloads, ~137 KB of
 * scripts), because a catalog has about as many tokens as entries. Build-only (node:crypto).
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text or attribute value safe to place in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const STYLE =
  'body{font:1.125rem/1.6 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem}li{margin:.5rem 0}' +
  // The site's colours, set outright: the browser's dark canvas and link colours are its own
  // (and contrast checkers read an unset background as white).
  'html{background:#fff;color:#0f172a}a{color:#1d4ed8}' +
  '@media(prefers-color-scheme:dark){html{background:#020617;color:#f1f5f9}a{color:#93c5fd}}';
const STYLE_HASH = createHash('sha256').update(STYLE, 'utf8').digest('base64');

/** Nothing may run, load or be submitted; only the one inline stylesheet, by its hash. */
export const CODE_PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** `namespaceName` names a vendor (`8x8`) or a standard (`SIP`) before its codes. */
export type CodePageSite = { name: string; url: string; namespaceName: (id: string) => string };

type Head = { title: string; description: string; canonical: string; extra?: string };

function document(site: CodePageSite, head: Head, main: string): string {
  const title = `${head.title} · ${site.name}`;
  const meta = (attr: string, key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}">`;
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    // A constant with no `"` or `&`: its quotes need no escaping inside a double-quoted attribute.
    `<meta http-equiv="Content-Security-Policy" content="${CODE_PAGE_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', head.description),
    head.extra ?? '',
    `<link rel="canonical" href="${escapeHtml(head.canonical)}">`,
    searchLinkHtml(escapeHtml(site.name)),
    meta('property', 'og:site_name', site.name),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', head.canonical),
    `<style>${STYLE}</style></head><body><main>${main}</main></body></html>\n`,
  ].join('');
}

/**
 * The page for one token: for one entry, a forward to it (meta refresh, canonical, a visible
 * link, kept out of search results); for several, a list to choose from. Null when no entry
 * has the token: the host's 404 page answers instead.
 */
export function codePageHtml(
  token: string,
  entries: CodeTarget[],
  site: CodePageSite,
): string | null {
  const page = codePage(entries);
  if (!page) return null;
  const abs = (path: string) => `${site.url}${path}`;
  if (page.kind === 'redirect') {
    const e = page.entry;
    const vendor = site.namespaceName(e.vendor);
    const name = `${vendor} ${entryLabel(e)}`;
    const url = escapeHtml(page.url);
    return document(
      site,
      {
        title: `${e.code ?? token} (${vendor})`,
        description: clip(
          `${vendor} ${e.kind === 'standard' ? 'code' : 'error'} ${e.code ?? token}: ${e.message}`,
        ),
        canonical: abs(page.url),
        extra: `<meta name="robots" content="noindex, follow"><meta http-equiv="refresh" content="0; url=${url}">`,
      },
      `<h1>${escapeHtml(name)}</h1><p>${escapeHtml(e.message)}</p><p><a href="${url}">Read ${escapeHtml(name)} on ${escapeHtml(site.name)}</a></p>`,
    );
  }
  const vendors = [...new Set(page.entries.map((e) => site.namespaceName(e.vendor)))];
  const items = page.entries
    .map(
      (e) =>
        `<li><a href="${escapeHtml(e.url)}">${escapeHtml(`${site.namespaceName(e.vendor)} ${entryLabel(e)}`)}</a>: ${escapeHtml(e.message)}</li>`,
    )
    .join('');
  const search = searchUrl({ q: token });
  const kinds = new Set(page.entries.map((e) => e.kind));
  const what = kinds.has('standard') ? 'catalogued codes' : 'catalogued errors';
  const pick = !kinds.has('standard')
    ? 'Pick the vendor whose API you called:'
    : kinds.has('vendor')
      ? 'Pick the vendor whose API you called, or the standard your trace or log speaks:'
      : 'Pick the standard your trace or log speaks:';
  return document(
    site,
    {
      title: `Code ${token}`,
      description: clip(
        `${page.entries.length} ${what} use the code ${token}: ${vendors.join(', ')}.`,
      ),
      canonical: abs(codeUrl(token)),
    },
    `<p><a href="/">${escapeHtml(site.name)} home</a></p><h1>Code ${escapeHtml(token)}</h1><p>${page.entries.length} ${what} use this identifier. ${pick}</p><ul>${items}</ul><p><a href="${escapeHtml(search)}">Search the catalog for ${escapeHtml(token)}</a></p>`,
  );
}
