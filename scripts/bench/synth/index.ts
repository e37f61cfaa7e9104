import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { detectChanges } from '@/lib/catalog/changes';
import { CHANGES_FILE, loadCatalog } from '@/lib/catalog/load';
import type { Catalog } from '@/lib/catalog/types';
import { buildSearchDocuments, type SearchDocument } from '@/lib/search';
import { vendorFormats } from '@/lib/namespaces/vendors';
import { recordsYaml } from '../../import/changes';
import { makeBody } from './body';
import { createRng, type Rng } from './random';
import { makeFacts, type SynthFacts, type VendorState } from './styles';
import { vendorFile } from './vendor';
import { NOUNS, SYLLABLES } from './vocab';

export type SynthResult = { entries: number; vendors: number; meanGzip: number };

const FIRST = ['Tel', 'Vox', 'Parl', 'Nim', 'Cor', 'Zen', 'Ori', 'Lum', 'Quin', 'Bri', 'Son'];
const LAST = ['ia', 'ex', 'ora', 'io', 'ant', 'ly', 'ix', 'wave', 'line', 'ent', 'is'];
const PREFIXES = ['CMN', 'AGW', 'MSG', 'OAU', 'CLG', 'TEL', 'FAX', 'SUB', 'ACC', 'MTG', 'PRS'];
/** One invented noun per this many entries. */
const NOUNS_PER_INVENTED = 4;

/**
 * Gzip bytes of each entry file under `<dir>/errors`, averaged (the unit the bench compares),
 * over all files and over the files that already have an explanation.
 */
export function meanEntryGzip(dir: string): {
  all: number;
  explained: number;
  files: number;
  explainedFiles: number;
} {
  const root = path.join(dir, 'errors');
  let total = 0;
  let explained = 0;
  let files = 0;
  let explainedFiles = 0;
  for (const d of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!d.isFile() || !d.name.endsWith('.mdx')) continue;
    const text = fs.readFileSync(path.join(d.parentPath, d.name));
    const size = gzipSync(text).length;
    total += size;
    files++;
    if (text.includes('## What it means')) {
      explained += size;
      explainedFiles++;
    }
  }
  return {
    all: files ? total / files : 0,
    explained: explainedFiles ? explained / explainedFiles : 0,
    files,
    explainedFiles,
  };
}

function frontmatter(f: SynthFacts, line: number): string {
  const q = JSON.stringify;
  const list = (xs: (string | number)[]) => `[${xs.map((x) => q(x)).join(', ')}]`;
  return [
    '---',
    `vendor: ${q(f.vendor)}`,
    `code: ${f.code === null ? 'null' : q(f.code)}`,
    `aliases: ${list(f.aliases)}`,
    `slug: ${q(f.slug)}`,
    `status: ${f.status === null ? 'null' : q(f.status)}`,
    `statuses: [${f.statuses.join(', ')}]`,
    `message: ${q(f.message)}`,
    `messageKind: ${q(f.messageKind)}`,
    `type: ${f.type === null ? 'null' : q(f.type)}`,
    `detailKeys: ${list(f.detailKeys)}`,
    `variables: ${list(f.variables)}`,
    `section: ${f.section === null ? 'null' : q(f.section)}`,
    'source:',
    `  document: ${q(`synthetic-${f.vendor}.txt`)}`,
    `  line: ${line}`,
    'errdex:',
    ...Object.entries(f.errdex).map(([k, v]) => `  ${k}: ${v === null ? 'null' : q(v)}`),
    '---',
  ].join('\n');
}

/** How many entries each vendor gets: a few large catalogs and a long tail, like real vendors. */
function spread(total: number, vendors: number): number[] {
  const weights = Array.from({ length: vendors }, (_, i) => 1 / (1 + i * 0.12));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)));
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < total; i++) counts[i % vendors]! += 1;
  return counts;
}

/** Invented words for things (`Dexmorka`), so the vocabulary grows with the catalog as a real one does. */
function inventNouns(count: number, rng: Rng): string[] {
  const out = new Set<string>();
  // Two to four syllables: 168,000 words, so even 100,000 entries draw from a wide pool.
  while (out.size < Math.min(count, 50_000))
    out.add(Array.from({ length: rng.int(2, 4) }, () => rng.pick(SYLLABLES)).join(''));
  return [...out];
}

/** Vendors in a synthetic catalog unless told otherwise: a few large ones and a long tail. */
export const DEFAULT_VENDORS = 40;

export type SynthOptions = { entries: number; vendors: number; seed?: number };
export type SynthVendor = { state: VendorState; name: string; entries: SynthFacts[] };

/**
 * The synthetic catalog, in memory: `entries` entries spread over `vendors` vendors of every
 * body format, each in its vendor's style (codes, message kind, variables, slugs), classified by
 * status as the importer does. Every bench uses it: bench:build writes it as content
 * (`writeSyntheticCatalog`), bench:search indexes it (`syntheticDocuments`).
 */
export function syntheticCatalog(opts: SynthOptions): SynthVendor[] {
  const rng = createRng(opts.seed ?? 6);
  const used = new Set<string>();
  const nouns = [...NOUNS, ...inventNouns(Math.floor(opts.entries / NOUNS_PER_INVENTED), rng)];
  return spread(opts.entries, opts.vendors).map((count, i) => {
    const name = `${FIRST[i % FIRST.length]}${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? i : ''}`;
    const state: VendorState = {
      id: name.toLowerCase(),
      format: vendorFormats()[i % vendorFormats().length]!.id,
      prefixes: Array.from({ length: 4 }, () => rng.pick(PREFIXES)),
      used,
      nouns,
    };
    return { state, name, entries: Array.from({ length: count }, () => makeFacts(state, rng)) };
  });
}

/** The synthetic catalog as the site's search documents, built by the site's own code. */
export function syntheticDocuments(opts: SynthOptions): SearchDocument[] {
  const entries = syntheticCatalog(opts).flatMap((v) => v.entries);
  return buildSearchDocuments({ entries, standards: [] } as unknown as Catalog);
}

/**
 * Writes the synthetic catalog as a content directory: `vendors`, `errors`, `equivalents.md`,
 * the real status pages and a change record (one `added` record per entry), each entry with a three-section explanation grown until the file
 * gzips to about `targetGzip` bytes.
 */
export function writeSyntheticCatalog(
  dir: string,
  opts: SynthOptions & { targetGzip: number; realContentDir: string },
): SynthResult {
  const vendors = syntheticCatalog(opts);
  // Explanations draw from their own sequence: the entries are the same whatever they weigh.
  const rng = createRng((opts.seed ?? 6) + 1);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'vendors'), { recursive: true });
  const byStatus = new Map<number, { vendor: string; key: string }[]>();
  let gzipTotal = 0;
  for (const { state, name, entries } of vendors) {
    fs.mkdirSync(path.join(dir, 'errors', state.id), { recursive: true });
    entries.forEach((f, n) => {
      const head = frontmatter(f, n + 1);
      const status = f.status ?? 'not documented';
      const code = f.code ?? f.message;
      const body = makeBody(
        head,
        { code, vendor: name, noun: f.noun, attr: f.attr, status },
        opts.targetGzip * (0.7 + 0.6 * rng.next()),
        rng,
      );
      const text = `${head}\n\n${body}\n`;
      gzipTotal += gzipSync(text).length;
      fs.writeFileSync(path.join(dir, 'errors', state.id, `${f.slug}.mdx`), text);
      for (const s of f.statuses.slice(0, 1))
        byStatus.set(s, [
          ...(byStatus.get(s) ?? []),
          { vendor: state.id, key: `${state.id}/${f.slug}` },
        ]);
    });
    fs.writeFileSync(
      path.join(dir, 'vendors', `${state.id}.mdx`),
      vendorFile(state, name, entries),
    );
  }
  writeEquivalents(dir, byStatus, Math.ceil(opts.entries / 100), rng);
  // The real status explanations and standard codes ride along: the site builds their pages
  // (a route with no page at all fails a static export) and a real build carries them too.
  for (const real of ['statuses', 'standards']) {
    const from = path.join(opts.realContentDir, real);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, real), { recursive: true });
  }
  const drift = detectChanges(loadCatalog(dir).entries, SYNTH_DATE);
  fs.writeFileSync(path.join(dir, CHANGES_FILE), recordsYaml(drift));
  return { entries: opts.entries, vendors: opts.vendors, meanGzip: gzipTotal / opts.entries };
}

/** The day every synthetic entry was added: fixed, so two runs write the same catalog. */
const SYNTH_DATE = '2026-01-01';

function writeEquivalents(
  dir: string,
  byStatus: Map<number, { vendor: string; key: string }[]>,
  count: number,
  rng: Rng,
): void {
  const groups: string[] = [];
  const taken = new Set<string>();
  const statuses = [...byStatus.keys()];
  for (let g = 0; g < count * 4 && groups.length < count; g++) {
    const status = rng.pick(statuses);
    const pool = byStatus.get(status) ?? [];
    const members = new Map<string, string>();
    for (let tries = 0; tries < 12 && members.size < 3; tries++) {
      const e = rng.pick(pool);
      if (!members.has(e.vendor) && !taken.has(e.key)) members.set(e.vendor, e.key);
    }
    if (members.size < 2) continue;
    for (const key of members.values()) taken.add(key);
    const keys = [...members.values()].map((k) => JSON.stringify(k)).join(', ');
    groups.push(
      `  - id: "group-${groups.length + 1}"\n    title: "Same ${status} error across vendors (${groups.length + 1})"\n    entries: [${keys}]`,
    );
  }
  fs.writeFileSync(path.join(dir, 'equivalents.md'), `---\ngroups:\n${groups.join('\n')}\n---\n`);
}
