import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { buildSearchData, createSearchIndex, type SearchIndex } from './index';
import { findResults, showHit } from './results';

/** What the search worker answers a view, on the real catalog. */
let index: SearchIndex;

beforeAll(() => {
  index = createSearchIndex(buildSearchData(loadCatalog()));
});

const marks = (runs: { text: string; mark: boolean }[]) =>
  runs.filter((r) => r.mark).map((r) => r.text);

describe('a view’s results', () => {
  it('ranks as the index does and keeps the query they answer', () => {
    const results = findResults(index, { q: 'Request rate exceeded', limit: 20 });
    expect(results.query).toEqual({ q: 'Request rate exceeded', limit: 20 });
    expect(results.hits.map((h) => h.doc.key)).toEqual(
      index.search('Request rate exceeded', { limit: 20 }).map((h) => h.doc.key),
    );
    expect(results.hits[0]?.doc.key).toBe('ringcentral/cmn-301');
  });

  it('applies the filters and the limit', () => {
    const results = findResults(index, { q: 'invalid', vendor: '8x8', limit: 3 });
    expect(results.hits).toHaveLength(3);
    expect(results.hits.every((h) => h.doc.vendor === '8x8')).toBe(true);
    const byStatus = findResults(index, { q: 'invalid', status: 404, limit: 100 });
    expect(byStatus.hits.length).toBeGreaterThan(0);
    expect(byStatus.hits.every((h) => h.doc.statuses.includes(404))).toBe(true);
  });

  it('answers a blank query with nothing', () => {
    expect(findResults(index, { q: '   ', limit: 20, emptyState: true })).toEqual({
      query: { q: '   ', limit: 20, emptyState: true },
      hits: [],
      unfiltered: 0,
      near: [],
    });
  });
});

describe('the empty state', () => {
  it('offers near matches only when asked and nothing matched', () => {
    // No RingCentral entry matches; two 8x8 entries do, and come back as near matches.
    const query = { q: 'kakao wechat', vendor: 'ringcentral', limit: 20 };
    const asked = findResults(index, { ...query, emptyState: true });
    expect(asked.hits).toEqual([]);
    expect(asked.near.map((h) => h.doc.key)).toEqual(
      index.near('kakao wechat', { limit: 5 }).map((h) => h.doc.key),
    );
    expect(asked.near.length).toBeGreaterThan(0);
    expect(findResults(index, query).near).toEqual([]);
    const found = findResults(index, { q: 'invalid', limit: 20, emptyState: true });
    expect(found.hits.length).toBeGreaterThan(0);
    expect(found.near).toEqual([]);
    expect(findResults(index, { q: 'frobnicate', limit: 20, emptyState: true }).near).toEqual([]);
  });

  it('counts the hits without filters when the filters left none', () => {
    const results = findResults(index, {
      q: 'CMN-301',
      vendor: 'bluejeans',
      limit: 100,
      emptyState: true,
    });
    expect(results.hits).toEqual([]);
    expect(results.unfiltered).toBe(index.search('CMN-301', { limit: 100 }).length);
    expect(results.unfiltered).toBeGreaterThan(0);
    // Without filters there is nothing to lift.
    const unfiltered = findResults(index, { q: 'kakao wechat', limit: 100, emptyState: true });
    expect(unfiltered.unfiltered).toBe(0);
  });
});

describe('a shown hit', () => {
  it('marks the query’s words in the message', () => {
    const [hit] = findResults(index, { q: 'Request rate exceeded', limit: 1 }).hits;
    expect(marks(hit?.marked ?? [])).toEqual(['Request', 'rate', 'exceeded']);
    expect(hit?.marked.map((r) => r.text).join('')).toBe(hit?.doc.message);
  });

  it('marks words matched in another form and says why a relevance hit matched', () => {
    const query = 'Subscription limit has been exceeded';
    const [hit] = index.search(query, { limit: 1 });
    expect(hit?.doc.key).toBe('ringcentral/sub-505');
    if (!hit) return;
    const shown = showHit(hit, query);
    expect(shown.why).toContain('subscription (as “subscriptions”)');
    // `subscriptions` is marked though the query says `subscription`: the hit matched it.
    expect(marks(shown.marked).map((w) => w.toLowerCase())).toContain('subscriptions');
    expect(shown.marked.map((r) => r.text).join('')).toBe(hit.doc.message);
  });

  it('marks an observed wording when the hit matched one', () => {
    const hit = index
      .search('Request rate exceeded', { limit: 5 })
      .find((h) => h.doc.key === 'ringcentral/cmn-302');
    expect(hit?.observed, 'CMN-302 found by its observed wording').toBe('Request rate exceeded');
    if (!hit?.observed) return;
    const shown = showHit(hit, 'Request rate exceeded');
    expect(shown.markedObserved?.map((r) => r.text).join('')).toBe(hit.observed);
    expect(marks(shown.markedObserved ?? []).length).toBeGreaterThan(0);
  });

  it('has no reason line for an exact code', () => {
    const [hit] = findResults(index, { q: 'CMN-101', limit: 1 }).hits;
    expect(hit?.kind).toBe('code');
    expect(hit?.why).toBeNull();
  });
});
