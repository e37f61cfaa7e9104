import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';

// The source through tsx (cli/errdex.test.ts tests the bundle): no second build of dist/ racing it.
const root = path.resolve(import.meta.dirname, '..');
const command = ['--import', 'tsx', path.join(root, 'cli', 'errdex.ts')];
const schema = JSON.parse(fs.readFileSync(path.resolve(root, '../shared/cli.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(schema);
const validateFinding = ajv.compile({
  $ref: 'errdex-cli-output#/$defs/Findings/properties/findings/items',
});
const validateOutput = ajv.getSchema('errdex-cli-output')!;

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [...command, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Each line of NDJSON output, checked against cli.schema.json's Finding. */
function findings(out: string): unknown[] {
  expect(out === '' || out.endsWith('\n')).toBe(true);
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const finding = JSON.parse(line) as unknown;
      expect(validateFinding(finding), JSON.stringify(validateFinding.errors)).toBe(true);
      return finding;
    });
}

const LOG = [
  'INFO boot',
  `ERROR call failed ${JSON.stringify({ type: 'authentication-error', description: 'The credentials provided were invalid', id: null })}`,
  'INFO retry',
  'WARN upstream errorCode=CMN-405',
  JSON.stringify({
    level: 'error',
    status: 502,
    body: JSON.stringify({
      errors: [
        {
          errorCode: 'SUB-507',
          message: 'Subscription with key [k-1] and assigned session [s-2] was expired',
        },
      ],
    }),
  }),
  'Parameter [extensionId] value is invalid.',
  'refresh failed: OAU-142, then MSG-331',
  '',
].join('\n');

describe('scan --ndjson', () => {
  it('prints the --json findings, one schema-valid line each, for several files and stdin', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-ndjson-'));
    const a = path.join(dir, 'a.log');
    const b = path.join(dir, 'b.log');
    fs.writeFileSync(a, LOG);
    fs.writeFileSync(b, 'quiet\nfailed with OAU-146\n');
    const args = ['scan', a, '-', b];
    const lines = run([...args, '--ndjson'], LOG);
    const whole = run([...args, '--json'], LOG);
    expect(validateOutput(JSON.parse(whole.out))).toBe(true);
    expect(lines.code).toBe(0);
    expect(lines.err).toBe('');
    const streamed = findings(lines.out);
    expect(streamed).toEqual(JSON.parse(whole.out).findings);
    expect(
      streamed.map((f) => [(f as { file: string }).file, (f as { line: number }).line]),
    ).toEqual([
      [a, 2],
      [a, 4],
      [a, 5],
      [a, 6],
      [a, 7],
      ['-', 2],
      ['-', 4],
      ['-', 5],
      ['-', 6],
      ['-', 7],
      [b, 2],
    ]);
  }, 30_000);

  it('prints each finding while stdin is still open', async () => {
    const child = spawn(process.execPath, [...command, 'scan', '--ndjson', '-'], { cwd: root });
    const lines: string[] = [];
    let buffered = '';
    let waiting: (() => void) | null = null;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const parts = buffered.split('\n');
      buffered = parts.pop() as string;
      lines.push(...parts);
      waiting?.();
    });
    const nextLine = async (): Promise<unknown> => {
      while (lines.length === 0) await new Promise<void>((resolve) => (waiting = resolve));
      return JSON.parse(lines.shift() as string);
    };
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write('boot\nWARN errorCode=CMN-405\n');
    expect(await nextLine()).toMatchObject({ file: '-', line: 2, matches: [{ code: 'CMN-405' }] });
    child.stdin.write('quiet\nfailed with OAU-146\n');
    expect(await nextLine()).toMatchObject({ file: '-', line: 4, matches: [{ code: 'OAU-146' }] });
    child.stdin.end();
    expect(await exited).toBe(0);
    expect(lines).toEqual([]);
  }, 30_000);

  it('exits 1 with no output when nothing matched, and 2 on usage errors, in one line', () => {
    expect(run(['scan', '-', '--ndjson'], 'a\nb\n')).toEqual({ code: 1, out: '', err: '' });
    for (const args of [
      ['scan', '-', '--ndjson', '--json'],
      ['lookup', 'CMN-101', '--ndjson'],
    ]) {
      const { code, out, err } = run(args, '');
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(/^errdex: .*ndjson.*\n$/);
    }
  }, 30_000);

  it('cuts an overlong line as --json does: noted on the match and on stderr', () => {
    const long = `WARN errorCode=CMN-405 ${'x'.repeat(1_500_000)}\nWARN errorCode=OAU-146\n`;
    const { code, out, err } = run(['scan', '-', '--ndjson'], long);
    expect(code).toBe(0);
    const [first, second] = findings(out) as { matches: { notes: string[] }[] }[];
    expect(first?.matches[0]?.notes).toEqual([
      'truncated: the line is longer than 1 MB; only its first 1 MB was decoded',
    ]);
    expect(second?.matches[0]?.notes).toEqual([]);
    expect(err).toBe('errdex: scan: -:1 is longer than 1 MB: decoded its first 1 MB\n');
  }, 30_000);

  it('reads binary and invalid UTF-8 without failing', () => {
    const junk = Buffer.concat([
      randomBytes(200_000),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0, 0x0a]),
      Buffer.from('WARN errorCode=CMN-405\n'),
      randomBytes(50_000),
    ]);
    const { code, out, err } = run(['scan', '-', '--ndjson'], junk);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(findings(out).some((f) => JSON.stringify(f).includes('CMN-405'))).toBe(true);
  }, 30_000);

  it('stops quietly when the reader goes away (| head -1)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-ndjson-'));
    const file = path.join(dir, 'many.log');
    fs.writeFileSync(file, 'WARN errorCode=CMN-405\n'.repeat(200_000));
    const r = spawnSync(
      'bash',
      [
        '-c',
        '"$0" "${@}" 2>"$ERR_FILE" | head -1; echo "exit=${PIPESTATUS[0]}"',
        process.execPath,
        ...command,
        'scan',
        '--ndjson',
        file,
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, ERR_FILE: path.join(dir, 'err') } },
    );
    const [line, status] = r.stdout.trim().split('\n');
    expect(findings(`${line}\n`)).toHaveLength(1);
    expect(status).toBe('exit=0');
    expect(fs.readFileSync(path.join(dir, 'err'), 'utf8')).toBe('');
  }, 60_000);
});
