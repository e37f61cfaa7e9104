import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { attachChanges, parseChangeRecords } from './changes';
import { parseStandardLinks } from './standard-links';
import { ContentError, type RawFile } from './content-file';
import { validateCatalog } from './validate';
import type { Catalog } from './types';

/** Server-side only: reads `content/` from disk. The browser and the CLI read the built JSON instead. */

const DEFAULT_CONTENT_DIR = 'content';
/** The catalog's change record, relative to the content directory. */
export const CHANGES_FILE = 'changes.yaml';

/** The content directory: `ERRDEX_CONTENT_DIR` (benchmarks build synthetic catalogs) or `content/`. */
export function contentDir(): string {
  return path.resolve(process.env.ERRDEX_CONTENT_DIR ?? DEFAULT_CONTENT_DIR);
}

function readRaw(root: string, rel: string): RawFile {
  const text = fs.readFileSync(path.join(root, rel), 'utf8');
  const file = path.join(path.basename(root), rel);
  try {
    const parsed = matter(text);
    return { file, data: parsed.data as Record<string, unknown>, body: parsed.content.trim() };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ContentError(file, '(frontmatter)', `valid YAML frontmatter (${reason})`);
  }
}

function listMdx(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/** Loads and validates the whole content directory; throws a one-line ContentError on bad content. */
export function loadCatalog(root: string = contentDir()): Catalog {
  if (!fs.existsSync(root))
    throw new ContentError(root, '(directory)', 'a content directory (run `npm run import`)');
  const vendors = listMdx(root, 'vendors').map((f) => readRaw(root, f));
  const entries = listMdx(root, 'errors').map((f) => readRaw(root, f));
  for (const raw of entries) {
    const parts = raw.file.split('/');
    if (parts.length !== 4)
      throw new ContentError(raw.file, '(path)', 'a file at errors/<vendor>/<slug>.mdx');
    if (raw.data.vendor !== parts[2])
      throw new ContentError(
        raw.file,
        'vendor',
        `"${parts[2]}" (the folder it is in), got "${String(raw.data.vendor)}"`,
      );
  }
  const eqPath = path.join(root, 'equivalents.md');
  const equivalents = fs.existsSync(eqPath) ? readRaw(root, 'equivalents.md') : null;
  const statusDocs = listMdx(root, 'statuses').map((f) => readRaw(root, f));
  const standards = listMdx(root, 'standards').map((f) => readRaw(root, f));
  for (const raw of standards)
    if (raw.file.split('/').length !== 4)
      throw new ContentError(raw.file, '(path)', 'a file at standards/<namespace>/<slug>.mdx');
  const phrasingsPath = path.join(root, 'phrasings.md');
  const phrasings = fs.existsSync(phrasingsPath) ? readRaw(root, 'phrasings.md') : null;
  const catalog = validateCatalog(vendors, entries, equivalents, statusDocs, phrasings, standards);
  const changes = path.join(path.basename(root), CHANGES_FILE);
  const links = readYaml(root, STANDARD_LINKS_FILE);
  return {
    ...catalog,
    entries: attachChanges(catalog.entries, readChanges(root), changes),
    standardLinks: links
      ? parseStandardLinks(links.file, links.data, catalog.entries, catalog.standards)
      : [],
  };
}

/** Curated vendor ↔ standard links, relative to the content directory. */
const STANDARD_LINKS_FILE = 'standard-links.yaml';

/** A YAML file of the content directory, parsed; null when it does not exist. */
function readYaml(root: string, name: string): { file: string; data: unknown } | null {
  const abs = path.join(root, name);
  const file = path.join(path.basename(root), name);
  if (!fs.existsSync(abs)) return null;
  try {
    return { file, data: parseYaml(fs.readFileSync(abs, 'utf8')) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ContentError(file, '(file)', `valid YAML (${reason})`);
  }
}

/** The records of `changes.yaml`, validated; none when the file does not exist yet. */
function readChanges(root: string = contentDir()) {
  const read = readYaml(root, CHANGES_FILE);
  return read ? parseChangeRecords(read.file, read.data) : [];
}
