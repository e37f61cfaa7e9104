import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertChangesCurrent } from '@/lib/catalog/changes';
import { loadCatalog } from '@/lib/catalog/load';
import { vendorFormats } from '@/lib/namespaces/vendors';
import { classifyStatus } from '../../import/classify';
import {
  meanEntryGzip,
  syntheticCatalog,
  syntheticDocuments,
  writeSyntheticCatalog,
} from './index';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-synth-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeSyntheticCatalog', () => {
  const result = writeSyntheticCatalog(dir, {
    entries: 300,
    vendors: 12,
    targetGzip: 760,
    realContentDir: path.resolve('content'),
  });
  const catalog = loadCatalog(dir);

  it('writes a catalog the real validator accepts, of the size asked for', () => {
    expect(catalog.entries).toHaveLength(300);
    expect(catalog.vendors).toHaveLength(12);
    expect(catalog.equivalents.length).toBeGreaterThan(0);
  });

  it('writes a change record the content step accepts', () => {
    expect(() => assertChangesCurrent(catalog.entries, 'changes.yaml')).not.toThrow();
    expect(catalog.entries.every((e) => e.changes[0]?.kind === 'added')).toBe(true);
  });

  it('uses every body format and message kind', () => {
    expect(new Set(catalog.vendors.map((v) => v.format))).toEqual(
      new Set(vendorFormats().map((f) => f.id)),
    );
    expect(new Set(catalog.entries.map((e) => e.messageKind)).size).toBe(3);
    expect(catalog.entries.some((e) => e.variables.length > 0)).toBe(true);
    expect(catalog.entries.some((e) => e.errdex.template !== null)).toBe(true);
  });

  it("classifies every entry by its status as the importer does (the importer's table)", () => {
    for (const e of catalog.entries) {
      const { category, fault, retry } = e.errdex;
      expect({ category, fault, retry }, e.file).toEqual(classifyStatus(e.statuses[0] ?? null));
    }
  });

  it('gives every entry the three sections of an explanation', () => {
    for (const e of catalog.entries)
      expect(e.body).toMatch(/## What it means[\s\S]+## Likely causes[\s\S]+## What to do/);
  });

  it('weighs what it was asked to, within 10%', () => {
    expect(Math.abs(result.meanGzip / 760 - 1)).toBeLessThan(0.1);
    expect(Math.abs(meanEntryGzip(dir).all / result.meanGzip - 1)).toBeLessThan(0.01);
  });
});

describe('syntheticDocuments: the same catalog, as bench:search indexes it', () => {
  const opts = { entries: 2000, vendors: 40 };
  const docs = syntheticDocuments(opts);

  it('is the in-memory catalog, entry for entry, and the same on every run', () => {
    const entries = syntheticCatalog(opts).flatMap((v) => v.entries);
    expect(docs).toHaveLength(2000);
    expect(docs.map((d) => d.key)).toEqual(entries.map((e) => `${e.vendor}/${e.slug}`));
    expect(syntheticDocuments(opts)).toEqual(docs);
  });

  it('never gives two entries one identifier, as in the real catalog', () => {
    const ids = docs.flatMap((d) => [d.code, ...d.aliases]).filter((x) => x !== null);
    const folded = ids.map((id) => id.toLowerCase().replace(/[-_\s]/g, ''));
    expect(new Set(folded).size).toBe(folded.length);
    expect(new Set(docs.map((d) => d.key)).size).toBe(docs.length);
  });

  it('names more things as it grows, so messages stay distinct', () => {
    const distinct = (n: number) =>
      new Set(syntheticDocuments({ entries: n, vendors: 40 }).map((d) => d.message)).size / n;
    expect(distinct(2000)).toBeGreaterThan(0.95);
    expect(distinct(8000)).toBeGreaterThan(0.95);
  });
});
