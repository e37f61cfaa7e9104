import { createHash } from 'node:crypto';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { CodeTarget } from '@/lib/catalog/index';
import { CODE_PAGE_POLICY, codePageHtml, escapeHtml } from './code-page-html';

function entry(over: Partial<CodeTarget>): CodeTarget {
  return {
    kind: 'vendor',
    vendor: 'ringcentral',
    code: 'CMN-101',
    status: '400',
    message: 'Parameter [${parameterName}] value is invalid',
    url: '/vendors/ringcentral/cmn-101/',
    ...over,
  };
}

const NAMES: Record<string, string> = {
  ringcentral: 'RingCentral',
  vaspian: 'Vaspian',
  sip: 'SIP',
};
const site = {
  name: 'Errdex',
  url: 'https://errdex.test',
  namespaceName: (id: string) => NAMES[id] ?? id,
};

/** Every `<style>` body must be allowed by the policy's hash, or the browser drops it. */
function styleHashes(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
  );
}

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<a href="x">Tom's & co</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;',
    );
  });
});

describe('a token with one entry', () => {
  const html = codePageHtml('cmn-101', [entry({})], site)!;

  it('forwards to the entry: refresh, canonical, noindex and a visible link', () => {
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=/vendors/ringcentral/cmn-101/">',
    );
    expect(html).toContain(
      '<link rel="canonical" href="https://errdex.test/vendors/ringcentral/cmn-101/">',
    );
    expect(html).toContain('<meta name="robots" content="noindex, follow">');
    expect(html).toContain(
      '<a href="/vendors/ringcentral/cmn-101/">Read RingCentral CMN-101 on Errdex</a>',
    );
    expect(html).toContain('<h1>RingCentral CMN-101</h1>');
  });

  it('is a small complete document: doctype, lang, title, description, Open Graph, color scheme', () => {
    expect(html.startsWith('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">')).toBe(
      true,
    );
    expect(html).toContain('<title>CMN-101 (RingCentral) · Errdex</title>');
    expect(html).toMatch(/<meta name="description" content="RingCentral error CMN-101: Parameter/);
    expect(html).toContain(
      '<meta property="og:url" content="https://errdex.test/vendors/ringcentral/cmn-101/">',
    );
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(Buffer.byteLength(html)).toBeLessThan(2048);
  });

  it('allows no script, and its one stylesheet by hash', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`content="${CODE_PAGE_POLICY}"`);
    expect(CODE_PAGE_POLICY).not.toMatch(/["&<>]/);
    expect(CODE_PAGE_POLICY).toContain("script-src 'none'");
    expect(CODE_PAGE_POLICY).toContain("default-src 'none'");
    const hashes = styleHashes(html);
    expect(hashes).toHaveLength(1);
    for (const hash of hashes) expect(CODE_PAGE_POLICY).toContain(hash);
  });

  it('names an entry without a code by its status and message', () => {
    const page = codePageHtml(
      '400',
      [entry({ code: null, message: 'Bad Request', url: '/vendors/ringcentral/400-bad-request/' })],
      site,
    )!;
    expect(page).toContain('<h1>RingCentral 400 Bad Request</h1>');
    expect(page).toContain('<title>400 (RingCentral) · Errdex</title>');
  });
});

describe('a token with several entries', () => {
  const html = codePageHtml(
    '1300',
    [
      entry({ code: '1300', message: 'Not found', url: '/vendors/ringcentral/1300/' }),
      entry({
        vendor: 'vaspian',
        code: '1300',
        message: 'Gone <now>',
        url: '/vendors/vaspian/1300/',
      }),
    ],
    site,
  )!;

  it('lists each entry with its vendor and message, and does not forward', () => {
    expect(html).not.toContain('http-equiv="refresh"');
    expect(html).not.toContain('noindex');
    expect(html).toContain(
      '<li><a href="/vendors/ringcentral/1300/">RingCentral 1300</a>: Not found</li>',
    );
    expect(html).toContain(
      '<li><a href="/vendors/vaspian/1300/">Vaspian 1300</a>: Gone &lt;now&gt;</li>',
    );
    expect(html).toContain('<link rel="canonical" href="https://errdex.test/code/1300/">');
    expect(html).toContain('<a href="/search/?q=1300">Search the catalog for 1300</a>');
  });
});

describe('a token that a vendor and a standard share', () => {
  const html = codePageHtml(
    '486',
    [
      entry({ code: '486', message: 'Busy <here>', url: '/vendors/ringcentral/486/' }),
      entry({
        kind: 'standard',
        vendor: 'sip',
        code: '486',
        status: null,
        message: 'Busy Here',
        url: '/standards/sip/486/',
      }),
    ],
    site,
  )!;

  it('names the standard by its label and speaks of codes, not only vendors', () => {
    expect(html).toContain('<li><a href="/standards/sip/486/">SIP 486</a>: Busy Here</li>');
    expect(html).toContain('2 catalogued codes use this identifier.');
    expect(html).toContain('or the standard your trace or log speaks');
    expect(html).toContain('use the code 486: RingCentral, SIP.');
  });

  it('asks only for the standard when no vendor shares the token', () => {
    const both = ['q850', 'smpp'].map((vendor) =>
      entry({
        kind: 'standard',
        vendor,
        code: '17',
        status: null,
        url: `/standards/${vendor}/17/`,
      }),
    );
    expect(codePageHtml('17', both, site)).toContain('Pick the standard your trace or log speaks:');
  });

  it('describes a standard code it forwards to as a code, not an error', () => {
    const one = codePageHtml(
      'sip-486',
      [
        entry({
          kind: 'standard',
          vendor: 'sip',
          code: '486',
          status: null,
          message: 'Busy Here',
          url: '/standards/sip/486/',
        }),
      ],
      site,
    )!;
    expect(one).toContain('content="SIP code 486: Busy Here"');
    expect(one).toContain('<meta http-equiv="refresh" content="0; url=/standards/sip/486/">');
  });
});

describe('what reaches the page is escaped', () => {
  it('keeps hostile text as text in the body, title and attributes', () => {
    const hostile = entry({ code: '"><script>x</script>', message: `a' onload='x` });
    const html = codePageHtml(
      '"><script>x</script>',
      [hostile, { ...hostile, vendor: 'vaspian' }],
      site,
    )!;
    expect(html).not.toContain('<script>');
    expect(html).toContain('search/?q=%22%3E%3Cscript%3Ex%3C%2Fscript%3E');
    const doc = parse(html);
    expect(doc.childNodes.map((n) => n.nodeName)).toEqual(['#documentType', 'html']);
    expect(html.match(/<a /g)).toHaveLength(4);
  });

  it('has no page for a token without entries', () => {
    expect(codePageHtml('nosuchcode', [], site)).toBeNull();
  });
});
