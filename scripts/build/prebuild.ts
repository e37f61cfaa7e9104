import fs from 'node:fs';
import path from 'node:path';
import { assertChangesCurrent } from '@/lib/catalog/changes';
import { CHANGES_FILE, contentDir, loadCatalog } from '@/lib/catalog/load';

/**
 * Validates content once, before Next starts, into `generated/catalog.json`: every route,
 * the search data and the CLI read that file. Bad content stops here with one line, and so does
 * content that has moved on from its change record (`npm run changes` appends what is missing).
 */
try {
  const started = performance.now();
  const catalog = loadCatalog();
  assertChangesCurrent(catalog.entries, path.join(path.basename(contentDir()), CHANGES_FILE));
  const out = path.resolve('generated', 'catalog.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(catalog));
  const ms = Math.round(performance.now() - started);
  console.log(
    `content: ${catalog.entries.length} entries, ${catalog.vendors.length} vendors validated in ${ms} ms`,
  );
} catch (error) {
  console.error(`content error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
