import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  codeDataPath,
  codeUrl,
  entryDataPath,
  entryMarkdownPath,
  entryUrl,
  searchUrl,
  SITE_PATHS,
  standardUrl,
  statusUrl,
  vendorUrl,
} from './urls';

/** The paths of DESIGN.md's two URL tables, as written there (`/status/<nnn>/`, `<entry path>.json`). */
function designPaths(): string[] {
  const design = fs.readFileSync(path.resolve('../shared/DESIGN.md'), 'utf8');
  const tables = [
    /^## URL contract[^\n]*\n([\s\S]*?)^## /m,
    /^### URL contract additions\n([\s\S]*?)^### /m,
  ].map((re) => re.exec(design)?.[1] ?? '');
  return tables.flatMap((table) =>
    table
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!)),
  );
}

const entry = entryUrl('ringcentral', 'cmn-101');

/** Each path of the contract, and what lib/urls.ts makes for it. */
const CONTRACT: [string, string[]][] = [
  ['/', [SITE_PATHS.home]],
  ['/vendors/<vendor>/', [vendorUrl('ringcentral')]],
  ['/vendors/<vendor>/<slug>/', [entry, entryUrl('bandwidth', '400-invalid-to')]],
  ['/status/', [statusUrl()]],
  ['/status/<nnn>/', [statusUrl(429)]],
  ['/code/<token>/', [codeUrl('cmn-101'), codeUrl('esme_rthrottled')]],
  ['/search/?q=<text>', [searchUrl({ q: 'rate exceeded' })]],
  ['/decode/', [SITE_PATHS.decode]],
  ['/catalog.json', [SITE_PATHS.catalog]],
  ['/standards/', [standardUrl()]],
  ['/standards/<id>/', [standardUrl('sip')]],
  ['/standards/<id>/<slug>/', [standardUrl('sip', '486'), standardUrl('smpp', 'esme_rthrottled')]],
  ['<entry path>.json', [entryDataPath({ url: entry })]],
  ['<entry path>.md', [entryMarkdownPath({ url: entry })]],
  ['/code/<token>.json', [codeDataPath('cmn-101')]],
  ['/feed.xml', [SITE_PATHS.feed]],
  ['/opensearch.xml', [SITE_PATHS.openSearch]],
  ['/llms.txt', [SITE_PATHS.llms]],
];

/** A DESIGN path as a pattern: `<nnn>` three digits, `<entry path>` an entry page, `<x>` one segment. */
function pattern(designPath: string): RegExp {
  const escaped = designPath.replace(/[.?+*()[\]{}|\\^$]/g, '\\$&');
  const re = escaped
    .replace('<entry path>', '/vendors/[^/]+/[^/]+')
    .replace(/<nnn>/g, '\\d{3}')
    .replace(/<text>/g, '[^&]+')
    .replace(/<[a-z]+>/g, '[^/?]+');
  return new RegExp(`^${re}$`);
}

describe('the URL module against DESIGN.md', () => {
  it('covers every path of the URL tables, and no other', () => {
    expect(CONTRACT.map(([p]) => p).sort()).toEqual([...new Set(designPaths())].sort());
  });

  it.each(CONTRACT)('%s', (designPath, made) => {
    for (const url of made) expect(url).toMatch(pattern(designPath));
  });

  it('writes entry pages with the trailing slash and their twins beside them', () => {
    expect(entry).toBe('/vendors/ringcentral/cmn-101/');
    expect(entryDataPath({ url: entry })).toBe('/vendors/ringcentral/cmn-101.json');
    expect(entryMarkdownPath({ url: entry })).toBe('/vendors/ringcentral/cmn-101.md');
  });

  it('keeps only the search filters given, and encodes the query', () => {
    expect(searchUrl()).toBe('/search/');
    expect(searchUrl({ q: 'a&b c', vendor: '', status: '429' })).toBe(
      '/search/?q=a%26b+c&status=429',
    );
    expect(codeUrl('a/b')).toBe('/code/a%2Fb/');
  });
});
