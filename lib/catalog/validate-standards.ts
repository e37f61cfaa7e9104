import { z } from 'zod';
import { STANDARDS } from '@/lib/namespaces/standards';
import { standardUrl } from '@/lib/urls';
import { baseName, ContentError, parse, type RawFile } from './content-file';
import { standardEntrySchema } from './schema';
import { codePathToken } from './tokens';
import type { StandardEntry } from './types';

/** Validates one standard code's file: its frontmatter, and its facts through its namespace module. */
function validateStandardEntry(raw: RawFile): { entry: StandardEntry; rank: number } {
  const data = parse(standardEntrySchema, raw);
  const fail = (field: string, expected: string) => new ContentError(raw.file, field, expected);
  const standard = STANDARDS.find((s) => s.id === data.namespace);
  if (!standard)
    throw fail(
      'namespace',
      `a standard (${STANDARDS.map((s) => s.id).join(', ')}), got "${data.namespace}"`,
    );
  const folder = raw.file.split('/').at(-2);
  if (folder !== data.namespace)
    throw fail('namespace', `"${folder}" (the folder it is in), got "${data.namespace}"`);
  const read = standard.read(data.facts, z);
  if (!read.ok) throw fail(`facts.${read.field}`, read.expected);
  if (data.slug !== baseName(raw.file))
    throw fail('slug', `"${baseName(raw.file)}" (the file name), got "${data.slug}"`);
  if (data.slug !== read.slug)
    throw fail('slug', `"${read.slug}" (from the facts), got "${data.slug}"`);
  if (data.code !== read.code)
    throw fail('code', `"${read.code}" (from the facts), got "${data.code}"`);
  const entry = {
    ...data,
    title: read.title,
    group: read.group,
    faultWords: standard.kind,
    aliases: read.aliases,
    url: standardUrl(data.namespace, data.slug),
    tokens: [...new Set([data.code, ...read.aliases].map(codePathToken))],
    body: raw.body,
    file: raw.file,
  };
  return { entry, rank: read.rank };
}

/** Every standard code, each slug once within its standard: standards in the registry's order, codes in theirs. */
export function validateStandards(files: RawFile[]): StandardEntry[] {
  const ranked = files.map(validateStandardEntry);
  const entries = ranked.map((r) => r.entry);
  const seen = new Map<string, string>();
  for (const e of entries) {
    const key = `${e.namespace}/${e.slug}`;
    const other = seen.get(key);
    if (other)
      throw new ContentError(e.file, 'slug', `a slug unique within ${e.namespace}, also ${other}`);
    seen.set(key, e.file);
  }
  const order = STANDARDS.map((s) => s.id);
  return ranked
    .sort(
      (a, b) =>
        order.indexOf(a.entry.namespace) - order.indexOf(b.entry.namespace) || a.rank - b.rank,
    )
    .map((r) => r.entry);
}
