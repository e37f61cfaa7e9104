import { describe, expect, it } from 'vitest';
import { firstPage, moreMatches, plural, RESULT_PAGE, showingLine } from './page';
import type { DecodeMatch, DecodeResult } from './types';

const match = (i: number) => ({ params: { n: String(i) } }) as unknown as DecodeMatch;
const result = (n: number): DecodeResult => ({
  matches: Array.from({ length: n }, (_, i) => match(i)),
  suggestions: [],
});

describe('paging a result', () => {
  it('sends the first page and the totals, never the whole list', () => {
    const page = firstPage(result(20_000));
    expect(page.matches).toHaveLength(RESULT_PAGE);
    expect(page.totalMatches).toBe(20_000);
    expect(page.matches[0]?.params.n).toBe('0');
    expect(firstPage(result(3)).matches).toHaveLength(3);
  });

  it('keeps a lone status', () => {
    expect(firstPage({ matches: [], suggestions: [], statusOnly: 422 }).statusOnly).toBe(422);
    expect('statusOnly' in firstPage(result(1))).toBe(false);
  });

  it('hands out the next page after what is shown, then nothing', () => {
    const r = result(450);
    expect(moreMatches(r, 200).map((m) => m.params.n)[0]).toBe('200');
    expect(moreMatches(r, 400)).toHaveLength(50);
    expect(moreMatches(r, 450)).toEqual([]);
  });
});

describe('count lines', () => {
  it('says how many of how many are shown, only when capped', () => {
    expect(showingLine(200, 20_000, 'match', 'matches')).toBe('Showing 200 of 20,000 matches');
    expect(showingLine(1_000, 100_000, 'error')).toBe('Showing 1,000 of 100,000 errors');
    expect(showingLine(12, 12, 'error')).toBeNull();
    expect(plural(1, 'error')).toBe('1 error');
  });
});
