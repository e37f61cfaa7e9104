import fs from 'node:fs';
import path from 'node:path';
import { htmlFiles, pagePath } from '../out-files';
import { pageRefs, type PageRefs } from './html';

export type BrokenLink = { page: string; attr: string; url: string; reason: string };

/**
 * Checks every internal reference of every page in `outDir` the way a static host with
 * `trailingSlash: true` serves it: `/x/` is `x/index.html`, a file path is that file, and the
 * 404 page does not count as a target. `#anchor`s must name an id on the target page; a
 * fragment that carries state (`#p=…`) is not an anchor. Links to `siteUrl` count as internal.
 */
export function checkLinks(
  outDir: string,
  siteUrl?: string,
): { pages: number; links: number; broken: BrokenLink[] } {
  const root = path.resolve(outDir);
  const cache = new Map<string, PageRefs>();
  const load = (rel: string): PageRefs => {
    let refs = cache.get(rel);
    if (!refs) {
      refs = pageRefs(fs.readFileSync(path.join(root, rel), 'utf8'));
      cache.set(rel, refs);
    }
    return refs;
  };
  const broken: BrokenLink[] = [];
  const pages = htmlFiles(root);
  let links = 0;
  for (const page of pages) {
    const base = new URL(pagePath(page), 'http://site.invalid');
    for (const ref of load(page).refs) {
      let raw = ref.url.trim();
      if (siteUrl && raw.startsWith(`${siteUrl}/`)) raw = raw.slice(siteUrl.length);
      if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) continue; // another origin or scheme
      links++;
      const fail = (reason: string) =>
        broken.push({ page: pagePath(page), attr: ref.attr, url: ref.url, reason });
      const url = new URL(raw, base);
      let decoded: string;
      try {
        decoded = decodeURIComponent(url.pathname);
      } catch {
        fail('the path is not valid percent-encoding');
        continue;
      }
      const target = targetFile(root, decoded);
      if (typeof target !== 'string') {
        fail(target.reason);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!fragment || /^[\w-]+=/.test(fragment) || fragment.startsWith(':~:')) continue;
      if (!target.endsWith('.html')) continue;
      if (!load(target).ids.has(fragment))
        fail(`no element with id "${fragment}" on ${pagePath(target)}`);
    }
  }
  return { pages: pages.length, links, broken };
}

function targetFile(root: string, sitePath: string): string | { reason: string } {
  const rel = path.normalize(sitePath).replace(/^[/\\]+/, '');
  if (rel.startsWith('..')) return { reason: 'points outside the site' };
  const abs = path.join(root, rel);
  if (sitePath.endsWith('/')) {
    const index = path.join(rel, 'index.html');
    return fs.existsSync(path.join(root, index))
      ? index
      : { reason: `no ${path.join('out', index)}` };
  }
  if (fs.existsSync(abs) && fs.statSync(abs).isFile()) return rel;
  if (fs.existsSync(path.join(abs, 'index.html')))
    return { reason: 'missing trailing slash (the site uses trailingSlash: the host redirects)' };
  return { reason: `no ${path.join('out', rel)}` };
}
