import { describe, expect, it } from 'vitest';
import { tokenKey } from './tokens';

describe('tokenKey', () => {
  it('ignores case, spaces, underscores and ASCII dashes', () => {
    for (const token of ['SUB-403', 'sub403', ' Sub_403 ', 'sub 403'])
      expect(tokenKey(token)).toBe('sub403');
  });

  it('treats typographic dashes as dashes', () => {
    // Non-breaking hyphen, en dash, em dash, minus sign: what copying from a PDF or chat yields.
    for (const token of ['SUB\u2011403', 'SUB\u2013403', 'SUB\u2014403', 'SUB\u2212403'])
      expect(tokenKey(token)).toBe('sub403');
  });

  it('folds full-width letters and digits', () => {
    expect(tokenKey('ＳＵＢ－４０３')).toBe('sub403');
  });
});
