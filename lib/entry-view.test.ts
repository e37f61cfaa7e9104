import { describe, expect, it } from 'vitest';
import type { Entry } from '@/lib/catalog/types';
import {
  clip,
  countLine,
  noCodeLabel,
  noCodeText,
  codePage,
  entryLabel,
  groupByStatus,
  possessive,
  relatedByStatus,
  sourceHref,
} from './entry-view';

function entry(over: Partial<Entry>): Entry {
  return {
    vendor: 'v',
    code: null,
    aliases: [],
    slug: 's',
    status: null,
    statuses: [],
    message: 'm',
    messageKind: 'returned',
    type: null,
    detailKeys: [],
    variables: [],
    section: null,
    source: { document: 'd.txt', line: 1 },
    documented: true,
    observed: [],
    errdex: {
      category: 'server',
      fault: 'vendor',
      retry: 'backoff',
      template: null,
      statusNote: null,
    },
    url: '/vendors/v/s/',
    tokens: [],
    body: '',
    file: 'f',
    changes: [],
    ...over,
  };
}

describe('entryLabel', () => {
  it('uses the code, else the documented status and message', () => {
    expect(entryLabel(entry({ code: 'CMN-101' }))).toBe('CMN-101');
    expect(entryLabel(entry({ status: '400', message: 'Bad Request' }))).toBe('400 Bad Request');
    expect(entryLabel(entry({ message: 'Bad Request' }))).toBe('Bad Request');
    expect(entryLabel(entry({ status: '422', message: '422 Unprocessable Entity' }))).toBe(
      '422 Unprocessable Entity',
    );
  });
});

describe('clip', () => {
  it('keeps short text and cuts long text at a word boundary', () => {
    expect(clip('short text')).toBe('short text');
    const long = 'word '.repeat(60);
    const cut = clip(long, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith('word…')).toBe(true);
  });
});

describe('groupByStatus', () => {
  it('puts a two-status entry in both groups and undocumented ones apart, ascending', () => {
    const a = entry({ slug: 'a', statuses: [403, 400] });
    const b = entry({ slug: 'b', statuses: [400] });
    const c = entry({ slug: 'c' });
    const groups = groupByStatus([a, b, c]);
    expect(groups.statuses.map(([s, es]) => [s, es.map((e) => e.slug)])).toEqual([
      [400, ['a', 'b']],
      [403, ['a']],
    ]);
    expect(groups.none).toEqual([c]);
  });
});

describe('relatedByStatus', () => {
  it('finds same-status entries, or same-section ones when no status is documented', () => {
    const a = entry({ slug: 'a', statuses: [400] });
    const b = entry({ slug: 'b', statuses: [400, 403] });
    const c = entry({ slug: 'c', statuses: [404] });
    const d = entry({ slug: 'd', section: 'codes' });
    const e = entry({ slug: 'e', section: 'codes' });
    const f = entry({ slug: 'f', section: 'other' });
    const all = [a, b, c, d, e, f];
    expect(relatedByStatus(a, all)).toEqual([b]);
    expect(relatedByStatus(d, all)).toEqual([e]);
  });
});

describe('codePage', () => {
  it('redirects for one entry, lists several, and has nothing for none', () => {
    const a = entry({ url: '/vendors/a/x/' });
    const b = entry({ url: '/vendors/b/x/' });
    expect(codePage([a])).toEqual({ kind: 'redirect', url: '/vendors/a/x/', entry: a });
    expect(codePage([a, b])).toEqual({ kind: 'list', entries: [a, b] });
    expect(codePage([])).toBeNull();
  });
});

describe('possessive', () => {
  it('adds an apostrophe alone after a final s', () => {
    expect(possessive('RingCentral')).toBe("RingCentral's");
    expect(possessive('BlueJeans')).toBe("BlueJeans'");
  });
});

describe('noCodeLabel', () => {
  it('names a code-less entry by status and message, and leaves an entry with a code alone', () => {
    const bare = { code: null, status: '400', message: 'Bad Request' };
    expect(noCodeText(bare)).toBe('400 (no code)');
    expect(noCodeLabel(bare, 'Bandwidth ')).toBe('Bandwidth 400 (no code): Bad Request');
    expect(noCodeLabel({ ...bare, code: 'CMN-101' })).toBeUndefined();
    expect(noCodeText({ status: null })).toBe('no status (no code)');
  });
});

describe('public sources and counts of observed entries', () => {
  it('opens a repository source on GitHub at its commit, and a URL as it is', () => {
    expect(sourceHref('ringcentral/ringcentral-js@0123abc:test/fixtures/err.json')).toBe(
      'https://github.com/ringcentral/ringcentral-js/blob/0123abc/test/fixtures/err.json',
    );
    const url = 'https://github.com/ringcentral/ringcentral-web-phone/issues/115';
    expect(sourceHref(url)).toBe(url);
  });

  it('counts documented and observed entries apart, observed only when there are some', () => {
    const d = { documented: true };
    const o = { documented: false };
    expect(countLine([d, d, o])).toBe('2 documented · 1 observed');
    expect(countLine([d, d])).toBe('2 documented');
  });
});
