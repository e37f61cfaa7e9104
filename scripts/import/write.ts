import fs from 'node:fs';
import path from 'node:path';
import { templateVariables } from '@/lib/template';
import { classify } from './classify';
import type { SeedDocument, SeedRow } from './types';
import { fileText, readExisting, type Yaml } from './yaml';

/** Our fields for an entry: kept from the existing file when it has them, else a first guess. */
function oursFor(
  row: SeedRow,
  existing: Record<string, unknown> | undefined,
): Record<string, Yaml> {
  const guess = classify(row);
  const keep = (existing ?? {}) as Record<string, Yaml>;
  return {
    category: keep.category ?? guess.category,
    fault: keep.fault ?? guess.fault,
    retry: keep.retry ?? guess.retry,
    template: keep.template ?? null,
    statusNote: row.statusNote,
  };
}

function entryFrontmatter(
  row: SeedRow,
  document: string,
  existing?: Record<string, unknown>,
): Record<string, Yaml> {
  return {
    vendor: row.vendor,
    code: row.code,
    aliases: row.aliases,
    slug: row.slug,
    status: row.status,
    statuses: row.statuses,
    message: row.message,
    messageKind: row.messageKind,
    type: row.type,
    detailKeys: row.detailKeys,
    variables: templateVariables(row.message),
    section: row.section,
    source: { document, line: row.line },
    // Observed wordings are curated facts about the world, not the seed's: kept as they are.
    ...(Array.isArray(existing?.observed) && existing.observed.length
      ? { observed: existing.observed as Yaml }
      : {}),
    errdex: oursFor(row, existing?.errdex as Record<string, unknown> | undefined),
  };
}

/**
 * Writes content/ from parsed seeds. Facts are rewritten from the seeds every time; the MDX
 * bodies and our fields (`errdex.*`, except the derived statusNote) are kept, so re-running
 * over hand-edited content is safe. Undocumented entries (`documented: false`) have no seed row
 * and are left alone. Returns the files written and any orphaned entry files.
 */
export function writeContent(
  root: string,
  seeds: (SeedDocument & { document: string })[],
): { written: number; orphans: string[] } {
  let written = 0;
  const expected = new Set<string>();
  for (const { vendor, rows, document } of seeds) {
    const vendorFile = path.join(root, 'vendors', `${vendor.id}.mdx`);
    fs.mkdirSync(path.dirname(vendorFile), { recursive: true });
    const existingVendor = readExisting(vendorFile);
    fs.writeFileSync(
      vendorFile,
      fileText({ ...vendor, source: document }, existingVendor?.body ?? ''),
    );
    written += 1;
    for (const row of rows) {
      const file = path.join(root, 'errors', row.vendor, `${row.slug}.mdx`);
      if (expected.has(file)) throw new Error(`${file}: two seed rows map to this slug`);
      expected.add(file);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const existing = readExisting(file);
      fs.writeFileSync(
        file,
        fileText(entryFrontmatter(row, document, existing?.data), existing?.body ?? ''),
      );
      written += 1;
    }
  }
  const errorsDir = path.join(root, 'errors');
  const orphans = fs
    .readdirSync(errorsDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => path.join(d.parentPath, d.name))
    .filter((f) => !expected.has(f))
    .filter((f) => readExisting(f)?.data.documented !== false);
  return { written, orphans };
}
