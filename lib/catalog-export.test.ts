import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { catalogExport, entryDocument } from './catalog-export';

describe('catalogExport', () => {
  const catalog = loadCatalog();
  const out = catalogExport(catalog, 'https://example.test', '2000-01-01T00:00:00.000Z');

  it('carries every entry with its facts, our fields apart, and its page URL', () => {
    expect(out.entries).toHaveLength(catalog.entries.length);
    const cmn = out.entries.find((e) => e.vendor === 'ringcentral' && e.code === 'CMN-406');
    expect(cmn).toMatchObject({
      status: '400.403',
      statuses: [400, 403],
      url: '/vendors/ringcentral/cmn-406/',
    });
    expect(cmn?.errdex.category).toBeTruthy();
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it('marks undocumented entries with their public source, and every observed wording', () => {
    const undocumented = out.entries.filter((e) => !e.documented);
    expect(undocumented.length).toBeGreaterThan(0);
    for (const e of undocumented) expect(e.source).toEqual({ url: expect.stringMatching(/\S/) });
    expect(out.vendors.find((v) => v.id === 'ringcentral')?.observed).toBe(
      undocumented.filter((e) => e.vendor === 'ringcentral').length,
    );
    const withWordings = out.entries.filter((e) => e.observed.length > 0);
    expect(withWordings.length).toBeGreaterThan(0);
    for (const e of withWordings)
      for (const o of e.observed)
        expect(Object.keys(o).sort()).toEqual(['source', 'status', 'text']);
    expect(out.entries.filter((e) => e.documented && 'url' in e.source)).toEqual([]);
  });

  it('counts each vendor and lists every status with its HTTP name', () => {
    expect(out.vendors.map((v) => [v.id, v.documented]).sort()).toEqual([
      ['8x8', 83],
      ['bandwidth', 27],
      ['bluejeans', 38],
      ['ringcentral', 104],
      ['vaspian', 20],
    ]);
    for (const v of out.vendors) expect(v.entries).toBe(v.documented + v.observed);
    expect(out.statuses.find((s) => s.status === 429)?.name).toBe('Too Many Requests');
    expect(out).toMatchObject({
      version: 1,
      generated: '2000-01-01T00:00:00.000Z',
      site: 'https://example.test',
    });
  });
});

describe('entryDocument (<entry path>.json)', () => {
  const catalog = loadCatalog();
  const out = catalogExport(catalog, 'https://example.test', '2000-01-01T00:00:00.000Z');

  it("is every entry's /catalog.json item plus the format version, and nothing else", () => {
    catalog.entries.forEach((entry, i) => {
      const { version, ...rest } = JSON.parse(JSON.stringify(entryDocument(entry)));
      expect(version).toBe(out.version);
      expect(rest, entry.url).toEqual(out.entries[i]);
    });
  });

  it('carries the change record, the first import first', () => {
    const doc = entryDocument(catalog.entries[0]!);
    expect(doc.changes[0]).toMatchObject({ kind: 'added', message: doc.message });
  });
});
