import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { beforeAll, describe, expect, it } from 'vitest';

/** `errdex search` over telecom standard codes, as users run it: the built bundle. */
const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'dist', 'cli', 'errdex.mjs');
const schema = JSON.parse(fs.readFileSync(path.resolve(root, '../shared/cli.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bundle, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

type Result = { vendor: string; code: string; kind: string; documented: boolean; url: string };

function results(args: string[]): Result[] {
  const { code, out } = run(['search', ...args, '--json']);
  const body = JSON.parse(out);
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  expect(code).toBe(body.results.length > 0 ? 0 : 1);
  return body.results;
}

beforeAll(() => {
  execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'scripts', 'build', 'build-cli.ts')],
    { cwd: root },
  );
}, 60_000);

describe('errdex search: telecom standard codes', { timeout: 30_000 }, () => {
  it('prints a standard code as a schema-valid item of kind standard', () => {
    const [first] = results(['busy here']);
    expect(first).toEqual({
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
    });
    expect(results(['ESME_RTHROTTLED'])[0]).toMatchObject({
      vendor: 'smpp',
      url: '/standards/smpp/esme_rthrottled/',
    });
  });

  it('limits a search to a standard with --vendor, as to a vendor', () => {
    const found = results(['busy', '--vendor', 'q850']);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.vendor === 'q850' && r.kind === 'standard')).toBe(true);
    const { code, err } = run(['search', 'busy', '--vendor', 'isdn']);
    expect(code).toBe(2);
    expect(err).toMatch(/^errdex: --vendor must be one of .*sip, q850, smpp/);
  });

  it("names the code with the standard's label in text output", () => {
    const { code, out } = run(['search', 'user busy', '--limit', '1']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^Q\.850 17 User busy {2}/);
    expect(out).toContain('/standards/q850/17/');
  });
});
