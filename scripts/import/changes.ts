/**
 * `npm run changes [-- --date YYYY-MM-DD]`: appends to `content/changes.yaml` one record for
 * every difference between content and its change record (a new entry, a changed message or
 * status, a new observed wording, an entry marked undocumented), dated today (UTC) unless
 * `--date` says otherwise. The maintainer reviews the appended records like any content edit;
 * the content step fails until they are there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { stringify } from 'yaml';
import { detectChanges, type ChangeDrift } from '@/lib/catalog/changes';
import { CHANGES_FILE, contentDir, loadCatalog } from '@/lib/catalog/load';

const HEADER = `# The catalog's change record: one dated record per change to an entry, oldest first.
# Each record keeps the values it recorded (schema: lib/catalog/changes-schema.ts); the content
# step fails when an entry's message or statuses differ from its latest record.
# \`npm run changes\` appends what is missing; review it like any content edit.
`;

/** `drift`'s records as YAML list items, ready to append to the change file. */
export function recordsYaml(drift: ChangeDrift[]): string {
  return drift.length
    ? stringify(
        drift.map((d) => d.record),
        { lineWidth: 0 },
      )
    : '';
}

/** The change file's text with `drift`'s records appended, formatted as the repository formats YAML. */
async function appendRecords(text: string, drift: ChangeDrift[]): Promise<string> {
  const base = text.trim() ? text.replace(/\n*$/, '\n') : HEADER;
  const added = recordsYaml(drift);
  const config = (await prettier.resolveConfig(path.resolve(CHANGES_FILE))) ?? {};
  return prettier.format(base + added, { ...config, parser: 'yaml' });
}

/** Appends the missing records to the content directory's change file; returns what it appended. */
export async function writeChanges(root: string, date: string): Promise<ChangeDrift[]> {
  const drift = detectChanges(loadCatalog(root).entries, date);
  const file = path.join(root, CHANGES_FILE);
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (drift.length || !text) fs.writeFileSync(file, await appendRecords(text, drift));
  return drift;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    const { values } = parseArgs({ options: { date: { type: 'string' } } });
    const date = values.date ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
      throw new Error(`--date must be a date written YYYY-MM-DD (got "${date}")`);
    const root = contentDir();
    const drift = await writeChanges(root, date);
    for (const d of drift) console.log(`${d.record.kind}: ${d.entry} (${d.field})`);
    console.log(
      `changes: ${drift.length} record(s) appended to ${path.join(path.basename(root), CHANGES_FILE)}, dated ${date}`,
    );
  } catch (error) {
    console.error(`changes: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
