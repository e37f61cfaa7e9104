import path from 'node:path';
import { readSeeds } from './seeds';
import { writeContent } from './write';

/** `npm run import`: seeds → content/. Safe to re-run: bodies and our fields are kept. */
try {
  const root = path.resolve(process.env.ERRDEX_CONTENT_DIR ?? 'content');
  const seeds = readSeeds();
  const { written, orphans } = writeContent(root, seeds);
  const counts = seeds.map((s) => `${s.vendor.id} ${s.rows.length}`).join(', ');
  console.log(
    `import: wrote ${written} files to ${path.relative(process.cwd(), root) || '.'} (${counts})`,
  );
  if (orphans.length) {
    console.error(
      `import: ${orphans.length} entry file(s) match no seed row (delete them or restore the row): ${orphans.join(', ')}`,
    );
    process.exit(1);
  }
} catch (error) {
  console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
