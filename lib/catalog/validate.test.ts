import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog } from './load';
import { createCatalogView } from './index';

const FIXTURE = path.join(__dirname, 'fixtures', 'valid');
let dir: string;

beforeEach(() => {
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-')), 'content');
  fs.cpSync(FIXTURE, dir, { recursive: true });
});
afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

/** Rewrites one fixture file with a text replacement and returns the error message loading gives. */
function loadWith(file: string, from: string | RegExp, to: string): string {
  const abs = path.join(dir, file);
  const text = fs.readFileSync(abs, 'utf8');
  const changed = text.replace(from, to);
  expect(changed, 'the fixture edit applies').not.toBe(text);
  fs.writeFileSync(abs, changed);
  try {
    loadCatalog(dir);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('loading bad content did not fail');
}

const ENTRY = 'errors/acme/acm-101.mdx';

describe('valid content', () => {
  it('loads into a typed catalog with defaults filled in', () => {
    const catalog = loadCatalog(dir);
    expect(catalog.entries.map((e) => e.code)).toEqual(['ACM-101', 'ACM-102']);
    const second = catalog.entries[1];
    expect(second?.detailKeys).toEqual([]);
    expect(second?.errdex.template).toBeNull();
    expect(second?.url).toBe('/vendors/acme/acm-102/');
    expect(catalog.vendors[0]?.body).toContain('Handling errors from Acme');
  });

  it('keeps observed wordings and undocumented entries with their public sources', () => {
    const abs = path.join(dir, ENTRY);
    const text = fs.readFileSync(abs, 'utf8');
    fs.writeFileSync(
      abs,
      text
        .replace('section: "General"', 'section: "General"\ndocumented: false')
        .replace(/source:\n  document: .*\n  line: 3/, 'source:\n  url: "https://example.com/t/1"')
        .replace(
          'errdex:',
          'observed:\n  - text: "Parameter value is invalid"\n    source: "acme/sdk@0123abc:test/fixtures/err.json"\n    status: 400\nerrdex:',
        ),
    );
    const [first, second] = loadCatalog(dir).entries;
    expect(first).toMatchObject({ documented: false, source: { url: 'https://example.com/t/1' } });
    expect(first?.observed).toEqual([
      {
        text: 'Parameter value is invalid',
        source: 'acme/sdk@0123abc:test/fixtures/err.json',
        status: 400,
      },
    ]);
    expect(second).toMatchObject({ documented: true, observed: [] });
  });

  it('resolves codes and aliases ignoring case and dashes', () => {
    const view = createCatalogView(loadCatalog(dir));
    expect(view.lookupToken('acm101').map((e) => e.slug)).toEqual(['acm-101']);
    expect(view.lookupToken('ACM-102').map((e) => e.slug)).toEqual(['acm-102']);
    expect(view.lookupToken('4242').map((e) => e.slug)).toEqual(['acm-102']);
    expect([...view.getCodePaths().keys()].sort()).toEqual([
      '4242',
      '486',
      'acm-101',
      'acm-102',
      'sip-486',
    ]);
    expect(view.getEntriesByStatus(403).map((e) => e.slug)).toEqual(['acm-101']);
  });
});

describe('standard codes', () => {
  const STD = 'standards/sip/486.mdx';

  it('load with the title, class, URL and tokens their namespace module reads from the facts', () => {
    const [sip] = loadCatalog(dir).standards;
    expect(sip).toMatchObject({
      namespace: 'sip',
      code: '486',
      title: 'Busy Here',
      group: '4xx',
      url: '/standards/sip/486/',
      tokens: ['486', 'sip-486'],
    });
  });

  it.each([
    [
      'an unknown standard',
      STD,
      'namespace: "sip"',
      'namespace: "h323"',
      'field "namespace": a standard',
    ],
    [
      'facts the standard does not have',
      STD,
      'class: "4xx"',
      'class: "four"',
      'field "facts.class": a class such as 4xx',
    ],
    [
      "a code that is not the facts' code",
      STD,
      'code: "486"',
      'code: "487"',
      'field "code": "486" (from the facts)',
    ],
    [
      'a slug that is not the file name',
      STD,
      'slug: "486"',
      'slug: "487"',
      'field "slug": "486" (the file name)',
    ],
    [
      'a category outside the enum',
      STD,
      'category: "busy"',
      'category: "engaged"',
      'field "errdex.category"',
    ],
  ])('%s fails naming the file and the field', (_what, file, from, to, expected) => {
    const message = loadWith(file, from, to);
    expect(message.startsWith(`content/${file}: `)).toBe(true);
    expect(message).toContain(expected);
  });
});

describe('bad content fails with one line naming the file and the field', () => {
  it.each([
    ['a missing field', ENTRY, /^message: .*\n/m, '', 'field "message"'],
    ['a mistyped field', ENTRY, 'statuses: [400, 403]', 'statuses: "400"', 'field "statuses"'],
    [
      'a status outside 100-599',
      ENTRY,
      'statuses: [400, 403]',
      'statuses: [400, 4003]',
      'field "statuses.1": an HTTP status from 100 to 599',
    ],
    ['an unknown vendor', ENTRY, 'vendor: "acme"', 'vendor: "nobody"', 'field "vendor"'],
    ['an unknown field', ENTRY, 'type: null', 'kind: null', 'field "kind"'],
    ['a bad enum value', ENTRY, 'fault: "client"', 'fault: "them"', 'field "errdex.fault"'],
    [
      'a variable the message does not contain',
      ENTRY,
      'variables: ["parameterName"]',
      'variables: ["parameterName", "other"]',
      'field "variables": only variables the message contains',
    ],
    [
      'a variable of the message left out',
      ENTRY,
      'variables: ["parameterName"]',
      'variables: []',
      'field "variables": to list "parameterName"',
    ],
    [
      'a slug that is not the file name',
      ENTRY,
      'slug: "acm-101"',
      'slug: "acm-999"',
      'field "slug"',
    ],
    [
      'an observed wording without a public source',
      ENTRY,
      'section: "General"',
      'section: "General"\nobserved:\n  - text: "Seen"\n    source: "a forum"',
      'field "observed.0.source": a URL or owner/repo@commit:path',
    ],
    [
      'an observed wording that repeats the message',
      ENTRY,
      'section: "General"',
      'section: "General"\nobserved:\n  - text: "Parameter [${parameterName}] value is invalid."\n    source: "https://example.com/t/1"',
      'field "observed.0.text": a text not listed already',
    ],
    [
      'an undocumented entry with a seed source',
      ENTRY,
      'section: "General"',
      'section: "General"\ndocumented: false',
      'field "source": a public url for an undocumented entry',
    ],
    [
      'a documented entry with only a public source',
      ENTRY,
      /source:\n  document: .*\n  line: 3/,
      'source:\n  url: "https://example.com/t/1"',
      'field "source": the seed document and line of a documented entry',
    ],
    ['broken YAML', ENTRY, 'code: "ACM-101"', 'code: "ACM-101', 'field "(frontmatter)"'],
  ])('%s', (_what, file, from, to, expected) => {
    const message = loadWith(file, from, to);
    expect(message.startsWith(`content/${file}: `)).toBe(true);
    expect(message).toContain(expected);
    expect(message).not.toContain('\n');
  });

  it('a code duplicated within a vendor', () => {
    const message = loadWith('errors/acme/acm-102.mdx', 'code: "ACM-102"', 'code: "acm-101"');
    expect(message).toMatch(
      /^content\/errors\/acme\/acm-10[12]\.mdx: field "code": a code unique within acme/,
    );
  });

  it('an alias that repeats another entry code', () => {
    const message = loadWith('errors/acme/acm-102.mdx', 'aliases: ["4242"]', 'aliases: ["ACM101"]');
    expect(message).toContain('field "aliases": a code unique within acme');
  });

  it('a slug duplicated within a vendor', () => {
    fs.copyFileSync(path.join(dir, ENTRY), path.join(dir, 'errors/acme/ACM-101.mdx'));
    const message = loadWith('errors/acme/ACM-101.mdx', 'slug: "acm-101"', 'slug: "ACM-101"');
    expect(message).toMatch(/field "(slug|code)"/);
  });

  it('an entry filed under another vendor folder', () => {
    fs.mkdirSync(path.join(dir, 'errors/other'));
    fs.renameSync(path.join(dir, ENTRY), path.join(dir, 'errors/other/acm-101.mdx'));
    expect(() => loadCatalog(dir)).toThrow(/^content\/errors\/other\/acm-101\.mdx: field "vendor"/);
  });

  it('an equivalence group naming an unknown entry or a single vendor', () => {
    const eq = (entries: string) =>
      `---\ngroups:\n  - id: g\n    title: G\n    entries: [${entries}]\n---\n`;
    fs.writeFileSync(path.join(dir, 'equivalents.md'), eq('"acme/acm-101", "acme/nope"'));
    expect(() => loadCatalog(dir)).toThrow(
      /equivalents\.md: field "groups\.0\.entries": existing entries, "acme\/nope"/,
    );
    fs.writeFileSync(path.join(dir, 'equivalents.md'), eq('"acme/acm-101", "acme/acm-102"'));
    expect(() => loadCatalog(dir)).toThrow(/entries of at least two vendors/);
  });

  it('a phrasings file with a bad group, phrase or repeated phrase', () => {
    const file = path.join(dir, 'phrasings.md');
    const write = (groups: string) => fs.writeFileSync(file, `---\ngroups:\n${groups}---\n`);
    write('  - id: ok\n    phrases: ["not found", "does not exist"]\n');
    expect(loadCatalog(dir).phrasings).toEqual([
      { id: 'ok', phrases: ['not found', 'does not exist'] },
    ]);
    write('  - id: one\n    phrases: ["not found"]\n');
    expect(() => loadCatalog(dir)).toThrow(
      /^content\/phrasings\.md: field "groups\.0\.phrases": at least two phrasings/,
    );
    write('  - id: caps\n    phrases: ["Not Found", "unknown"]\n');
    expect(() => loadCatalog(dir)).toThrow(
      /phrasings\.md: field "groups\.0\.phrases\.0": lowercase words separated by one space/,
    );
    write(
      '  - id: a\n    phrases: ["missing", "absent"]\n  - id: b\n    phrases: ["gone", "missing"]\n',
    );
    expect(() => loadCatalog(dir)).toThrow(
      /phrasings\.md: field "groups\.1\.phrases\.1": a phrase in one group only, "missing" is also in group "a"/,
    );
    write('  - id: a\n    phrases: ["x y", "z"]\n    note: 1\n');
    expect(() => loadCatalog(dir)).toThrow(/phrasings\.md: field "groups\.0\.note"/);
  });
});

describe('namespace ids', () => {
  it('refuse a vendor whose id is a standard', () => {
    fs.renameSync(path.join(dir, 'vendors', 'acme.mdx'), path.join(dir, 'vendors', 'sip.mdx'));
    for (const f of fs.readdirSync(path.join(dir, 'errors', 'acme')))
      fs.rmSync(path.join(dir, 'errors', 'acme', f));
    expect(loadWith('vendors/sip.mdx', /^id: .*$/m, 'id: sip')).toBe(
      'content/vendors/sip.mdx: field "id": an id no standard uses, "sip" is SIP response codes',
    );
  });
});
