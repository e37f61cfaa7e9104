import fs from 'node:fs';
import path from 'node:path';

/**
 * The one walk of a static export (out/) that the checks share: links, page weight, the
 * Content-Security-Policy step and Lighthouse all list pages with `htmlFiles` and name them
 * with `pagePath`.
 */

/** The site path of an HTML file in out/: `vendors/x/index.html` → `/vendors/x/`. */
export function pagePath(rel: string): string {
  const p = `/${rel.split(path.sep).join('/')}`;
  return p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
}

/** Every HTML file under `outDir`, as sorted paths relative to it. */
export function htmlFiles(outDir: string): string[] {
  return fs
    .readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.relative(outDir, path.join(d.parentPath, d.name)))
    .sort();
}
