import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCatalogView } from '@/lib/catalog';
import { loadCatalog } from '@/lib/catalog/load';
import { createDecoder } from '@/lib/decode';
import { toDecodeData } from '@/lib/decode/data';
import { wrap } from '@/lib/decode/test-fixtures';
import { exampleBodyJson } from '@/lib/example-body';
import { buildSearchData, createSearchIndex } from '@/lib/search';
import { codeUrl, entryUrl, vendorUrl } from '@/lib/urls';
import { throwaway } from './fixtures/throwaway';
import { registerVendorFormat } from './vendors';

// README "Adding a vendor or a standard", followed for a made-up vendor: its format module
// (fixtures/throwaway.ts), its content (fixtures/content/) and its registration, nothing else.
const content = path.join(import.meta.dirname, 'fixtures', 'content');

describe('a vendor format that is not registered', () => {
  it('fails the content step, naming the vendor file and its format field', () => {
    expect(() => loadCatalog(content)).toThrow(
      /vendors\/throwaway\.mdx: field "format": one of the body formats .*8x8.*, got "throwaway"/,
    );
  });
});

describe('a throwaway vendor added through the documented steps', () => {
  let view: ReturnType<typeof createCatalogView>;
  beforeAll(() => {
    registerVendorFormat(throwaway);
    view = createCatalogView(loadCatalog(content));
  });
  const body = { twCode: 'TW-042', twText: 'Widget 7 is jammed.' };

  it('is browsable: the vendor, its entry, its page, its status and its /code/ token', () => {
    const vendor = view.getVendor('throwaway');
    expect(vendor?.url).toBe(vendorUrl('throwaway'));
    const [entry] = view.getEntriesByVendor('throwaway');
    expect(entry?.url).toBe(entryUrl('throwaway', 'tw-042'));
    expect(view.getEntry('throwaway', 'tw-042')).toBe(entry);
    expect(view.getEntriesByStatus(409)).toEqual([entry]);
    expect(codeUrl([...view.getCodePaths().keys()][0] as string)).toBe('/code/tw-042/');
    expect(view.lookupToken('tw042')).toEqual([entry]);
    // The entry page's example body comes from the module.
    expect(JSON.parse(exampleBodyJson('throwaway', entry!) ?? 'null')).toEqual({
      twCode: 'TW-042',
      twText: 'Widget ${widgetId} is jammed.',
    });
  });

  it('is searchable by its code and by the words of its message, filled in or not', () => {
    const index = createSearchIndex(buildSearchData(view.catalog));
    const url = entryUrl('throwaway', 'tw-042');
    expect(index.search('TW-042')[0]).toMatchObject({ kind: 'code', doc: { url } });
    expect(index.search('widget jammed')[0]?.doc.url).toBe(url);
    expect(index.search('Widget 7 is jammed.')[0]).toMatchObject({
      doc: { url },
      params: { widgetId: '7' },
    });
  });

  it('is decodable: its body, in a response or a log line, matches the entry with its values', () => {
    const decoder = createDecoder(toDecodeData(view.catalog));
    for (const input of [wrap.raw(body), wrap.http(body, 409), wrap.log(body, 409)]) {
      const { matches } = decoder.decode(input);
      expect(matches, input).toHaveLength(1);
      expect(matches[0]).toMatchObject({
        entry: { vendor: 'throwaway', url: entryUrl('throwaway', 'tw-042') },
        params: { widgetId: '7' },
        notes: [],
      });
    }
    // A code of its shape that the catalog lacks is said, never guessed.
    const unknown = decoder.decode(
      JSON.stringify({ twCode: 'TW-999', twText: 'Widget 7 is jammed.' }),
    );
    expect(unknown.matches).toEqual([]);
    expect(unknown.notes).toEqual([
      expect.stringContaining('not catalogued for Throwaway: code TW-999'),
    ]);
  });

  it('needed no edit outside its module, its content and this test', () => {
    const named: string[] = [];
    const walk = (dir: string) => {
      for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, d.name);
        if (d.isDirectory()) {
          if (d.name !== 'node_modules' && d.name !== 'fixtures') walk(file);
        } else if (/\.(ts|tsx)$/.test(d.name) && !d.name.includes('.test.'))
          if (/throwaway/i.test(fs.readFileSync(file, 'utf8'))) named.push(file);
      }
    };
    for (const dir of ['lib', 'app', 'components', 'cli', 'scripts']) walk(dir);
    expect(named).toEqual([]);
  });
});
