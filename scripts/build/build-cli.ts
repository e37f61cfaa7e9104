/**
 * Bundles the `errdex` command and library into dist/cli/: errdex.mjs (the command), index.mjs
 * (`import { decode, lookup, search } from 'errdex'`) and the chunks they share, with the
 * prebuilt catalog embedded once (decode data and search documents, no MDX bodies). They start
 * without reading content or generated files, and run anywhere Node 20 does. The MCP server
 * is a chunk of its own, loaded only by `errdex mcp`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Catalog } from '@/lib/catalog/types';
import { cliData } from '@/cli/data';

const root = path.resolve(import.meta.dirname, '..', '..');
const catalogFile = path.join(root, 'generated', 'catalog.json');
if (!fs.existsSync(catalogFile)) {
  console.error(
    'build-cli: generated/catalog.json is missing: run `npx tsx scripts/build/prebuild.ts` first',
  );
  process.exit(1);
}
const catalog = JSON.parse(fs.readFileSync(catalogFile, 'utf8')) as Catalog;
const outdir = path.join(root, 'dist', 'cli');

const { outputFiles } = await build({
  entryPoints: {
    errdex: path.join(root, 'cli', 'errdex.ts'),
    index: path.join(root, 'cli', 'api.ts'),
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  tsconfig: path.join(root, 'tsconfig.json'),
  define: { __ERRDEX_DATA__: JSON.stringify(cliData(catalog)) },
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __errdexRequire } from 'node:module';\nconst require = __errdexRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

// Tests build this too, side by side: each file is replaced whole (written aside, then renamed),
// so a running errdex never reads half a file.
for (const file of outputFiles) {
  fs.mkdirSync(path.dirname(file.path), { recursive: true });
  const aside = `${file.path}.${process.pid}.tmp`;
  fs.writeFileSync(aside, file.contents, { mode: 0o755 });
  fs.renameSync(aside, file.path);
}
// Chunks of earlier builds: the names are content hashes, so a concurrent build makes the same.
const chunks = path.join(outdir, 'chunks');
const kept = new Set(outputFiles.map((f) => f.path));
for (const name of fs.readdirSync(chunks))
  if (!kept.has(path.join(chunks, name)) && !name.endsWith('.tmp'))
    fs.rmSync(path.join(chunks, name));

const kb = (file: string) => Math.round(fs.statSync(path.join(outdir, file)).size / 1024);
console.log(
  `cli: ${path.relative(root, outdir)}/ (errdex.mjs ${kb('errdex.mjs')} KB, index.mjs ${kb('index.mjs')} KB, ` +
    `${outputFiles.reduce((n, f) => n + f.contents.length, 0) >> 10} KB in all)`,
);
