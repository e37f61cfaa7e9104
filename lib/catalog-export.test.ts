import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { readStandards } from '@/scripts/import/standards';
import { catalogExport, entryDocument, standardDocument } from './catalog-export';

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

describe('the standards section of /catalog.json', () => {
  const catalog = loadCatalog();
  const out = catalogExport(catalog, 'https://example.test', '2000-01-01T00:00:00.000Z');
  const codes = readStandards();

  it('counts each namespace from the source files and names the sources its facts cite', () => {
    const counts = new Map<string, number>();
    for (const c of codes) counts.set(c.namespace, (counts.get(c.namespace) ?? 0) + 1);
    expect(out.standards.namespaces.map((n) => [n.id, n.entries])).toEqual([...counts]);
    const sip = out.standards.namespaces.find((n) => n.id === 'sip')!;
    expect(sip).toMatchObject({
      url: '/standards/sip/',
      name: expect.stringMatching(/SIP/),
      label: 'SIP',
    });
    expect(sip.sources).toEqual(expect.arrayContaining(['iana_csv_enum', 'pjsip_sip_msg_c']));
    const q850 = out.standards.namespaces.find((n) => n.id === 'q850')!;
    // The mapping sources count too: they are where a cause's SIP status comes from.
    expect(q850.sources).toEqual(expect.arrayContaining(['rfc3398', 'freeswitch_mod_sofia']));
    for (const n of out.standards.namespaces)
      expect(new Set(n.sources).size).toBe(n.sources.length);
  });

  it('lists every code with its facts verbatim, our fields apart, and its page', () => {
    expect(out.standards.codes.map((c) => `${c.namespace}/${c.slug}`)).toEqual(
      codes.map((c) => `${c.namespace}/${c.slug}`),
    );
    codes.forEach((c, i) => expect(out.standards.codes[i]!.facts).toEqual(c.facts));
    const busy = out.standards.codes.find((c) => c.namespace === 'q850' && c.code === '17');
    expect(busy).toMatchObject({
      url: '/standards/q850/17/',
      title: 'User busy',
      group: 'normal event',
      aliases: ['q850-17', 'USER_BUSY'],
      errdex: { category: 'busy', fault: 'remote', retry: 'backoff' },
    });
    expect(busy?.explanation).toMatch(/^## What it means/m);
    expect(JSON.parse(JSON.stringify(out.standards))).toEqual(out.standards);
  });

  it('leaves the vendor part as it was: same keys, same entries', () => {
    expect(Object.keys(out)).toEqual([
      'version',
      'generated',
      'site',
      'vendors',
      'entries',
      'statuses',
      'equivalents',
      'standards',
    ]);
    expect(out.entries.every((e) => e.url.startsWith('/vendors/'))).toBe(true);
  });

  it("gives each code's data file exactly its item plus the format version", () => {
    catalog.standards.forEach((s, i) => {
      const { version, ...rest } = JSON.parse(JSON.stringify(standardDocument(s)));
      expect(version).toBe(out.version);
      expect(rest, s.url).toEqual(out.standards.codes[i]);
    });
  });
});
