/**
 * `npx tsx scripts/checks/feeds.ts [dir]`: over the export just built, the Atom feed and the
 * OpenSearch description are valid (a real XML parser) and every link of the feed and of
 * llms.txt reaches a file of the export.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FEED_PATH, LLMS_PATH, OPENSEARCH_PATH } from '@/lib/urls';
import { FEED_LIMIT } from '@/lib/feeds';
import { SITE_URL } from '@/lib/site';
import { atomProblems, openSearchProblems } from './feeds/validate';

/** Whether a URL on the site is a file of the export (`/x/` is `x/index.html`). */
function inExport(root: string, url: string): boolean {
  if (!url.startsWith(`${SITE_URL}/`)) return false;
  const rel = decodeURIComponent(new URL(url).pathname);
  const file = path.join(root, ...rel.split('/'), rel.endsWith('/') ? 'index.html' : '');
  return file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile();
}

{
  const root = path.resolve(process.argv[2] ?? 'out');
  const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');
  try {
    const page = (url: string) => url.endsWith('/') && inExport(root, url);
    const feed = read(FEED_PATH);
    const problems = [
      ...atomProblems(feed, page, FEED_LIMIT).map((p) => `feed.xml: ${p}`),
      ...openSearchProblems(read(OPENSEARCH_PATH)).map((p) => `opensearch.xml: ${p}`),
    ];
    const llms = read(LLMS_PATH);
    const links = [...llms.matchAll(/\]\((https?:[^)\s]+)\)/g)].map((m) => m[1]!);
    if (!llms.startsWith('# ') || links.length === 0) problems.push('llms.txt: no H1 or no links');
    for (const url of links)
      if (!inExport(root, url)) problems.push(`llms.txt: ${url} is not a file of the export`);
    for (const p of problems) console.error(p);
    const entries = (feed.match(/<entry>/g) ?? []).length;
    console.log(
      `feeds: feed.xml (${entries} entries), opensearch.xml, llms.txt (${links.length} links): ${problems.length} problems`,
    );
    if (problems.length) process.exit(1);
  } catch (error) {
    console.error(`feeds: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
