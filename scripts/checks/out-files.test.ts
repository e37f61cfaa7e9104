import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, pagePath } from './out-files';

describe('pagePath', () => {
  it('maps index files to their directory URL', () => {
    expect(pagePath(path.join('vendors', 'x', 'index.html'))).toBe('/vendors/x/');
    expect(pagePath('404.html')).toBe('/404.html');
  });
});

describe('htmlFiles', () => {
  it('lists every HTML file under the export, sorted, relative to it, and nothing else', () => {
    const site = path.join(import.meta.dirname, 'links', 'fixtures', 'site');
    expect(htmlFiles(site).map(pagePath)).toEqual([
      '/404.html',
      '/a/',
      '/code/cmn-101/',
      '/decode/',
      '/',
    ]);
  });
});
