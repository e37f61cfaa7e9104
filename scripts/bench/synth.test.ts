import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { BODY_FORMATS } from '@/lib/taxonomy';
import { classifyStatus } from '../import/classify';
import { meanEntryGzip, writeSyntheticCatalog } from './synth';

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

  it('uses every body format and message kind', () => {
    expect(new Set(catalog.vendors.map((v) => v.format))).toEqual(new Set(BODY_FORMATS));
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
