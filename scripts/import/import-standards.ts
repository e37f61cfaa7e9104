import path from 'node:path';
import { readStandards, writeStandards } from './standards';

/** `npm run import` (after the seeds): ../shared/standards/*.json → content/standards/. Safe to re-run. */
try {
  const root = path.resolve(process.env.ERRDEX_CONTENT_DIR ?? 'content');
  const codes = readStandards();
  const { written, missing, orphans } = writeStandards(root, codes);
  const perNamespace = new Map<string, number>();
  for (const c of codes) perNamespace.set(c.namespace, (perNamespace.get(c.namespace) ?? 0) + 1);
  const counts = [...perNamespace].map(([id, n]) => `${id} ${n}`);
  console.log(`import: ${written} standard codes in content/standards (${counts.join(', ')})`);
  const rel = (files: string[]) => files.map((f) => path.relative(process.cwd(), f)).join(', ');
  if (missing.length)
    console.error(
      `import: ${missing.length} standard code(s) have no explanation yet (write them): ${rel(missing)}`,
    );
  if (orphans.length)
    console.error(
      `import: ${orphans.length} file(s) match no standard code (delete them): ${rel(orphans)}`,
    );
  if (missing.length || orphans.length) process.exit(1);
} catch (error) {
  console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
