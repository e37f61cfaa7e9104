import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from './check';
import { pageRefs } from './html';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'site');

describe('checkLinks over a fixture site', () => {
  const result = checkLinks(FIXTURE, 'https://errdex.dev');

  it('reports exactly the broken references, with their page', () => {
    expect(result.broken.map((b) => `${b.page} ${b.url}`)).toEqual([
      '/code/cmn-101/ /vendors/ringcentral/cmn-101/',
      '/ /missing/',
      '/ /a/#nowhere',
      '/ /a',
      '/ /code/CMN-101/',
      '/ #gone',
      '/ /logo.png',
      '/ /search/',
    ]);
  });

  it('says why each one is broken', () => {
    const reasons = new Map(result.broken.map((b) => [b.url, b.reason]));
    expect(reasons.get('/a/#nowhere')).toBe('no element with id "nowhere" on /a/');
    expect(reasons.get('/a')).toMatch(/missing trailing slash/);
    expect(reasons.get('/missing/')).toBe('no out/missing/index.html');
  });

  it('counts internal references only', () => {
    expect(result.pages).toBe(5);
    // 18 references on the fixture pages, less the one to another origin.
    expect(result.links).toBe(17);
  });
});

describe('pageRefs', () => {
  it('reads a meta refresh target and ids', () => {
    const refs = pageRefs(
      '<meta http-equiv="Refresh" content="0; URL=\'/x/\'"><p id="a">x</p><a name="b"></a>',
    );
    expect(refs.refs).toEqual([{ attr: 'meta[refresh]', url: '/x/' }]);
    expect([...refs.ids].sort()).toEqual(['a', 'b']);
  });
});
