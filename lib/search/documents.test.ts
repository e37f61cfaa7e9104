import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { buildSearchData, packSearchData, unpackSearchData } from './documents';
import { highlight } from './highlight';
import { withinOneEdit, words } from './text';

describe('search data file', () => {
  it('round-trips every document and the phrasings through the packed form', () => {
    const data = buildSearchData(loadCatalog());
    expect(data.phrasings.length).toBeGreaterThan(0);
    const packed = JSON.parse(JSON.stringify(packSearchData(data)));
    expect(unpackSearchData(packed)).toEqual(data);
    // Undocumented entries keep their mark (the search cards show it).
    expect(data.docs.filter((d) => d.documented === false).length).toBeGreaterThan(0);
  });

  it('rejects a file that is not search data, in one line', () => {
    expect(() => unpackSearchData({ v: 2 })).toThrow(/^search data: not a version 3/);
    expect(() => unpackSearchData(null)).toThrow(/^search data/);
  });
});

describe('words and edits', () => {
  it('folds case, typographic apostrophes and punctuation', () => {
    expect(words('SubAccount don’t have X-Account-Authorization')).toEqual([
      'subaccount',
      'dont',
      'have',
      'x',
      'account',
      'authorization',
    ]);
  });

  it('allows one insertion, deletion, substitution or swap', () => {
    expect(withinOneEdit('recordng', 'recording')).toBe(true);
    expect(withinOneEdit('recodring', 'recording')).toBe(true);
    expect(withinOneEdit('recarding', 'recording')).toBe(true);
    expect(withinOneEdit('recardng', 'recording')).toBe(false);
  });
});

describe('highlight', () => {
  it('marks whole words, prefixes and typos, keeping the original text', () => {
    const segments = highlight('Unable to start recording meeting 10990', 'recordng meet 10990');
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual([
      'recording',
      'meeting',
      '10990',
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('Unable to start recording meeting 10990');
  });

  it('marks a word written with a typographic apostrophe', () => {
    const marked = highlight('SubAccount don’t have channels', "don't").filter((s) => s.mark);
    expect(marked.map((s) => s.text)).toEqual(['don’t']);
  });
});
