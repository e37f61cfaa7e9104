import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { tokenKey } from '@/lib/catalog/tokens';
import { lookup } from './api';

/**
 * `errdex lookup` across namespaces (DESIGN.md, "CLI and library additions"): a standard code
 * is found by every identifier a log may show, beside any vendor code with the same token.
 */
const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'dist', 'cli', 'errdex.mjs');
const schema = JSON.parse(fs.readFileSync(path.resolve(root, '../shared/cli.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

type Item = { vendor: string; code: string | null; kind: string; url: string };

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bundle, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout };
}

function lookupJson(token: string): { code: number | null; matches: Item[]; body: unknown } {
  const r = run(['lookup', token, '--json']);
  const body = JSON.parse(r.out);
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  return { code: r.code, matches: body.matches, body };
}

beforeAll(() => {
  // Test what users run: the bundle, built from the current source and catalog.
  execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'scripts', 'build', 'build-cli.ts')],
    { cwd: root },
  );
}, 60_000);

describe('lookup across vendors and standards', { timeout: 60_000 }, () => {
  it('lists SIP 486 as a standard item, schema-valid, exit 0', () => {
    const { code, matches } = lookupJson('486');
    expect(code).toBe(0);
    expect(matches).toContainEqual({
      vendor: 'sip',
      code: '486',
      statuses: [],
      message: 'Busy Here',
      url: '/standards/sip/486/',
      category: 'busy',
      fault: 'remote',
      retry: 'backoff',
      kind: 'standard',
      documented: true,
      params: {},
      notes: [],
    });
  });

  it('lands each other form of a standard identifier on its one code', () => {
    const cases: [string, string][] = [
      ['0x58', '/standards/smpp/esme_rthrottled/'],
      ['0x00000058', '/standards/smpp/esme_rthrottled/'],
      ['ESME_RTHROTTLED', '/standards/smpp/esme_rthrottled/'],
      ['q850-17', '/standards/q850/17/'],
      ['USER_BUSY', '/standards/q850/17/'],
      ['sip-486', '/standards/sip/486/'],
    ];
    for (const [token, url] of cases)
      expect(
        lookupJson(token).matches.map((m) => m.url),
        token,
      ).toEqual([url]);
  });

  it('lists every namespace that has 17, vendors and standards alike', () => {
    const catalog = loadCatalog();
    const has17 = (ids: (string | null)[]) =>
      ids.some((id) => id !== null && tokenKey(id) === '17');
    const expected = [
      ...catalog.entries.filter((e) => has17([e.code, ...e.aliases])).map((e) => e.vendor),
      ...catalog.standards.filter((s) => has17([s.code, ...s.aliases])).map((s) => s.namespace),
    ];
    expect(expected).toEqual(expect.arrayContaining(['q850', 'smpp']));
    const { matches } = lookupJson('17');
    expect(matches.map((m) => m.vendor).sort()).toEqual(expected.sort());
  });

  it('names a standard item readably in text, with its page', () => {
    const sip = run(['lookup', '486']).out;
    expect(sip).toContain('SIP 486 Busy Here');
    expect(sip).toContain('/standards/sip/486/');
    expect(run(['lookup', 'q850-17']).out).toContain('Q.850 17 User busy');
    const smpp = run(['lookup', '0x58', '--base-url', 'https://errdex.example']).out;
    expect(smpp).toContain('SMPP ESME_RTHROTTLED');
    expect(smpp).toContain('https://errdex.example/standards/smpp/esme_rthrottled/');
  });

  it('says in its help that lookup answers across vendors and standards, with examples', () => {
    const help = run(['lookup', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('across\nevery vendor and standard');
    expect(help.out).toContain('errdex lookup 486 ');
    expect(help.out).toContain('errdex lookup ESME_RTHROTTLED ');
    expect(run(['--help']).out).toContain('across vendors and standards');
  });

  it('gives the library the same items the command prints', () => {
    for (const token of ['486', '17', 'esme_rthrottled', 'USER_BUSY'])
      expect(lookup(token), token).toEqual(lookupJson(token).body);
  });
});
