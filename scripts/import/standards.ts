import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { STANDARDS } from '@/lib/namespaces/standards';
import type { Standard } from '@/lib/namespaces/standard';
import { fileText, readExisting, type Yaml } from './yaml';

/** A standards file or content problem: one line naming the file, the item and the field. */
class StandardsError extends Error {
  constructor(where: string, problem: string) {
    super(`${where}: ${problem}`);
    this.name = 'StandardsError';
  }
}

/** One code of a standard, its facts validated, ready to be written to content. */
export type StandardCode = { namespace: string; slug: string; code: string; facts: Yaml };

function defaultStandardsDir(): string {
  return path.resolve(process.env.ERRDEX_STANDARDS_DIR ?? '../shared/standards');
}

function readOne(dir: string, standard: Standard): StandardCode[] {
  const file = path.join(dir, `${standard.id}.json`);
  if (!fs.existsSync(file))
    throw new StandardsError(file, 'not found (set ERRDEX_STANDARDS_DIR to the folder holding it)');
  let items: unknown;
  try {
    items = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new StandardsError(file, `not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (!Array.isArray(items)) throw new StandardsError(file, 'expected a JSON array of codes');
  const seen = new Map<string, number>();
  return items.map((item: unknown, i) => {
    const read = standard.read(item, z);
    if (!read.ok)
      throw new StandardsError(`${file}: item ${i}`, `field "${read.field}": ${read.expected}`);
    const before = seen.get(read.slug);
    if (before !== undefined)
      throw new StandardsError(`${file}: item ${i}`, `slug "${read.slug}" repeats item ${before}`);
    seen.set(read.slug, i);
    return { namespace: standard.id, slug: read.slug, code: read.code, facts: read.facts as Yaml };
  });
}

/** Reads every standard's JSON (`../shared/standards/`), validating each code's facts. */
export function readStandards(dir: string = defaultStandardsDir()): StandardCode[] {
  return STANDARDS.flatMap((standard) => readOne(dir, standard));
}

/**
 * Writes each code's facts into `content/standards/<id>/<slug>.mdx`, verbatim under `facts`,
 * keeping our fields (`errdex`) and the explanation (the body) as they are. A code without a
 * file is reported, not invented: its explanation is ours to write. So is a file no code has.
 */
export function writeStandards(
  root: string,
  codes: StandardCode[],
): { written: number; missing: string[]; orphans: string[] } {
  const expected = new Set<string>();
  const missing: string[] = [];
  let written = 0;
  for (const code of codes) {
    const file = path.join(root, 'standards', code.namespace, `${code.slug}.mdx`);
    expected.add(file);
    const existing = readExisting(file);
    if (!existing) {
      missing.push(file);
      continue;
    }
    const data: Record<string, Yaml> = {
      namespace: code.namespace,
      code: code.code,
      slug: code.slug,
      facts: code.facts,
      errdex: (existing.data.errdex ?? null) as Yaml,
    };
    const text = fileText(data, existing.body);
    if (fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
    written += 1;
  }
  const dir = path.join(root, 'standards');
  const orphans = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
        .map((d) => path.join(d.parentPath, d.name))
        .filter((f) => !expected.has(f))
    : [];
  return { written, missing, orphans };
}
