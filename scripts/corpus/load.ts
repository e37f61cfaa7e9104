import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { publicSource } from '@/lib/catalog/schema';

/** Where an input was copied from: a public source, as the catalog's observed wordings cite them. */
const source = publicSource;

/** One real-world input and what Errdex must make of it. */
const itemSchema = z.strictObject({
  /** Unique across the corpus, kebab-case. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id'),
  /** decode: a paste (body, response, log line, exception); search: a query a person typed. */
  kind: z.enum(['decode', 'search']),
  /** Where the input was copied from, verbatim. */
  source,
  /** The text itself, whitespace kept. */
  input: z.string().min(1),
  /**
   * decode: the matches, in input order, as `<vendor>/<slug>` ([] = must match nothing);
   * search: the acceptable entries, one of which must be in the top 3.
   */
  expect: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9_-]+$/, '"<vendor>/<slug>" keys')),
  /** Why the item is interesting. */
  note: z.string().min(1).optional(),
  /**
   * A known miss: why Errdex does not get this item right yet. The tests hold it to missing (so
   * the mark goes when it starts to pass) and the report counts it with the rest.
   */
  miss: z.string().min(1).optional(),
});

const fileSchema = z.strictObject({
  /** The items of one file (one file per contributor or vendor). */
  items: z.array(z.unknown()),
});

export type CorpusItem = z.infer<typeof itemSchema> & {
  /** The corpus file, relative to the repository. */
  file: string;
};

/** A bad corpus file: one line naming the file, the item and the field. */
export class CorpusError extends Error {}

function fail(file: string, where: string, expected: string): never {
  throw new CorpusError(`${file}: ${where}: ${expected}`);
}

function readFile(root: string, name: string): unknown {
  const file = path.join(root, name);
  try {
    return parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail(path.join(path.basename(root), name), '(file)', `valid YAML (${reason})`);
  }
}

/**
 * Reads and validates every `<dir>/*.yaml`: the shape of each item, ids unique across files,
 * and every expected key naming an entry of the catalog (`known`). Throws a CorpusError.
 */
export function loadCorpus(dir: string, known: ReadonlySet<string>): CorpusItem[] {
  const root = path.resolve(dir);
  if (!fs.existsSync(root)) fail(dir, '(directory)', 'a corpus directory');
  const names = fs
    .readdirSync(root)
    .filter((n) => n.endsWith('.yaml'))
    .sort();
  const ids = new Map<string, string>();
  const items: CorpusItem[] = [];
  for (const name of names) {
    const file = path.join(path.basename(root), name);
    const top = fileSchema.safeParse(readFile(root, name));
    if (!top.success) fail(file, 'items', 'a top-level list of items');
    top.data.items.forEach((raw, i) => {
      const parsed = itemSchema.safeParse(raw);
      const id = (raw as { id?: unknown })?.id;
      const at = typeof id === 'string' ? `item "${id}"` : `item ${i + 1}`;
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const keys = issue && 'keys' in issue && Array.isArray(issue.keys) ? issue.keys : [];
        const field = [...(issue?.path ?? []), ...keys].map(String).join('.') || '(item)';
        fail(file, `${at}, field "${field}"`, issue?.message ?? 'invalid');
      }
      const item = parsed.data;
      const other = ids.get(item.id);
      if (other) fail(file, `${at}, field "id"`, `a unique id, also used in ${other}`);
      ids.set(item.id, file);
      for (const key of item.expect)
        if (!known.has(key))
          fail(file, `${at}, field "expect"`, `existing entries, "${key}" is not one`);
      if (item.kind === 'search' && item.expect.length === 0)
        fail(file, `${at}, field "expect"`, 'at least one entry for a search item');
      items.push({ ...item, file });
    });
  }
  return items;
}
