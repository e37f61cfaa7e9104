import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliData } from '@/cli/data';
import { lookupCommand, type Context } from '@/cli/commands';
import { style } from '@/cli/format';
import { codeDataPath, entryDataPath, entryMarkdownPath } from '@/lib/urls';
import { createCatalogView } from '@/lib/catalog/index';
import { loadCatalog } from '@/lib/catalog/load';
import { catalogExport } from '@/lib/catalog-export';
import { STANDARDS } from '@/lib/namespaces/standards';
import { standardMarkdown } from '@/lib/standard-markdown';
import { createDecoder } from '@/lib/decode';
import { createSearchIndex } from '@/lib/search';
import { SITE_URL } from '@/lib/site';
import { writeApiFiles } from './postbuild-api';

const catalog = createCatalogView(loadCatalog());
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-api-'));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));
const counts = writeApiFiles(out, catalog);
const read = (sitePath: string) => fs.readFileSync(path.join(out, sitePath), 'utf8');

/** What `errdex lookup <token> --json` prints, through the command itself. */
function cliLookup(token: string): string {
  const data = cliData(catalog.catalog);
  let printed = '';
  const ctx: Context = {
    data,
    decoder: () => createDecoder(data.decode),
    format: 'json',
    drained: () => undefined,
    style: style(false),
    write: (text) => (printed += text),
    warn: () => {},
    lineCap: 1024,
    search: () => createSearchIndex(data.search),
  };
  lookupCommand(ctx, [token]);
  return printed;
}

describe('the static JSON API', () => {
  it("writes every entry's data: its /catalog.json item plus version", () => {
    const whole = catalogExport(catalog.catalog, 'https://example.test', 'now');
    expect(counts.entries).toBe(whole.entries.length);
    whole.entries.forEach((item, i) => {
      const entry = catalog.getEntries()[i]!;
      expect(JSON.parse(read(entryDataPath(entry))), entry.url).toEqual({
        version: whole.version,
        ...item,
      });
    });
  });

  it('writes each entry page a Markdown twin', () => {
    for (const entry of catalog.getEntries())
      expect(read(entryMarkdownPath(entry)), entry.url).toMatch(/^# .+\n/);
  });

  it("writes every standard code's data and Markdown twin beside its page", () => {
    const whole = catalogExport(catalog.catalog, 'https://example.test', 'now');
    expect(counts.standards).toBe(whole.standards.codes.length);
    whole.standards.codes.forEach((item, i) => {
      const code = catalog.catalog.standards[i]!;
      expect(JSON.parse(read(entryDataPath(code))), code.url).toEqual({
        version: whole.version,
        ...item,
      });
    });
    const busy = catalog.getStandardEntry('sip', '486')!;
    expect(entryMarkdownPath(busy)).toBe('/standards/sip/486.md');
    const sip = STANDARDS.find((s) => s.id === 'sip')!;
    expect(read('/standards/sip/486.md')).toBe(standardMarkdown(busy, sip, SITE_URL));
    expect(read('/standards/smpp/esme_rthrottled.json')).toContain('"code":"ESME_RTHROTTLED"');
  });

  it('writes /code/<token>.json as the CLI prints the lookup, for every token', () => {
    const tokens = [...catalog.getCodePaths().keys()];
    expect(counts.codes).toBe(tokens.length);
    for (const token of tokens.filter((_, i) => i % 25 === 0))
      expect(read(codeDataPath(token)), token).toBe(cliLookup(token));
    // Standard tokens too, in every form a log shows them.
    for (const token of ['486', 'sip-486', '17', 'esme_rthrottled', '0x58', '88', 'user_busy'])
      expect(read(codeDataPath(token)), token).toBe(cliLookup(token));
    expect(JSON.parse(read(codeDataPath('0x00000058'))).matches).toMatchObject([
      { kind: 'standard', vendor: 'smpp', code: 'ESME_RTHROTTLED' },
    ]);
    const body = JSON.parse(read(codeDataPath('cmn-101')));
    expect(body.matches.map((m: { url: string }) => m.url)).toEqual([
      '/vendors/ringcentral/cmn-101/',
    ]);
  });
});
