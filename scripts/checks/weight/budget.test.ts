import path from 'node:path';
import { gzipSync } from 'node:zlib';
import fs from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { summarize, weightFailures } from './budget';
import { createSizer, pageType, weighPage, type PageType, type PageWeight } from './measure';

const OUT = path.join(import.meta.dirname, 'fixtures', 'out');
const gz = (rel: string) => gzipSync(fs.readFileSync(path.join(OUT, rel)), { level: 9 }).length;

function weighFixture(): Map<PageType, PageWeight[]> {
  const size = createSizer(OUT);
  return new Map<PageType, PageWeight[]>([
    ['home', [weighPage(OUT, 'index.html', size, '/')]],
    ['entry', [weighPage(OUT, 'vendors/acme/e-1/index.html', size, '/vendors/acme/e-1/')]],
  ]);
}

describe('weighPage', () => {
  it('counts scripts, preloaded scripts and stylesheets, not the nomodule fallback', () => {
    const home = weighFixture().get('home')![0]!;
    expect(home.jsFiles).toBe(2);
    expect(home.js).toBe(gz('_next/static/app.js') + gz('_next/static/runtime.js'));
    expect(home.css).toBe(gz('_next/static/site.css'));
    expect(home.total).toBe(home.html + home.js + home.css);
  });
});

describe('weighPage, inline scripts', () => {
  it('counts an inline script as script, and its bytes once in the total', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weight-'));
    const code = 'document.addEventListener("click",()=>{});'.repeat(20);
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      `<html><head><script type="module">${code}</script></head><body>x</body></html>`,
    );
    const page = weighPage(dir, 'index.html', createSizer(dir), '/');
    expect(page.js).toBe(gzipSync(code, { level: 9 }).length);
    expect(page.total).toBe(page.html);
  });
});

describe('weightFailures', () => {
  const summaries = summarize(weighFixture());

  it('fails a page over its JavaScript budget and its total budget, naming the page', () => {
    expect(weightFailures(summaries, { home: { js: 1024, total: 1024 } })).toEqual([
      expect.stringMatching(/^home: \/ ships [\d.]+ KB of JavaScript \(gzip\), budget 1\.0 KB$/),
      expect.stringMatching(/^home: \/ ships [\d.]+ KB in all \(gzip\), budget 1\.0 KB$/),
    ]);
  });

  it('passes pages within budget', () => {
    expect(
      weightFailures(summaries, {
        home: { js: 50_000, total: 60_000 },
        entry: { js: 50_000, total: 60_000 },
      }),
    ).toEqual([]);
  });

  it('fails a budgeted page type that has no page', () => {
    expect(weightFailures(summaries, { decode: { js: 50_000, total: 60_000 } })).toEqual([
      'decode: no page of this type in out/',
    ]);
  });
});

describe('pageType', () => {
  it('classifies the URL contract', () => {
    expect(
      [
        '/',
        '/vendors/',
        '/vendors/x/',
        '/vendors/x/y/',
        '/standards/',
        '/standards/sip/',
        '/standards/sip/486/',
        '/status/',
        '/status/429/',
        '/code/cmn-101/',
        '/search/',
        '/decode/',
        '/404.html',
        '/catalog.json',
      ].map(pageType),
    ).toEqual([
      'home',
      'vendors',
      'vendor',
      'entry',
      'standards',
      'standard',
      'standard-entry',
      'statuses',
      'status',
      'code',
      'search',
      'decode',
      'not-found',
      null,
    ]);
  });
});
