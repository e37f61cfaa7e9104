/**
 * Writes the static JSON API and the Markdown twins after `next build` (DESIGN.md, "URL
 * contract additions"; README, "JSON API and feeds"): beside every entry page, vendor or
 * standard, its data (`<entry path>.json`: its `/catalog.json` item plus `version`) and its text as Markdown
 * (`<entry path>.md`), and beside every `/code/<token>/` page `/code/<token>.json`, byte for
 * byte what `errdex lookup <token> --json` prints. Runs after postbuild-code-pages, which
 * replaces out/code/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { codeDataPath, entryDataPath, entryMarkdownPath } from '@/lib/urls';
import type { CatalogView } from '@/lib/catalog/index';
import { getCatalog } from '@/lib/catalog/server';
import { entryDocument, standardDocument } from '@/lib/catalog-export';
import { createDecoder, toOutput } from '@/lib/decode';
import { toDecodeData } from '@/lib/decode/data';
import { lookupResult } from '@/lib/decode/lookup';
import { entryMarkdown } from '@/lib/entry-markdown';
import { STANDARDS } from '@/lib/namespaces/standards';
import { standardMarkdown } from '@/lib/standard-markdown';
import { SITE_URL } from '@/lib/site';
import { runPostbuildStep } from './postbuild-step';
import { unsafeToken } from './postbuild-code-pages';

function write(outDir: string, sitePath: string, text: string): void {
  const file = path.join(outDir, ...decodeURIComponent(sitePath).split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** Writes every standard code's JSON and Markdown beside its page; returns how many. */
function writeStandardFiles(outDir: string, catalog: CatalogView): number {
  for (const code of catalog.catalog.standards) {
    const standard = STANDARDS.find((s) => s.id === code.namespace);
    if (!standard)
      throw new Error(`${code.file}: no standard "${code.namespace}" in lib/namespaces`);
    write(outDir, entryDataPath(code), JSON.stringify(standardDocument(code)));
    write(outDir, entryMarkdownPath(code), standardMarkdown(code, standard, SITE_URL));
  }
  return catalog.catalog.standards.length;
}

/**
 * Writes every vendor entry's and standard code's JSON and Markdown and every token's lookup
 * JSON; returns the counts.
 */
export function writeApiFiles(outDir: string, catalog: CatalogView) {
  const standards = writeStandardFiles(outDir, catalog);
  let entries = 0;
  for (const entry of catalog.getEntries()) {
    const vendor = catalog.getVendor(entry.vendor);
    if (!vendor) throw new Error(`${entry.file}: vendor "${entry.vendor}" has no vendor file`);
    write(outDir, entryDataPath(entry), JSON.stringify(entryDocument(entry)));
    write(outDir, entryMarkdownPath(entry), entryMarkdown(entry, vendor, catalog, SITE_URL));
    entries++;
  }
  const data = toDecodeData(catalog.catalog);
  const decoder = createDecoder(data);
  let codes = 0;
  for (const token of catalog.getCodePaths().keys()) {
    if (unsafeToken(token)) throw new Error(`the code "${token}" cannot be a /code/ file name`);
    const result = lookupResult(decoder, data.entries, token);
    write(outDir, codeDataPath(token), JSON.stringify(toOutput(result)) + '\n');
    codes++;
  }
  return { entries, standards, codes };
}

runPostbuildStep(import.meta.filename, 'api', (out) => {
  const { entries, standards, codes } = writeApiFiles(out, getCatalog());
  return `${entries} entry and ${standards} standard code .json and .md, ${codes} /code/ .json written`;
});
