import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { buildSearchData, createSearchIndex, type SearchIndex } from './index';
import type { SearchDocument, SearchHit } from './types';

/** Ranking pinned on the real catalog: each query names the entry that must come first and a distractor. */
let docs: SearchDocument[];
let index: SearchIndex;

beforeAll(() => {
  const data = buildSearchData(loadCatalog());
  docs = data.docs;
  index = createSearchIndex(data);
});

const keys = (hits: SearchHit[]) => hits.map((h) => h.doc.key);

/** The first hit is `first`, of the given kind, and `distractor` (when it shows up at all) comes later. */
function expectFirst(query: string, first: string, kind: SearchHit['kind'], distractor: string) {
  const hits = index.search(query, { limit: 50 });
  expect(hits[0]?.doc.key, `first hit for ${JSON.stringify(query)}`).toBe(first);
  expect(hits[0]?.kind).toBe(kind);
  const at = keys(hits).indexOf(distractor);
  if (at !== -1) expect(at).toBeGreaterThan(0);
  return hits;
}

describe('codes and aliases', () => {
  it('finds a code in any case, with or without its dash', () => {
    for (const q of ['cmn-301', 'CMN301', 'Cmn-301', ' cmn301 '])
      expectFirst(q, 'ringcentral/cmn-301', 'code', 'ringcentral/msg-305');
  });

  it('finds a BlueJeans entry by its number and by its name', () => {
    expectFirst(
      '1780355652',
      'bluejeans/authenticationfailed',
      'code',
      'bluejeans/notauthenticated',
    );
    expectFirst('notfound', 'bluejeans/notfound', 'code', '8x8/1300');
  });

  it('puts a code that is also a word before the messages using the word', () => {
    const hits = expectFirst('Invalid', 'bluejeans/invalid', 'code', '8x8/1008');
    expect(keys(hits)).toContain('8x8/1008');
  });

  it('completes a code being typed', () => {
    expectFirst('msg-30', 'ringcentral/msg-304', 'prefix', 'ringcentral/msg-240');
    expectFirst(
      '17803',
      'bluejeans/authenticationfailed',
      'prefix',
      'bluejeans/duplicatecalendarid',
    );
  });

  it('lists the entries of a status typed as a number', () => {
    const hits = index.search('429', { limit: 50 });
    expect(keys(hits)).toEqual(
      expect.arrayContaining([
        'ringcentral/cmn-301',
        'bandwidth/429-user-rate-limit-or-concurrency-limit-exceeded',
      ]),
    );
    // The number is also a SIP code: that exact code first, then the status's entries.
    expect(hits[0]?.doc.key).toBe('sip/429');
    expect(hits.slice(1).every((h) => h.doc.statuses.includes(429))).toBe(true);
  });

  it('reads words with spaces as message text, not as a code', () => {
    expectFirst('not found', '8x8/1300', 'phrase', 'bluejeans/notfound');
  });

  it('finds a code written beside a filled-in message or inside a log fragment', () => {
    expectFirst(
      'CMN-101: Parameter [to] value is invalid.',
      'ringcentral/cmn-101',
      'code',
      'ringcentral/cmn-406',
    );
    expectFirst(
      'Parameter [to] value is invalid. (CMN-101)',
      'ringcentral/cmn-101',
      'code',
      'ringcentral/cmn-406',
    );
    expectFirst(
      '{"errorCode": "OAU-128", "message": "Access token expired."}',
      'ringcentral/oau-128',
      'code',
      'ringcentral/oau-149',
    );
    expectFirst('HTTP 429 CMN-301', 'ringcentral/cmn-301', 'code', 'ringcentral/msg-305');
  });

  it('finds a numeric code beside a word when the words match nothing', () => {
    expectFirst('error 1300', '8x8/1300', 'code', '8x8/1000');
    expectFirst('code 3013', '8x8/3013', 'code', '8x8/3011');
    // A number inside a matching message is a value, not a code.
    expectFirst(
      'Recording is disabled for meeting 1300.',
      'bluejeans/recordingprohibited',
      'template',
      '8x8/1300',
    );
  });
});

describe('messages the query is an instance of', () => {
  it('binds a RingCentral variable to the value in the query', () => {
    const [hit] = expectFirst(
      'Parameter [extensionId] value is invalid.',
      'ringcentral/cmn-101',
      'template',
      'ringcentral/oau-101',
    );
    expect(hit?.params).toEqual({ parameterName: 'extensionId' });
  });

  it('binds a Bandwidth positional variable', () => {
    const [hit] = expectFirst(
      'Call [c-2a913f94] not found',
      'bandwidth/404-call-not-found',
      'template',
      'bandwidth/404-not-found',
    );
    expect(hit?.params).toEqual({ 0: 'c-2a913f94' });
  });

  it('ranks the filled-in message above entries that share its words', () => {
    expectFirst(
      'Sending SMS to +15551234567 failed. Please try later.',
      'ringcentral/msg-290',
      'template',
      'ringcentral/msg-242',
    );
  });

  it('finds the message while its filled-in text is still being typed', () => {
    expectFirst(
      'Parameter [extensionId] value',
      'ringcentral/cmn-101',
      'words',
      'ringcentral/cmn-108',
    );
    expectFirst(
      'Call [c-2a913f94] not fo',
      'bandwidth/404-call-not-found',
      'prefix',
      'bandwidth/404-not-found',
    );
  });

  it('matches our derived BlueJeans templates', () => {
    const [hit] = expectFirst(
      'Unable to start recording meeting 4471 due to 503 response from Seam.',
      'bluejeans/recordingexception',
      'template',
      'bluejeans/recordingquotaexceeded',
    );
    expect(hit?.params).toEqual({ meetingId: '4471', seamResponseCode: '503' });
  });

  it('lists every entry whose template the message fits', () => {
    const hits = index.search(
      'Listener Service is out of date; upgrade it from 3.1.0 to the latest version.',
    );
    expect(keys(hits.slice(0, 3)).sort()).toEqual([
      'bluejeans/forwardscompatibility',
      'bluejeans/nosuchhandler',
      'bluejeans/unknowncontrolprotocol',
    ]);
    expect(hits.slice(0, 3).every((h) => h.kind === 'template')).toBe(true);
  });
});

describe('phrases and words', () => {
  it('lists every entry that shares an exact message', () => {
    // CMN-302 was also seen returning it (an observed wording).
    const hits = index.search('Request rate exceeded');
    expect(keys(hits.slice(0, 3)).sort()).toEqual([
      'ringcentral/cmn-301',
      'ringcentral/cmn-302',
      'ringcentral/msg-305',
    ]);
    expect(hits[0]?.kind).toBe('phrase');
  });

  it('puts the words in order before the same words apart', () => {
    expectFirst('template parameter', '8x8/3041', 'phrase', '8x8/3044');
  });

  it('finds all the words in any order', () => {
    expectFirst(
      'type media',
      'bandwidth/415-unsupported-media-type',
      'words',
      'ringcentral/msg-348',
    );
  });
});

describe('prefixes and typos', () => {
  it('completes a word prefix', () => {
    expectFirst('Kakao', '8x8/3050', 'prefix', '8x8/3019');
    expectFirst('missed kakao', '8x8/3050', 'prefix', '8x8/3019');
  });

  it('forgives one typo in a long word', () => {
    expectFirst(
      'recordng quota',
      'bluejeans/recordingquotaexceeded',
      'typo',
      'bluejeans/recordingprohibited',
    );
    // (`unparseable` is a catalog word now: an observed wording of oau-149.)
    expectFirst(
      'unparsible access token',
      'ringcentral/oau-149',
      'typo',
      'vaspian/badauthenticationheader',
    );
  });

  it('puts a loose match with the words side by side, in order, first', () => {
    expectFirst(
      'authentication faild',
      'bluejeans/authenticationfailed',
      'typo',
      'bandwidth/401-failed-to-decode-basic-authentication-token',
    );
  });

  it('ranks by order a catalog word misspelt into another (`unparseable` → `unparsable`)', () => {
    const doc = (key: string, message: string): SearchDocument => ({
      ...docs[0]!,
      key,
      code: null,
      aliases: [],
      statuses: [],
      template: null,
      message,
    });
    const own = createSearchIndex({
      docs: [
        doc('a', 'Unparsable request'),
        doc('b', 'Request unparsable'),
        doc('c', 'Unparseable token'),
      ],
      phrasings: [],
    });
    const hits = own.search('request unparseable');
    expect(hits.map((h) => [h.doc.key, h.kind])).toEqual([
      ['b', 'typo'],
      ['a', 'typo'],
      // Below them, the entry sharing one of the words.
      ['c', 'partial'],
    ]);
  });

  it('forgives one typo in a word still being typed', () => {
    // `subscribtion` is one edit from `subscription`, which begins `subscriptions`.
    expectFirst('subscribtion limit', 'ringcentral/sub-505', 'typo', 'ringcentral/sub-507');
  });

  it('forgives no typo in a short word or a number', () => {
    expect(index.search('fxa')).toEqual([]);
    expect(keys(index.search('1780355653', { limit: 50 }))).not.toContain(
      'bluejeans/authenticationfailed',
    );
    expect(index.search('CMN-3O1', { limit: 50 }).map((h) => h.kind)).not.toContain('typo');
  });
});

describe('punctuation and quotes', () => {
  it('finds terms with punctuation inside', () => {
    expectFirst(
      'hal+json',
      'vaspian/frameworkunacceptable',
      'phrase',
      'vaspian/badauthenticationheader',
    );
    expectFirst(
      'X-Account-Authorization',
      'vaspian/invalidsubscriberaccount',
      'phrase',
      'vaspian/badauthenticationheader',
    );
    expect(keys(index.search('E164')).sort()).toEqual([
      'bandwidth/400-invalid-from-must-be-an-e164-telephone-number',
      'bandwidth/400-invalid-to-must-be-an-e164-telephone-number',
    ]);
  });

  it('joins a punctuated term the catalog writes as one word', () => {
    expectFirst(
      'E.164',
      'bandwidth/400-invalid-to-must-be-an-e164-telephone-number',
      'words',
      'vaspian/frameworkinvalidpathparam',
    );
  });

  it('folds typographic quotes both ways', () => {
    expectFirst("don't", '8x8/3035', 'words', 'ringcentral/cmn-108');
    expectFirst(
      'JSON can’t be parsed',
      'ringcentral/cmn-103',
      'phrase',
      'bluejeans/jsonparseexception',
    );
  });
});

describe('a vendor named in the query', () => {
  it('keeps to that vendor when it has a match', () => {
    expectFirst(
      'bandwidth 429',
      'bandwidth/429-user-rate-limit-or-concurrency-limit-exceeded',
      'words',
      'ringcentral/cmn-301',
    );
    expectFirst('vaspian 404', 'vaspian/frameworknotfound', 'words', 'bandwidth/404-not-found');
    const hits = expectFirst(
      'RingCentral rate limit',
      'ringcentral/cmn-302',
      'prefix',
      'bandwidth/429-user-rate-limit-or-concurrency-limit-exceeded',
    );
    expect(new Set(hits.map((h) => h.doc.vendor))).toEqual(new Set(['ringcentral']));
    expectFirst(
      'RingCentral Parameter [extensionId] value is invalid.',
      'ringcentral/cmn-101',
      'template',
      'ringcentral/cmn-102',
    );
  });

  it('lists the vendor for its name alone, and searches normally when it has no match', () => {
    const hits = index.search('8x8', { limit: 500 });
    expect(hits.length).toBe(docs.filter((d) => d.vendor === '8x8').length);
    expect(hits.every((h) => h.doc.vendor === '8x8')).toBe(true);
    // No Vaspian message mentions recording: the other vendors' entries are still found.
    expect(index.search('vaspian recording')[0]?.doc.vendor).toBe('bluejeans');
  });
});

describe('filters and limits', () => {
  it('keeps one vendor or one status', () => {
    const hits = index.search('not found', { vendor: 'bandwidth', limit: 50 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.doc.vendor === 'bandwidth')).toBe(true);
    const s404 = index.search('not found', { status: 404, limit: 50 });
    expect(s404.every((h) => h.doc.statuses.includes(404))).toBe(true);
    expect(keys(s404)).not.toContain('8x8/1300');
  });

  it('returns at most the limit, best first', () => {
    const hits = index.search('invalid', { limit: 3 });
    expect(hits).toHaveLength(3);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('returns nothing for a blank query', () => {
    expect(index.search('   ')).toEqual([]);
  });

  it('ranks entries sharing some of the words, and offers them as near matches', () => {
    const hits = index.search('kakao wechat');
    expect(keys(hits).sort()).toEqual(['8x8/3016', '8x8/3050']);
    expect(hits.every((h) => h.kind === 'partial')).toBe(true);
    const near = keys(index.near('kakao wechat'));
    expect(near).toEqual(expect.arrayContaining(['8x8/3050', '8x8/3016']));
  });
});
