/**
 * The publishable `errdex` package in dist/package/: the bundles of dist/cli/ (run
 * build-cli.ts first), declarations from tsc, a generated package.json without dependencies
 * (everything is bundled) and a README cut from this repository's. `npm pack dist/package`
 * makes the tarball; scripts/checks/pack.ts installs it into an empty project.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli');
const out = path.join(root, 'dist', 'package');
const types = path.join(root, 'dist', 'types');

function fail(message: string): never {
  console.error(`build-package: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(path.join(cli, 'index.mjs')))
  fail('dist/cli/index.mjs is missing: run `npx tsx scripts/build/build-cli.ts` first');

fs.rmSync(out, { recursive: true, force: true });
fs.rmSync(types, { recursive: true, force: true });
fs.cpSync(cli, out, { recursive: true });

// Declarations: cli/api.ts's signatures use only cli/api-types.ts, which imports nothing.
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
execFileSync(
  process.execPath,
  [tsc, '-p', path.join(import.meta.dirname, 'tsconfig.package.json')],
  {
    stdio: 'inherit',
  },
);
const declarations = { 'index.d.ts': 'api.d.ts', 'api-types.d.ts': 'api-types.d.ts' };
for (const [name, from] of Object.entries(declarations)) {
  const text = fs.readFileSync(path.join(types, 'cli', from), 'utf8');
  const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
  const stray = imports.filter((i) => i !== './api-types');
  if (stray.length)
    fail(`${from} imports ${stray.join(', ')}: the package ships only its own types`);
  // Node's resolution (and TypeScript's `nodenext`) wants the extension of a relative import.
  fs.writeFileSync(
    path.join(out, name),
    text.replaceAll("from './api-types'", "from './api-types.js'"),
  );
}
fs.rmSync(types, { recursive: true, force: true });

const rootPackage = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  description: string;
  engines: Record<string, string>;
};
const manifest = {
  name: 'errdex',
  version: rootPackage.version,
  description: rootPackage.description,
  type: 'module',
  engines: rootPackage.engines,
  bin: { errdex: './errdex.mjs' },
  exports: {
    '.': { types: './index.d.ts', default: './index.mjs' },
    './package.json': './package.json',
  },
  types: './index.d.ts',
  files: ['index.mjs', 'index.d.ts', 'api-types.d.ts', 'errdex.mjs', 'chunks/'],
  keywords: ['errors', 'error-codes', 'api', 'sip', 'sms', 'voice', 'mcp', 'cli'],
};
fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

// The README's part about the package, between its `package:start` and `package:end` markers.
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const part = /<!-- package:start -->\n([\s\S]*?)<!-- package:end -->/.exec(readme);
if (!part) fail('README.md has no <!-- package:start --> … <!-- package:end --> section');
fs.writeFileSync(
  path.join(out, 'README.md'),
  `# errdex\n\n${rootPackage.description}. A library, a command and an MCP server, with the catalog inside.\n\n${(part[1] as string).trimStart()}`,
);
console.log(`package: ${path.relative(root, out)}/ (errdex ${rootPackage.version})`);
