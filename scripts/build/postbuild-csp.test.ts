import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, policyFor, withPolicy } from './postbuild-csp';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const PAGE =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/a.js" async=""></script></head><body><script>self.__next_f.push([1,"x"])</script><script>(() => 2)()</script></body></html>';

describe('postbuild CSP', () => {
  it('hashes every inline script and none with a src', () => {
    expect(inlineScriptHashes(PAGE)).toEqual([
      sha('self.__next_f.push([1,"x"])'),
      sha('(() => 2)()'),
    ]);
  });

  it('never allows inline scripts wholesale', () => {
    const scriptSrc = policyFor(PAGE)
      .split('; ')
      .find((d) => d.startsWith('script-src')) as string;
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).toContain(sha('(() => 2)()'));
    expect(policyFor(PAGE)).toContain("object-src 'none'");
  });

  it('puts the policy right after the charset, before any script, once', () => {
    const html = withPolicy(withPolicy(PAGE));
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(html.indexOf('http-equiv')).toBeGreaterThan(html.indexOf('charSet'));
    expect(html.indexOf('http-equiv')).toBeLessThan(html.indexOf('<script'));
  });
});
