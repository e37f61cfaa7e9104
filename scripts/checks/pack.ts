/**
 * The packed `errdex` package works in an empty project, as a new user would meet it: packs
 * dist/package (run `npm run build` first), installs the tarball offline into a temporary
 * project holding nothing else, then runs the library from ESM and CommonJS, `npx errdex lookup
 * --json` (checked against cli.schema.json and against the library), `npx errdex mcp` with one
 * tool call, and the README's example compiled by this repository's tsc against the installed
 * types. Prints the packed and installed sizes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Ajv2020 from 'ajv/dist/2020';

const root = path.resolve(import.meta.dirname, '..', '..');
const pkg = path.join(root, 'dist', 'package');
const fixtures = path.join(import.meta.dirname, 'pack', 'fixtures');

function fail(message: string): never {
  console.error(`pack: ${message}`);
  process.exit(1);
}

function run(command: string, args: string[], cwd: string, input?: string): string {
  try {
    return execFileSync(command, args, { cwd, input, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    fail(`${command} ${args.join(' ')} failed:\n${e.stderr || e.stdout || e.message}`);
  }
}

/** Bytes of every file under a directory. */
function du(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((n, d) => n + fs.statSync(path.join(d.parentPath, d.name)).size, 0);
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

if (!fs.existsSync(path.join(pkg, 'package.json')))
  fail('dist/package is missing: run `npm run build` first');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-pack-'));
try {
  const [packed] = JSON.parse(
    run('npm', ['pack', pkg, '--pack-destination', tmp, '--json', '--silent'], tmp),
  ) as { filename: string; size: number; unpackedSize: number }[];
  if (!packed) fail('npm pack printed nothing');
  const project = path.join(tmp, 'project');
  fs.mkdirSync(project);
  fs.writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'errdex-consumer', private: true, type: 'module' }),
  );
  const tarball = path.join(tmp, packed.filename);
  run('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund'], project);
  const installed = path.join(project, 'node_modules', 'errdex');
  const others = fs
    .readdirSync(path.join(project, 'node_modules'))
    .filter((n) => !n.startsWith('.'));
  if (others.join() !== 'errdex') fail(`installing errdex brought in ${others.join(', ')}`);

  for (const script of ['use-library.mjs', 'use-library.cjs']) {
    fs.copyFileSync(path.join(fixtures, script), path.join(project, script));
    process.stdout.write(run(process.execPath, [script], project));
  }

  const cli = JSON.parse(run('npx', ['--no', 'errdex', 'lookup', 'cmn-101', '--json'], project));
  const schema = JSON.parse(
    fs.readFileSync(path.resolve(root, '../shared/cli.schema.json'), 'utf8'),
  );
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  if (!validate(cli))
    fail(`npx errdex --json breaks cli.schema.json: ${JSON.stringify(validate.errors)}`);
  const lib = JSON.parse(
    run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { lookup } from 'errdex'; console.log(JSON.stringify(lookup('cmn-101')))",
      ],
      project,
    ),
  );
  if (!isDeepStrictEqual(cli, lib)) fail('npx errdex lookup --json and the library disagree');
  console.log('npx errdex lookup cmn-101 --json: ok (valid, same as the library)');

  // The MCP server answers a client that says hello, calls a tool and hangs up.
  const session = [
    {
      id: 1,
      method: 'initialize',
      params: {
        protocolVersion: '2025-06-18',
        capabilities: {},
        clientInfo: { name: 'pack-check', version: '1' },
      },
    },
    { method: 'notifications/initialized' },
    { id: 2, method: 'tools/call', params: { name: 'lookup', arguments: { token: 'cmn-101' } } },
  ];
  const replies = run(
    'npx',
    ['--no', 'errdex', 'mcp'],
    project,
    session.map((m) => JSON.stringify({ jsonrpc: '2.0', ...m }) + '\n').join(''),
  )
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id?: number; result?: { structuredContent?: unknown } });
  const answer = replies.find((r) => r.id === 2)?.result?.structuredContent;
  if (!isDeepStrictEqual(answer, lib)) fail(`npx errdex mcp answered ${JSON.stringify(replies)}`);
  console.log('npx errdex mcp: ok (the lookup tool gives the same as the library)');

  // The README's example is the first ts block of the README that was installed.
  const readme = fs.readFileSync(path.join(installed, 'README.md'), 'utf8');
  const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!example) fail('the package README has no ts example');
  fs.writeFileSync(path.join(project, 'handler.mts'), example);
  fs.copyFileSync(path.join(fixtures, 'consumer.mts'), path.join(project, 'consumer.mts'));
  const tsconfig = JSON.parse(fs.readFileSync(path.join(fixtures, 'tsconfig.json'), 'utf8'));
  tsconfig.compilerOptions.typeRoots = [path.join(root, 'node_modules', '@types')];
  fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify(tsconfig));
  run(
    process.execPath,
    [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project],
    project,
  );
  process.stdout.write(run(process.execPath, [path.join('out', 'consumer.mjs')], project));

  console.log(
    `errdex ${packed.filename}: packed ${kb(packed.size)}, installed ${kb(du(installed))}`,
  );
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
