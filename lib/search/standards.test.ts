import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import type { Catalog } from '@/lib/catalog/types';
import { buildSearchData, createSearchIndex, packSearchData, unpackSearchData } from './index';
import { codeNumbers, codeTokens, namedVendor } from './query';
import type { SearchData, SearchHit, SearchIndex } from './types';

/** Telecom standard codes in search, pinned on the real catalog. */
let catalog: Catalog;
let data: SearchData;
let index: SearchIndex;

beforeAll(() => {
  catalog = loadCatalog();
  data = buildSearchData(catalog);
  index = createSearchIndex(data);
});

const keys = (hits: SearchHit[]) => hits.map((h) => h.doc.key);
const top = (query: string, n: number) => keys(index.search(query, { limit: 20 })).slice(0, n);

describe('standard codes as search documents', () => {
  it('holds every code of the three standards once, after the vendor entries', () => {
    const standards = data.docs.filter((d) => d.kind === 'standard');
    expect(standards.map((d) => d.key)).toEqual(
      catalog.standards.map((s) => `${s.namespace}/${s.slug}`),
    );
    expect(data.docs.slice(0, catalog.entries.length).every((d) => d.kind === 'vendor')).toBe(true);
    const busy = standards.find((d) => d.key === 'sip/486');
    expect(busy).toMatchObject({
      vendor: 'sip',
      code: '486',
      aliases: ['sip-486'],
      statuses: [],
      message: 'Busy Here',
      url: '/standards/sip/486/',
    });
    expect(standards.find((d) => d.key === 'smpp/esme_rthrottled')?.aliases).toEqual([
      '0x00000058',
      '0x58',
      '88',
    ]);
  });

  it('round-trips through the packed file with its kind and page', () => {
    const back = unpackSearchData(JSON.parse(JSON.stringify(packSearchData(data))));
    expect(back).toEqual(data);
    expect(back.docs.find((d) => d.key === 'q850/17')).toMatchObject({
      kind: 'standard',
      url: '/standards/q850/17/',
      aliases: ['q850-17', 'USER_BUSY'],
    });
  });
});

describe('ranking standard codes', () => {
  it.each([
    ['busy here', 'sip/486'],
    ['user busy', 'q850/17'],
    ['ESME_RTHROTTLED', 'smpp/esme_rthrottled'],
    ['USER_BUSY', 'q850/17'],
    ['NORMAL_TEMPORARY_FAILURE', 'q850/41'],
    ['0x00000058', 'smpp/esme_rthrottled'],
    ['0x58', 'smpp/esme_rthrottled'],
    ['sip 486', 'sip/486'],
    ['SIP/2.0 486 Busy Here', 'sip/486'],
    ['q850 17', 'q850/17'],
    ['Q.850 17', 'q850/17'],
    ['cause 17', 'q850/17'],
    ['Request Timeout', 'sip/408'],
    ['Service Unavailable', 'sip/503'],
    ['Message submit failed with status ESME_RSUBMITFAIL', 'smpp/esme_rsubmitfail'],
    ['SIP status 486', 'sip/486'],
    ['sip status 503', 'sip/503'],
    ['Segmentation fault in TM module while processing SIP status 408', 'sip/408'],
    ['Q.850 cause 17', 'q850/17'],
    ['How to handle bind_transrecivier command status 5', 'smpp/esme_ralybnd'],
    ['submit_sm failed status 88', 'smpp/esme_rthrottled'],
  ])('%s → %s first', (query, first) => {
    expect(top(query, 1)).toEqual([first]);
  });

  it('puts SIP 486 in the top 3 for its code, and a word of it finds its relatives', () => {
    expect(top('486', 3)).toContain('sip/486');
    expect(top('throttled', 3)).toContain('smpp/esme_rthrottled');
    expect(top('busy', 3)).toEqual(expect.arrayContaining(['sip/486', 'q850/17']));
  });

  it('keeps the vendor entries of an HTTP status beside the SIP code with its reason phrase', () => {
    // `Service Unavailable` is SIP 503's reason and HTTP 503's: the API errors documented
    // with 503 follow the exact phrase instead of being left out.
    const plain = top('Service Unavailable', 20);
    const http = top('HTTP 503 Service Unavailable', 20);
    const vendor503 = data.docs
      .filter((d) => d.kind === 'vendor' && d.statuses.includes(503))
      .map((d) => d.key);
    expect(vendor503.length).toBeGreaterThan(0);
    for (const list of [plain, http]) expect(list).toEqual(expect.arrayContaining(vendor503));
    // With its number, the status line outranks messages sharing only its words.
    const withNumber = top('503 Service Unavailable', 1 + vendor503.length);
    expect(withNumber[0]).toBe('sip/503');
    expect(withNumber.slice(1).sort()).toEqual([...vendor503].sort());
  });

  it('does not read an HTTP status or a version number in a sentence as a SIP or Q.850 code', () => {
    expect(top('Http 400 - Unauthorized for this grant type', 3)).not.toContain('sip/400');
    expect(top('receiving a 429 rate limit error message', 3)).not.toContain('sip/429');
    expect(top('v1.8.0 throwing permissions errors', 3).some((k) => k.startsWith('q850/'))).toBe(
      false,
    );
  });

  it('reads `status N` as an HTTP status while no standard is named', () => {
    expect(top('status 503', 3).some((k) => k.startsWith('sip/'))).toBe(false);
    expect(top('status 486', 3)).not.toContain('sip/486');
  });

  it('filters by a standard like a vendor', () => {
    const hits = index.search('busy', { vendor: 'q850', limit: 20 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.doc.vendor === 'q850')).toBe(true);
  });
});

describe('reading a query for standard codes', () => {
  it('takes identifiers joined by underscores, and no number inside a dotted version', () => {
    expect(codeTokens('treat ESME_RMSGQFUL as ESME_RTHROTTLED').mixed).toEqual([
      'ESME_RMSGQFUL',
      'ESME_RTHROTTLED',
    ]);
    expect(codeTokens('hangup cause NORMAL_CLEARING').mixed).toEqual(['NORMAL_CLEARING']);
    expect(codeTokens('v1.8.0 after 2.0, error 1300.')).toEqual({
      mixed: ['v1'],
      numbers: ['1300'],
    });
  });

  it('takes the number after status, code or cause as a code', () => {
    expect(codeNumbers('SIP status 408, code 486 and cause: 17; version 2')).toEqual([
      '408',
      '486',
      '17',
    ]);
    expect(codeNumbers('command status 5 status code 503')).toEqual(['5', '503']);
  });

  it('finds a namespace written with its punctuation', () => {
    expect(namedVendor('Q.850 cause 17', ['sip', 'q850'])).toEqual({
      vendor: 'q850',
      rest: 'cause 17',
    });
    expect(namedVendor('SIP/2.0 486', ['sip'])).toEqual({ vendor: 'sip', rest: '/2.0 486' });
  });
});
