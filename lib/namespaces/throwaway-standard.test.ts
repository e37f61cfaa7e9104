import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCatalogView } from '@/lib/catalog';
import { loadCatalog } from '@/lib/catalog/load';
import { createDecoder, toOutput } from '@/lib/decode';
import { toDecodeData } from '@/lib/decode/data';
import { lookupResult } from '@/lib/decode/lookup';
import { buildSearchData, createSearchIndex } from '@/lib/search';
import { standardUrl } from '@/lib/urls';
import { throwawayStandard } from './fixtures/throwaway-standard';
import { registerStandard } from './standards';

// README "Adding a vendor or a standard", followed for a made-up standard: its module
// (fixtures/throwaway-standard.ts), its content (fixtures/standard-content/) and its
// registration, nothing else.
const content = path.join(import.meta.dirname, 'fixtures', 'standard-content');

describe('a standard that is not registered', () => {
  it('fails the content step, naming the code file and its namespace field', () => {
    expect(() => loadCatalog(content)).toThrow(
      /standards\/tws\/16\.mdx: field "namespace": a standard \(sip, q850, smpp\), got "tws"/,
    );
  });
});

describe('a throwaway standard added through the documented steps', () => {
  let view: ReturnType<typeof createCatalogView>;
  beforeAll(() => {
    registerStandard(throwawayStandard);
    view = createCatalogView(loadCatalog(content));
  });

  it('is browsable: its codes in its own order, grouped, with pages and /code/ tokens', () => {
    const codes = view.getStandardEntries('tws');
    expect(codes.map((c) => [c.code, c.title, c.group])).toEqual([
      ['16', 'Normal end', 'normal'],
      ['41', 'Sprocket jammed', 'failure'],
    ]);
    expect(view.getStandardEntry('tws', '41')?.url).toBe(standardUrl('tws', '41'));
    expect(view.getEntriesByCodePath('tws-41').map((t) => t.url)).toEqual(['/standards/tws/41/']);
    expect(view.getNamespaceLabel('tws')).toBe('TWS');
  });

  it('is searchable by its code, its alias and the words of its name', () => {
    const index = createSearchIndex(buildSearchData(view.catalog));
    for (const query of ['tws-41', 'sprocket jammed'])
      expect(index.search(query)[0]?.doc.url, query).toBe('/standards/tws/41/');
  });

  it('is decodable in its own form, and looked up as the CLI prints it', () => {
    const data = toDecodeData(view.catalog);
    const decoder = createDecoder(data);
    const { matches } = decoder.decode('2026-01-01 12:00:00 ERROR trunk 3 dropped: TWS cause 41');
    expect(matches.map((m) => [m.entry.url, m.params])).toEqual([
      ['/standards/tws/41/', { cause: '41' }],
    ]);
    // The same number elsewhere in a line is not the standard's code.
    expect(decoder.decode('retrying in 41 seconds').matches).toEqual([]);
    const [item] = toOutput(lookupResult(decoder, data.entries, 'TWS-41')).matches;
    expect(item).toMatchObject({ kind: 'standard', vendor: 'tws', code: '41', statuses: [] });
  });
});
