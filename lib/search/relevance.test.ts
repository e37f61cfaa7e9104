import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { explainHit } from './explain';
import { buildSearchData, createSearchIndex, type SearchIndex } from './index';
import type { Phrasings, SearchDocument, SearchHit } from './types';

/**
 * The relevance stage on the real catalog: real queries that found nothing while search only
 * filtered. Each names the entry that must be found and, where one exists, a distractor that
 * shares some of the words and must come later.
 */
let docs: SearchDocument[];
let index: SearchIndex;

beforeAll(() => {
  const data = buildSearchData(loadCatalog());
  docs = data.docs;
  index = createSearchIndex(data);
});

const keys = (hits: SearchHit[]) => hits.map((h) => h.doc.key);

/** One of `wanted` is in the top 3; `distractor`, if listed, comes after the first of them. */
function expectTop3(query: string, wanted: string[], distractor?: string): SearchHit[] {
  const hits = index.search(query, { limit: 50 });
  const top = keys(hits.slice(0, 3));
  const at = top.findIndex((k) => wanted.includes(k));
  expect(at, `${JSON.stringify(query)}: top 3 ${top.join(', ')}`).toBeGreaterThanOrEqual(0);
  if (distractor) {
    const d = keys(hits).indexOf(distractor);
    if (d !== -1) expect(d, `${distractor} before the wanted entry`).toBeGreaterThan(at);
  }
  return hits;
}

function expectFirst(query: string, first: string, distractor?: string): SearchHit {
  const hits = expectTop3(query, [first], distractor);
  expect(hits[0]?.doc.key, JSON.stringify(query)).toBe(first);
  return hits[0] as SearchHit;
}

describe('real queries that share only some of the words', () => {
  it('finds the entry of a sentence around its message', () => {
    const hit = expectFirst(
      'the access token has expired',
      'ringcentral/oau-128',
      'ringcentral/oau-129',
    );
    expect(hit.kind).toBe('partial');
    expect(explainHit(hit)).toBe('Shares access, token, expired');
    expectFirst(
      'Subscription limit has been exceeded',
      'ringcentral/sub-505',
      'ringcentral/msg-337',
    );
  });

  it('finds the entry of a question or an exception', () => {
    // OAU-134 and AGW-402 both say "Invalid Authorization header".
    const both = ['ringcentral/agw-402', 'ringcentral/oau-134'];
    const question = expectTop3(
      'Why am I getting Invalid Authorization header on every call',
      both,
      'ringcentral/oau-106',
    );
    expect(keys(question.slice(0, 2)).sort()).toEqual(both);
    expectFirst(
      'Error: request was rejected because the token expired',
      'ringcentral/oau-210',
      'ringcentral/clg-101',
    );
    // The user lacks a permission, or SMS is not available from that number.
    expectTop3(
      'user not authorized to send sms',
      ['ringcentral/msg-242', 'ringcentral/cmn-408'],
      'ringcentral/msg-290',
    );
  });

  it('reads past an exception prefix or a question to the exact stages', () => {
    expectFirst('ApiException: Access token has expired.', 'ringcentral/oau-128');
    const sdk = expectTop3(
      'SDK HTTP Error at https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/sms : Invalid Authorization header',
      ['ringcentral/oau-134'],
      'ringcentral/oau-106',
    );
    expect(keys(sdk.slice(0, 2)).sort()).toEqual(['ringcentral/agw-402', 'ringcentral/oau-134']);
    expect(sdk[0]?.kind).toBe('phrase');
    expect(expectFirst('How to fix "Request rate exceeded"?', 'ringcentral/cmn-301').kind).toBe(
      'phrase',
    );
    expectFirst('What does Access token expired mean?', 'ringcentral/oau-128');
  });
});

describe('a word added, dropped or in another form', () => {
  it('finds the message with a word added', () => {
    const hit = expectFirst(
      'Access token expired for this user',
      'ringcentral/oau-128',
      'ringcentral/oau-129',
    );
    expect(hit.kind).toBe('partial');
  });

  it('finds the message with a word dropped', () => {
    expectFirst(
      'Sending SMS is not available from the number',
      'ringcentral/msg-242',
      'ringcentral/msg-241',
    );
    expectFirst('Invalid Authorization header value', 'ringcentral/oau-123', 'ringcentral/oau-134');
  });

  it('matches an inflection and says which form the entry uses', () => {
    const hit = expectFirst(
      'Subscription limit has been exceeded',
      'ringcentral/sub-505',
      'ringcentral/msg-338',
    );
    expect(hit.reasons).toContainEqual({
      kind: 'word',
      query: 'subscription',
      text: 'subscriptions',
    });
    expect(explainHit(hit)).toContain('subscription (as “subscriptions”)');
    expectFirst('expiring access token', 'ringcentral/oau-128', 'ringcentral/oau-149');
  });
});

describe('equivalent phrasings (content/phrasings.md)', () => {
  it('reads a phrasing as its equivalent, and says so', () => {
    const hit = expectFirst('token no longer valid', 'ringcentral/oau-210', 'ringcentral/oau-149');
    expect(hit.reasons).toContainEqual({
      kind: 'phrasing',
      query: 'no longer valid',
      text: 'expired',
    });
    expect(explainHit(hit)).toContain('“no longer valid” read as “expired”');
    expectTop3('throttled', ['ringcentral/cmn-301', 'ringcentral/msg-305']);
    expectFirst('resource does not exist', 'ringcentral/agw-404', 'vaspian/featurenotenabled');
    expectTop3('not authenticated', ['bandwidth/401-unauthorized', '8x8/1200']);
  });

  it('reads `illegal` as `invalid`, so the rarer word decides', () => {
    const hit = expectFirst('SubAccountId is not valid.', '8x8/1001', 'ringcentral/sub-524');
    expect(hit.reasons).toContainEqual({ kind: 'phrasing', query: 'not valid', text: 'illegal' });
  });

  it('counts a phrasing as one unit for order, whichever way the row says it', () => {
    const doc = (key: string, message: string): SearchDocument => ({
      ...docs[0]!,
      key,
      code: null,
      aliases: [],
      statuses: [],
      observed: [],
      template: null,
      message,
    });
    const phrasings: Phrasings = [
      { id: 'rate-limited', phrases: ['rate limit', 'request rate exceeded'] },
    ];
    // Both say the phrasing (one in the query's words, side by side) and a word besides; no entry
    // has every word of the query. Were the words' adjacency an order bonus, `words` would lead.
    const own = createSearchIndex({
      docs: [
        doc('words', 'Rate limit hit'),
        doc('equivalent', 'Request rate exceeded for user'),
        doc('other', 'Quota for account'),
      ],
      phrasings,
    });
    expect(keys(own.search('account rate limit'))).toEqual(['equivalent', 'words', 'other']);
  });

  it('applies a phrasing in both directions', () => {
    const doc = (key: string, message: string): SearchDocument => ({
      ...docs[0]!,
      key,
      code: null,
      aliases: [],
      statuses: [],
      observed: [],
      template: null,
      message,
    });
    const phrasings: Phrasings = [{ id: 'expired', phrases: ['expired', 'no longer valid'] }];
    // The distractor shares `token` and comes first in the catalog: only the phrasing lifts the others.
    const own = createSearchIndex({
      docs: [
        doc('distractor', 'Token format unknown'),
        doc('longer', 'Token is no longer valid'),
        doc('expired', 'Access token expired'),
      ],
      phrasings,
    });
    expect(keys(own.search('the token has expired'))).toEqual(['expired', 'longer', 'distractor']);
    expect(keys(own.search('the token is no longer valid'))).toEqual([
      'longer',
      'expired',
      'distractor',
    ]);
  });
});

describe('an HTTP status with its reason phrase', () => {
  it('ranks the entries of `429 Too Many Requests` first', () => {
    const hits = expectTop3(
      '429 Too Many Requests',
      ['ringcentral/cmn-301'],
      'bandwidth/503-handling-too-many-requests',
    );
    expect(hits.slice(0, 5).every((h) => h.doc.statuses.includes(429))).toBe(true);
    expect(hits.find((h) => h.kind === 'partial')?.reasons).toContainEqual({
      kind: 'status',
      status: 429,
    });
  });

  it('lists the entries of `HTTP 404` and `404 Not Found`', () => {
    const hits = index.search('HTTP 404', { limit: 10 });
    expect(hits).toHaveLength(10);
    expect(hits.every((h) => h.doc.statuses.includes(404))).toBe(true);
    // A message holding the very words comes first (an exact phrase); then the 404 entries,
    // and SIP 404, whose status line says the same.
    const named = index.search('404 Not Found', { limit: 6 });
    expect(named[0]?.doc.key).toBe('bluejeans/incorrectlyprovisioned');
    const rest = named.slice(1).filter((h) => h.doc.key !== 'sip/404');
    expect(rest).toHaveLength(named.length - 2);
    expect(rest.every((h) => h.doc.statuses.includes(404))).toBe(true);
  });
});

describe('a bare status number in a sentence', () => {
  it("ranks that status's entries", () => {
    const hits = index.search('Better error report for 429?', { limit: 10 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.doc.statuses.includes(429))).toBe(true);
    expect(hits[0]?.reasons).toEqual([{ kind: 'status', status: 429 }]);
  });
});

describe('rarity and negations', () => {
  const doc = (key: string, message: string, observed: string[] = []): SearchDocument => ({
    ...docs[0]!,
    key,
    code: null,
    aliases: [],
    statuses: [],
    observed,
    template: null,
    message,
  });

  it('counts how many entries hold a word, not rows: observed wordings repeat it', () => {
    const own = createSearchIndex({
      docs: [
        doc('first', 'Gamma delta'),
        doc('seen', 'Alpha beta', ['Alpha one', 'Alpha two', 'Alpha three']),
        doc('third', 'Beta gamma'),
      ],
      phrasings: [],
    });
    // `alpha` is in four rows but one entry; `gamma` in two entries.
    expect(keys(own.search('alpha gamma'))[0]).toBe('seen');
  });

  it('leaves out a negation of a word no message says', () => {
    const own = createSearchIndex({
      docs: [doc('negation', 'Widget not ready'), doc('gadget', 'Gadget broken')],
      phrasings: [],
    });
    expect(keys(own.search('gadget not zorbled'))).toEqual(['gadget']);
    expect(keys(own.search('gadget not broken ready'))).toEqual(['gadget', 'negation']);
  });
});

describe('nothing in common', () => {
  it('gives no result for a query sharing no meaningful word with the catalog', () => {
    expect(index.search('zzqxj wvvkq')).toEqual([]);
    expect(index.search('why am I getting this on every')).toEqual([]);
  });
});

describe('ranking order', () => {
  it('is deterministic, ties in catalog order', () => {
    const first = index.search('HTTP 404', { limit: 30 });
    expect(keys(index.search('HTTP 404', { limit: 30 }))).toEqual(keys(first));
    const order = new Map(docs.map((d, i) => [d.key, i]));
    for (let i = 1; i < first.length; i += 1) {
      const [a, b] = [first[i - 1] as SearchHit, first[i] as SearchHit];
      if (a.score === b.score)
        expect(order.get(a.doc.key) as number).toBeLessThan(order.get(b.doc.key) as number);
    }
  });
});

describe('observed wordings', () => {
  it('finds an entry by a wording it was seen with, and says which', () => {
    const base = docs.find((d) => d.key === 'ringcentral/oau-112') as SearchDocument;
    // OAU-251 documents the same words as its message: left out, the fixture's wording is the only one.
    const own = createSearchIndex({
      docs: [
        ...docs.filter((d) => d !== base && d.key !== 'ringcentral/oau-251'),
        // A fixture: the wording other sources show for a grant type the client may not use.
        { ...base, observed: ['Unauthorized for this grant type'] },
      ],
      phrasings: [],
    });
    const [hit] = own.search('Unauthorized for this grant type');
    expect(hit?.doc.key).toBe('ringcentral/oau-112');
    expect(hit?.kind).toBe('phrase');
    expect(hit?.observed).toBe('Unauthorized for this grant type');
    const partial = own.search('grant type unauthorized for this client app');
    expect(partial[0]?.doc.key).toBe('ringcentral/oau-112');
  });
});
