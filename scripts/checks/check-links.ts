import path from 'node:path';
import { SITE_URL } from '@/lib/site';
import { checkLinks } from './links/check';

/** `npx tsx scripts/checks/check-links.ts [dir]`: every internal link and #anchor in out/ must resolve. */
const dir = process.argv[2] ?? 'out';
try {
  const started = performance.now();
  const { pages, links, broken } = checkLinks(dir, SITE_URL);
  for (const b of broken) console.error(`broken: ${b.page} ${b.attr} "${b.url}": ${b.reason}`);
  const ms = Math.round(performance.now() - started);
  console.log(
    `links: ${links} internal references on ${pages} pages in ${path.relative('.', path.resolve(dir)) || '.'}/, ${broken.length} broken (${ms} ms)`,
  );
  if (broken.length) process.exit(1);
} catch (error) {
  console.error(`links: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
