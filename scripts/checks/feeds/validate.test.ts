import { describe, expect, it } from 'vitest';
import { entryMarkdownPath } from '@/lib/urls';
import { createCatalogView } from '@/lib/catalog';
import { loadCatalog } from '@/lib/catalog/load';
import type { Entry } from '@/lib/catalog/types';
import { atomFeed, FEED_LIMIT, llmsTxt, openSearchDescription, type FeedSite } from '@/lib/feeds';
import { STANDARDS } from '@/lib/namespaces/standards';
import { atomProblems, openSearchProblems } from './validate';

const catalog = createCatalogView(loadCatalog());
const site: FeedSite = {
  name: 'Errdex',
  url: 'https://example.test',
  tagline: 'What an error means.',
  vendorName: (id) => catalog.getVendor(id)?.name ?? id,
};
const pages = new Set(catalog.getEntries().map((e) => `${site.url}${e.url}`));
const isPage = (url: string) => pages.has(url);

/** Two entries with a later record each, one of them carrying characters XML must escape. */
function withLaterChanges(): Entry[] {
  const [a, b, ...rest] = catalog.getEntries();
  const later = (e: Entry, date: string, message: string): Entry => ({
    ...e,
    changes: [...e.changes, { date, kind: 'message-changed', message, was: e.message }],
  });
  return [
    later(a!, '2999-12-01', 'Use <b> & "quotes" \u0001'),
    later(b!, '2999-12-03', 'New'),
    ...rest,
  ];
}

describe('the Atom feed', () => {
  it('is valid Atom whose every link is an entry page', () => {
    expect(atomProblems(atomFeed(catalog.getEntries(), site), isPage, FEED_LIMIT)).toEqual([]);
  });

  it('lists records newest first, escaped, capped at FEED_LIMIT', () => {
    const xml = atomFeed(withLaterChanges(), site);
    expect(atomProblems(xml, isPage, FEED_LIMIT)).toEqual([]);
    const records = catalog.getEntries().reduce((n, e) => n + e.changes.length, 0);
    expect((xml.match(/<entry>/g) ?? []).length).toBe(Math.min(FEED_LIMIT, records + 2));
    expect(xml).toContain('<updated>2999-12-03T00:00:00Z</updated>\n  <link rel="self"');
    expect(xml.indexOf('2999-12-03T')).toBeLessThan(xml.indexOf('2999-12-01T'));
    expect(xml).toContain('Use &lt;b&gt; &amp; &quot;quotes&quot; ');
  });

  it('reports what a broken feed lacks', () => {
    // Three entries with one record each: three feed entries.
    const three = catalog
      .getEntries()
      .slice(0, 3)
      .map((e) => ({ ...e, changes: e.changes.slice(0, 1) }));
    const xml = atomFeed(three, site);
    expect(atomProblems(xml.replace('<entry>', '<entry><bad>'), isPage, 5)[0]).toMatch(
      /^not well-formed XML/,
    );
    expect(atomProblems(xml.replace(/<link rel="self"[^>]+>/, ''), isPage, 5)).toEqual([
      'feed: no <link rel="self">',
    ]);
    expect(atomProblems(xml, () => false, 5)).toHaveLength(3);
    expect(atomProblems(xml, isPage, 2)).toEqual(['feed: 3 entries, more than 2']);
    expect(atomProblems(xml.replace(/<author>.*<\/author>/, ''), isPage, 5)).toEqual([
      'feed: no <author><name>',
    ]);
  });
});

describe('the OpenSearch description', () => {
  it('is valid OpenSearch 1.1 that searches the site', () => {
    const xml = openSearchDescription(site);
    expect(openSearchProblems(xml)).toEqual([]);
    expect(xml).toContain('template="https://example.test/search/?q={searchTerms}"');
  });

  it('reports a long ShortName and a missing search template', () => {
    expect(
      openSearchProblems(
        openSearchDescription(site).replace('>Errdex<', '>Errdex, the error index<'),
      ),
    ).toEqual(['<ShortName> "Errdex, the error index" must have 1 to 16 characters']);
    expect(
      openSearchProblems(openSearchDescription(site).replace('{searchTerms}', '')),
    ).toHaveLength(1);
  });
});

describe('llms.txt', () => {
  const standards = STANDARDS.map((s) => ({
    name: s.name,
    codes: catalog.getStandardEntries(s.id),
  }));
  const text = llmsTxt(catalog.getEntries(), catalog.getVendors(), standards, site);

  it('has the llmstxt.org shape: one H1, a blockquote summary, then H2 sections of links', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Errdex');
    expect(lines.find((l) => l.trim())).toBe('# Errdex');
    expect(lines.filter((l) => l.startsWith('# '))).toHaveLength(1);
    expect(lines[2]).toMatch(/^> \S/);
    const sections = lines.filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    expect(sections).toEqual([
      'JSON API',
      'CLI',
      ...catalog.getVendors().map((v) => v.name),
      ...STANDARDS.map((s) => s.name),
    ]);
  });

  it("links every entry's Markdown twin and the JSON API", () => {
    for (const e of catalog.getEntries())
      expect(text).toContain(`](${site.url}${entryMarkdownPath(e)})`);
    expect(text).toContain(`](${site.url}/catalog.json)`);
    expect(text).toMatch(/\]\(https:\/\/example\.test\/code\/[^)]+\.json\)/);
  });

  it("links every standard code's Markdown twin under its standard, and one code's data", () => {
    expect(catalog.catalog.standards.length).toBeGreaterThan(0);
    for (const c of catalog.catalog.standards)
      expect(text).toContain(`- [${c.code}](${site.url}${entryMarkdownPath(c)}): ${c.title}`);
    expect(text).toContain(`](${site.url}/standards/sip/100.json)`);
    const smpp = text.slice(text.indexOf(`## ${STANDARDS.find((s) => s.id === 'smpp')!.name}`));
    expect(smpp).toContain(
      '- [ESME_RTHROTTLED](https://example.test/standards/smpp/esme_rthrottled.md)',
    );
  });
});
