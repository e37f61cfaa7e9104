import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'dist', 'cli', 'errdex.mjs');
// The schema is shared with the other faces; in a fresh clone it sits beside the repository.
const schema = JSON.parse(fs.readFileSync(path.resolve(root, '../shared/cli.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [bundle, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

type Item = { kind?: string; documented?: boolean };

/** Every item of any output shape: matches, suggestions, results, and the matches of findings. */
function itemsOf(body: Record<string, unknown>): Item[] {
  const list = (key: string) => (Array.isArray(body[key]) ? (body[key] as Item[]) : []);
  const findings = list('findings') as unknown as { matches: Item[] }[];
  return [
    ...list('matches'),
    ...list('suggestions'),
    ...list('results'),
    ...findings.flatMap((f) => f.matches),
  ];
}

function json(args: string[], input?: string) {
  const r = run([...args, '--json'], input);
  const body = JSON.parse(r.out);
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  // The schema leaves kind and documented optional; errdex always prints both.
  for (const item of itemsOf(body)) {
    expect(['vendor', 'standard']).toContain(item.kind);
    expect(typeof item.documented).toBe('boolean');
  }
  return { ...r, body };
}

beforeAll(() => {
  // Test what users run: the bundle, built from the current source and catalog.
  execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'scripts', 'build', 'build-cli.ts')],
    {
      cwd: root,
    },
  );
}, 60_000);

describe('lookup', () => {
  it('finds a code ignoring case and dashes, exit 0', () => {
    const { code, body } = json(['lookup', 'oau128']);
    expect(code).toBe(0);
    expect(body.matches.map((m: { code: string }) => m.code)).toEqual(['OAU-128']);
    expect(body.matches[0].url).toBe('/vendors/ringcentral/oau-128/');
  });

  it('makes urls absolute with --base-url', () => {
    const { body } = json(['lookup', '1882', '--base-url', 'https://errdex.example/']);
    expect(body.matches).toEqual([]);
    const hit = json(['lookup', 'BadCommand', '--base-url', 'https://errdex.example/']).body;
    expect(hit.matches[0].url).toBe('https://errdex.example/vendors/bluejeans/badcommand/');
  });

  it('exits 1 when nothing matches, with suggestions for a partial code', () => {
    const { code, body } = json(['lookup', 'SUB-50']);
    expect(code).toBe(1);
    expect(body.matches).toEqual([]);
    expect(body.suggestions.length).toBeGreaterThan(0);
  });

  it('prints text without colour when not on a terminal', () => {
    const { code, out } = run(['lookup', 'MSG-338']);
    expect(code).toBe(0);
    expect(out).toContain('RingCentral MSG-338');
    expect(out).toContain('/vendors/ringcentral/msg-338/');
    expect(out).not.toContain('\u001b[');
  });
});

describe('decode', () => {
  it('decodes a response from stdin with bound values, exit 0', () => {
    const response = `HTTP/2 404\ncontent-type: application/json\n\n${JSON.stringify({
      errors: [
        {
          errorCode: 'SUB-507',
          message: 'Subscription with key [k-1] and assigned session [s-2] was expired',
        },
      ],
    })}`;
    const { code, body } = json(['decode'], response);
    expect(code).toBe(0);
    expect(body.matches[0]).toMatchObject({
      code: 'SUB-507',
      params: { subscriptionKey: 'k-1', session: 's-2' },
      notes: [],
    });
  });

  it('exits 1 on a foreign body and on garbage, with a clear message', () => {
    const twilio = JSON.stringify({
      code: 20003,
      message: 'Authenticate',
      more_info: 'https://www.twilio.com/docs/errors/20003',
      status: 401,
    });
    expect(json(['decode'], twilio).code).toBe(1);
    const text = run(['decode'], Buffer.from([0, 159, 146, 150, 255, 254, 10, 123, 91]));
    expect(text.code).toBe(1);
    expect(text.out).toBe('Nothing recognized.\n');
    expect(text.err).toBe('');
  });

  it('offers a lone status line its status-only candidates: schema-valid JSON, a labelled list, exit 1', () => {
    const { code, body } = json(['decode'], 'HTTP/1.1 422 Unprocessable Entity\n');
    expect(code).toBe(1);
    expect(body.matches).toEqual([]);
    expect(body.suggestions.map((e: { url: string }) => e.url)).toEqual(['/vendors/8x8/http-422/']);
    const text = run(['decode'], '422 Unprocessable Entity');
    expect(text.out).toContain('Status only: every error documented with HTTP 422 (/status/422/):');
    expect(text.out).toContain('/vendors/8x8/http-422/');
  });

  it('reads UTF-16 with a byte order mark (Windows PowerShell output)', () => {
    const body = '{"errors":[{"errorCode":"MSG-347","message":"Attachment body is empty"}]}\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
    const r = run(['decode', '--json'], bytes);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).matches[0].code).toBe('MSG-347');
  });

  it('prints human output with the meaning, who must fix it, retry, the first step and the link', () => {
    const { code, out } = run(
      ['decode'],
      '{"code": 1003, "message": "bad enc", "timestamp": "2024-01-01T00:00:00Z"}',
    );
    expect(code).toBe(0);
    expect(out).toContain('8x8 1003');
    expect(out).toMatch(/Who must fix it: .+ · Retry: /);
    expect(out).toContain('First step: ');
    expect(out).toContain('/vendors/8x8/1003/');
  });
});

describe('search', () => {
  it('returns results best first, honouring --limit', () => {
    const { code, body } = json(['search', 'rate exceeded', '--limit', '2']);
    expect(code).toBe(0);
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.length).toBeLessThanOrEqual(2);
    expect(body.results[0].message).toMatch(/rate/i);
  });

  it('exits 1 when nothing is found', () => {
    expect(json(['search', 'zzqxj wvvkq']).code).toBe(1);
  });

  it('ranks entries sharing some of the words, and says why each matched', () => {
    const { code, out } = run(['search', 'the access token has expired']);
    expect(code).toBe(0);
    expect(out.split('\n').slice(0, 4)).toEqual([
      expect.stringContaining('RingCentral OAU-128'),
      '  Access token expired.',
      '  Shares access, token, expired',
      '  /vendors/ringcentral/oau-128/',
    ]);
    const body = json(['search', 'not a valid phone number']).body;
    expect(body.results.map((r: { url: string }) => r.url)).toContain(
      '/vendors/ringcentral/msg-240/',
    );
    // --json items keep the schema's fields: the explanation is for people.
    expect(Object.keys(body.results[0]).sort()).toEqual(
      Object.keys(json(['search', 'CMN-101']).body.results[0]).sort(),
    );
  });

  it('says "No results." for a query sharing nothing with the catalog', () => {
    const { code, out } = run(['search', 'zzqxj wvvkq']);
    expect(code).toBe(1);
    expect(out).toBe('No results.\n');
  });
});

describe('scan', () => {
  it('reports each recognized error with its file and line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-scan-'));
    const file = path.join(dir, 'app.log');
    fs.writeFileSync(
      file,
      [
        'INFO boot',
        `ERROR call failed ${JSON.stringify({ type: 'authentication-error', description: 'The credentials provided were invalid', id: null })}`,
        'INFO retry',
        'WARN upstream errorCode=CMN-405',
      ].join('\n'),
    );
    const { code, body } = json(['scan', file]);
    expect(code).toBe(0);
    expect(body.findings.map((f: { file: string; line: number }) => [f.file, f.line])).toEqual([
      [file, 2],
      [file, 4],
    ]);
    expect(body.findings[1].matches[0].code).toBe('CMN-405');
    const human = run(['scan', file]);
    expect(human.out).toContain(`${file}:4: RingCentral CMN-405`);
  });

  it('reads stdin for -', () => {
    const { code, body } = json(['scan', '-'], 'nothing\nfailed with OAU-146\n');
    expect(code).toBe(0);
    expect(body.findings).toMatchObject([{ file: '-', line: 2 }]);
  });

  it('reads a path that is a pipe, not a regular file (/dev/stdin, process substitution)', () => {
    const { code, body } = json(['scan', '/dev/stdin'], 'boot\nrefresh failed: OAU-142\n');
    expect(code).toBe(0);
    expect(body.findings).toMatchObject([{ file: '/dev/stdin', line: 2 }]);
    // What `errdex scan <(zcat app.log.gz)` passes: a pipe's path, opened like a file.
    const piped = spawnSync(
      'sh',
      [
        '-c',
        `printf 'boot\\nWARN MSG-331 seen\\n' | "$0" "$1" scan /dev/fd/3 --json 3<&0`,
        process.execPath,
        bundle,
      ],
      { encoding: 'utf8' },
    );
    expect(piped.stderr).toBe('');
    expect(JSON.parse(piped.stdout).findings).toMatchObject([{ file: '/dev/fd/3', line: 2 }]);
  });

  it('says a directory is a directory', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-scan-'));
    const { code, err } = run(['scan', dir]);
    expect(code).toBe(2);
    expect(err).toBe(`errdex: scan: cannot read ${dir}: it is a directory\n`);
  });

  it('exits 1 when no line holds a known error', () => {
    expect(json(['scan', '-'], 'a\nb\n').code).toBe(1);
  });

  // A line is decoded up to 1 MB (MAX_LINE): what lies past it is read and dropped, and said so.
  it('cuts a line longer than the cap, notes it on the match and on stderr', () => {
    const long = `WARN errorCode=CMN-405 ${'x'.repeat(1_500_000)}\nWARN errorCode=OAU-146\n`;
    const { code, body, err } = json(['scan', '-'], long);
    expect(code).toBe(0);
    expect(body.findings.map((f: { line: number }) => f.line)).toEqual([1, 2]);
    expect(body.findings[0].matches[0].notes).toEqual([
      'truncated: the line is longer than 1 MB; only its first 1 MB was decoded',
    ]);
    expect(body.findings[1].matches[0].notes).toEqual([]);
    expect(err).toBe('errdex: scan: -:1 is longer than 1 MB: decoded its first 1 MB\n');
  });
});

describe('observed wordings and undocumented entries', () => {
  const oau251 = JSON.stringify({
    error: 'unauthorized_client',
    errors: [{ errorCode: 'OAU-251', message: 'Unauthorized for this grant type' }],
    error_description: 'Unauthorized for this grant type',
  });

  it('says documented: false in every command, and documented: true for the rest', () => {
    const looked = json(['lookup', 'OAU-251']).body.matches;
    expect(looked).toMatchObject([{ code: 'OAU-251', documented: false, kind: 'vendor' }]);
    expect(json(['lookup', 'OAU-128']).body.matches[0].documented).toBe(true);
    expect(json(['decode'], oau251).body.matches[0].documented).toBe(false);
    const found = json(['search', 'OAU-251']).body.results;
    expect(found[0]).toMatchObject({ code: 'OAU-251', documented: false });
    const scanned = json(['scan', '-'], `WARN ${oau251}\n`).body.findings;
    expect(scanned[0].matches[0].documented).toBe(false);
  });

  it('marks an undocumented entry in text output, and not a documented one', () => {
    expect(run(['lookup', 'OAU-251']).out).toContain(
      "Observed, not in RingCentral's documentation",
    );
    expect(run(['lookup', 'OAU-128']).out).not.toContain('Observed');
  });

  it('says "not catalogued" for a code RingCentral has no entry for, with the nearest', () => {
    const body = '{"errors":[{"errorCode":"OAU-252","message":"Something new"}]}';
    const text = run(['decode'], body);
    expect(text.code).toBe(1);
    expect(text.out).toContain('Not catalogued for RingCentral: code OAU-252');
    expect(text.out).toContain('RingCentral OAU-251');
    const out = json(['decode'], body);
    expect(out.body.matches).toEqual([]);
    expect(out.body.suggestions[0].code).toBe('OAU-251');
    expect(out.err).toContain('errdex: decode: not catalogued for RingCentral: code OAU-252');
    // A foreign body (Twilio's) is not any vendor's: nothing to say about a catalog.
    const twilio = '{"code":20003,"message":"Authenticate","status":401}';
    expect(json(['decode'], twilio).err).toBe('');
  });
});

describe('decode input cap', () => {
  it('decodes the first 64 MB of a longer stdin and says so, exit 0', () => {
    const input = `errorCode=CMN-405\n${'.'.repeat(65 * 1024 * 1024)}`;
    const r = spawnSync(process.execPath, [bundle, 'decode', '--json'], {
      input,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).matches[0].notes).toEqual([
      'truncated: the input is longer than 64 MB; only its first 64 MB was decoded',
    ]);
    expect(r.stderr).toBe('errdex: decode: stdin is longer than 64 MB: decoded its first 64 MB\n');
  }, 60_000);
});

describe('usage', () => {
  // Six CLI processes: on a busy machine each can take a second to start.
  it('shows help for the tool and each command, exit 0', () => {
    for (const args of [
      ['--help'],
      ['decode', '--help'],
      ['lookup', '-h'],
      ['search', '--help'],
      ['scan', '--help'],
      ['mcp', '--help'],
    ]) {
      const { code, out } = run(args);
      expect(code).toBe(0);
      expect(out).toMatch(/^Usage: errdex/);
    }
  }, 60_000);

  // Sixteen CLI processes: on a busy machine each can take a second to start.
  it('exits 2 with one line and no stack trace on bad usage', () => {
    const bad = [
      [],
      ['frobnicate'],
      ['lookup'],
      ['lookup', 'a', 'b'],
      ['lookup', 'CMN-101', '--bogus'],
      ['search', 'x', '--limit', 'ten'],
      ['lookup', 'x', '--limit', '3'],
      ['lookup', 'x', '--base-url', 'errdex.example'],
      ['scan'],
      ['scan', '/no/such/file.log'],
      ['search', 'x', '--limit', '1e1'],
      ['search', 'x', '--limit', '0x8'],
      ['search', 'x', '--status', '4.04e2'],
      ['search', 'x', '--vendor', 'twilio'],
      ['mcp', 'serve'],
      ['mcp', '--json'],
    ];
    for (const args of bad) {
      const { code, out, err } = run(args, '');
      expect(code, args.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toMatch(/^errdex: /);
      expect(err).not.toMatch(/\n\s+at /);
    }
  }, 60_000);
});

describe('option errors', () => {
  it('keeps the hint parseArgs gives for a value that starts with a dash, on one line', () => {
    const { code, err } = run(['search', 'x', '--limit', '-4']);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain("'--limit=-XYZ'");
  });
});

describe('search filters', () => {
  it('takes a vendor id in any case', () => {
    const { code, body } = json(['search', 'invalid', '--vendor', 'Vaspian']);
    expect(code).toBe(0);
    expect(new Set(body.results.map((r: { vendor: string }) => r.vendor))).toEqual(
      new Set(['vaspian']),
    );
  });

  it('keeps to one vendor and one status', () => {
    const { body } = json(['search', 'not found', '--vendor', 'bandwidth', '--status', '404']);
    expect(body.results.length).toBeGreaterThan(0);
    for (const r of body.results) {
      expect(r.vendor).toBe('bandwidth');
      expect(r.statuses).toContain(404);
    }
  });
});
