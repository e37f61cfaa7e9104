import { templateVariables } from '@/lib/template';
import { entrySchema, phrasingsSchema, statusDocSchema, vendorSchema } from './schema';
import { entryUrl, vendorUrl } from '@/lib/urls';
import { baseName, ContentError, parse, type RawFile } from './content-file';
import { validateStandards } from './validate-standards';
import { STANDARDS } from '@/lib/namespaces/standards';
import { codePathToken, entryKey, tokenKey } from './tokens';
import type { Catalog, Entry, EquivalenceGroup, PhrasingGroup, StatusDoc, Vendor } from './types';

function validateVendor(raw: RawFile): Vendor {
  const data = parse(vendorSchema, raw);
  if (data.id !== baseName(raw.file))
    throw new ContentError(raw.file, 'id', `"${baseName(raw.file)}" (the file name)`);
  // Vendors and standards share the namespace ids of `--json` items, search and lookups.
  const standard = STANDARDS.find((s) => s.id === data.id);
  if (standard)
    throw new ContentError(
      raw.file,
      'id',
      `an id no standard uses, "${data.id}" is ${standard.name}`,
    );
  return { ...data, body: raw.body, file: raw.file, url: vendorUrl(data.id) };
}

function validateEntry(raw: RawFile, vendors: Set<string>): Entry {
  const data = parse(entrySchema, raw);
  const fail = (field: string, expected: string) => new ContentError(raw.file, field, expected);
  if (!vendors.has(data.vendor))
    throw fail('vendor', `a known vendor (${[...vendors].join(', ')}), got "${data.vendor}"`);
  if (data.slug !== baseName(raw.file))
    throw fail('slug', `"${baseName(raw.file)}" (the file name), got "${data.slug}"`);
  const declared = new Set(data.variables);
  const inMessage = templateVariables(data.message);
  const inTemplate = data.errdex.template ? templateVariables(data.errdex.template) : [];
  for (const v of data.variables) {
    if (!inMessage.includes(v) && !inTemplate.includes(v))
      throw fail(
        'variables',
        `only variables the message contains (${inMessage.join(', ') || 'none'}), got "${v}"`,
      );
  }
  for (const v of inMessage)
    if (!declared.has(v)) throw fail('variables', `to list "${v}", a variable of the message`);
  if (data.status === null && data.statuses.length > 0)
    throw fail('statuses', 'empty when no status is documented');
  if (data.status !== null && data.statuses.length === 0)
    throw fail('statuses', `the statuses of "${data.status}"`);
  const fromSeed = 'document' in data.source;
  if (data.documented !== fromSeed)
    throw fail(
      'source',
      data.documented
        ? 'the seed document and line of a documented entry'
        : 'a public url for an undocumented entry (documented: false)',
    );
  const texts = new Set([data.message]);
  for (const [i, o] of data.observed.entries()) {
    if (texts.has(o.text))
      throw fail(`observed.${i}.text`, `a text not listed already ("${o.text}")`);
    texts.add(o.text);
  }
  const identifiers = [data.code, ...data.aliases].filter((x): x is string => x !== null);
  return {
    ...data,
    url: entryUrl(data.vendor, data.slug),
    tokens: [...new Set(identifiers.map(codePathToken))],
    body: raw.body,
    file: raw.file,
    changes: [],
  };
}

/** Validates every content file into one typed catalog, or throws the first ContentError. */
export function validateCatalog(
  vendorFiles: RawFile[],
  entryFiles: RawFile[],
  equivalents: RawFile | null,
  statusFiles: RawFile[] = [],
  phrasings: RawFile | null = null,
  standardFiles: RawFile[] = [],
): Catalog {
  const vendors = vendorFiles.map(validateVendor);
  const vendorIds = new Set(vendors.map((v) => v.id));
  const entries = entryFiles.map((raw) => validateEntry(raw, vendorIds));

  const seenSlug = new Map<string, Entry>();
  const seenToken = new Map<string, Entry>();
  for (const entry of entries) {
    const slugKey = `${entry.vendor}/${entry.slug.toLowerCase()}`;
    const other = seenSlug.get(slugKey);
    if (other)
      throw new ContentError(
        entry.file,
        'slug',
        `a slug unique within ${entry.vendor}, "${entry.slug}" is also used by ${other.file}`,
      );
    seenSlug.set(slugKey, entry);
    for (const [field, id] of [
      ['code', entry.code],
      ...entry.aliases.map((a) => ['aliases', a]),
    ] as const) {
      if (id === null) continue;
      const key = `${entry.vendor}/${tokenKey(id)}`;
      const clash = seenToken.get(key);
      if (clash)
        throw new ContentError(
          entry.file,
          field,
          `a code unique within ${entry.vendor}, "${id}" is also used by ${clash.file}`,
        );
      seenToken.set(key, entry);
    }
  }
  return {
    vendors,
    entries,
    equivalents: equivalents ? validateEquivalents(equivalents, entries) : [],
    statusDocs: statusFiles.map(validateStatusDoc),
    phrasings: phrasings ? validatePhrasings(phrasings) : [],
    standards: validateStandards(standardFiles),
    // Read after the entries and codes it names: see load.ts.
    standardLinks: [],
  };
}

/** The phrasings file: its schema, then each phrase in one group only (a phrase in two would join them). */
function validatePhrasings(raw: RawFile): PhrasingGroup[] {
  const { groups } = parse(phrasingsSchema, raw);
  const ids = new Map<string, number>();
  const phrases = new Map<string, string>();
  groups.forEach((group, i) => {
    if (ids.has(group.id))
      throw new ContentError(raw.file, `groups.${i}.id`, `a unique id, "${group.id}" repeats`);
    ids.set(group.id, i);
    group.phrases.forEach((phrase, k) => {
      const other = phrases.get(phrase);
      if (other !== undefined)
        throw new ContentError(
          raw.file,
          `groups.${i}.phrases.${k}`,
          `a phrase in one group only, "${phrase}" is also in ${other}`,
        );
      phrases.set(phrase, `group "${group.id}"`);
    });
  });
  return groups;
}

function validateStatusDoc(raw: RawFile): StatusDoc {
  const data = parse(statusDocSchema, raw);
  if (String(data.status) !== baseName(raw.file))
    throw new ContentError(
      raw.file,
      'status',
      `${baseName(raw.file)} (the file name), got ${data.status}`,
    );
  return { status: data.status, body: raw.body, file: raw.file };
}

function validateEquivalents(raw: RawFile, entries: Entry[]): EquivalenceGroup[] {
  const known = new Map(entries.map((e) => [entryKey(e), e]));
  const groups = raw.data.groups;
  if (!Array.isArray(groups)) throw new ContentError(raw.file, 'groups', 'a list of groups');
  const ids = new Set<string>();
  return groups.map((group: unknown, i: number): EquivalenceGroup => {
    const g = (group ?? {}) as Record<string, unknown>;
    const at = `groups.${i}`;
    if (typeof g.id !== 'string' || !/^[a-z0-9-]+$/.test(g.id))
      throw new ContentError(raw.file, `${at}.id`, 'a lowercase id');
    if (ids.has(g.id))
      throw new ContentError(raw.file, `${at}.id`, `a unique id, "${g.id}" repeats`);
    ids.add(g.id);
    if (typeof g.title !== 'string' || !g.title)
      throw new ContentError(raw.file, `${at}.title`, 'a title');
    if (!Array.isArray(g.entries) || g.entries.some((e) => typeof e !== 'string'))
      throw new ContentError(raw.file, `${at}.entries`, 'a list of "<vendor>/<slug>" keys');
    const list = g.entries as string[];
    for (const key of list)
      if (!known.has(key))
        throw new ContentError(raw.file, `${at}.entries`, `existing entries, "${key}" is not one`);
    if (new Set(list.map((k) => k.split('/')[0])).size < 2)
      throw new ContentError(raw.file, `${at}.entries`, 'entries of at least two vendors');
    return { id: g.id, title: g.title, entries: list };
  });
}
