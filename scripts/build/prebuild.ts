import fs from 'node:fs';
import path from 'node:path';
import { loadCatalog } from '@/lib/catalog/load';

/**
 * Validates content once, before Next starts, into `generated/catalog.json`: every route,
 * the search data and the CLI read that file. Bad content stops here with one line.
 */
try {
  const started = performance.now();
  const catalog = loadCatalog();
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
