import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScripts } from '../../build/postbuild-csp';
import { pageRefs } from '../links/html';

/** Gzip bytes one page ships on first load, following its own script and stylesheet tags. */
export type PageWeight = {
  page: string;
  html: number;
  js: number;
  css: number;
  total: number;
  jsFiles: number;
};

export const PAGE_TYPES = [
  'home',
  'vendors',
  'vendor',
  'entry',
  'standards',
  'standard',
  'standard-entry',
  'statuses',
  'status',
  'code',
  'search',
  'decode',
  'not-found',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Which kind of page a site path is (`/vendors/x/y/` is an entry); null for files we do not weigh. */
export function pageType(sitePath: string): PageType | null {
  const parts = sitePath.split('/').filter(Boolean);
  if (sitePath === '/404.html') return 'not-found';
  if (!sitePath.endsWith('/')) return null;
  if (parts.length === 0) return 'home';
  const [top] = parts;
  if (top === 'vendors') return (['vendors', 'vendor', 'entry'] as const)[parts.length - 1] ?? null;
  if (top === 'standards')
    return (['standards', 'standard', 'standard-entry'] as const)[parts.length - 1] ?? null;
  if (top === 'status') return (['statuses', 'status'] as const)[parts.length - 1] ?? null;
  if (top === 'code' && parts.length === 2) return 'code';
  if (top === 'search' && parts.length === 1) return 'search';
  if (top === 'decode' && parts.length === 1) return 'decode';
  return null;
}

/** Gzip sizes of out/ files, computed once per file however many pages load it. */
export function createSizer(outDir: string) {
  const cache = new Map<string, number>();
  return (sitePath: string): number => {
    const rel = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '').replace(/^\/+/, '');
    let size = cache.get(rel);
    if (size === undefined) {
      const file = path.join(outDir, rel);
      if (!fs.existsSync(file)) throw new Error(`${sitePath} is referenced but missing from out/`);
      size = gzipSync(fs.readFileSync(file), { level: 9 }).length;
      cache.set(rel, size);
    }
    return size;
  };
}

const SCRIPT_HINT = /^(?:modulepreload|preload)$/;

/** Gzip bytes of a page's inline scripts (a reading page's boot script, a page's RSC payload). */
function inlineScriptBytes(html: string): number {
  const code = inlineScripts(html).join('\n');
  return code ? gzipSync(code, { level: 9 }).length : 0;
}

/**
 * What a modern browser downloads for the page as served: the HTML, every script (not the
 * `nomodule` fallback it skips; inline scripts count as script too, and also inside the HTML's
 * bytes), preloaded scripts and stylesheets. Data a script fetches
 * later (search data) is not in the tags, so it is not counted here.
 */
export function weighPage(
  outDir: string,
  htmlRel: string,
  size: (sitePath: string) => number,
  sitePath: string,
): PageWeight {
  const html = fs.readFileSync(path.join(outDir, htmlRel), 'utf8');
  const js = new Set<string>();
  const css = new Set<string>();
  for (const ref of pageRefs(html).refs) {
    if (!ref.url.startsWith('/')) continue;
    if (ref.attr === 'script[src]' && !ref.nomodule) js.add(ref.url);
    if (ref.attr === 'link[href]' && ref.rel === 'stylesheet') css.add(ref.url);
    if (
      ref.attr === 'link[href]' &&
      SCRIPT_HINT.test(ref.rel ?? '') &&
      (ref.as ?? 'script') === 'script' &&
      ref.url.endsWith('.js')
    )
      js.add(ref.url);
  }
  const htmlBytes = gzipSync(html, { level: 9 }).length;
  const externalJs = [...js].reduce((s, u) => s + size(u), 0);
  const cssBytes = [...css].reduce((s, u) => s + size(u), 0);
  return {
    page: sitePath,
    html: htmlBytes,
    js: externalJs + inlineScriptBytes(html),
    css: cssBytes,
    total: htmlBytes + externalJs + cssBytes,
    jsFiles: js.size,
  };
}
