import { describe, expect, it } from 'vitest';
import { searchUrl } from '@/lib/urls';
import { parseFilters } from './search-url';

describe('search page URL', () => {
  it('reads the query and filters, missing ones empty', () => {
    expect(parseFilters('?q=cmn-101&vendor=ringcentral')).toEqual({
      q: 'cmn-101',
      vendor: 'ringcentral',
      status: '',
    });
    expect(parseFilters('')).toEqual({ q: '', vendor: '', status: '' });
  });

  it('writes only what is set, and reads back what it wrote', () => {
    const filters = { q: 'Call [c-1] not found & more', vendor: '', status: '404' };
    const url = searchUrl(filters);
    expect(url).toBe('/search/?q=Call+%5Bc-1%5D+not+found+%26+more&status=404');
    expect(parseFilters(url.slice('/search/'.length))).toEqual(filters);
    expect(searchUrl({ q: '', vendor: '', status: '' })).toBe('/search/');
  });
});
