/**
 * Bundles the `errdex` command into one file, dist/cli/errdex.mjs, with the prebuilt catalog
 * embedded (decode data and search documents, no MDX bodies): it starts without reading
 * content or generated files, and runs anywhere Node 20 does.
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
// Another path for a test that must not race the one that rebuilds dist/ (vitest runs files at once).
const outfile = process.env.ERRDEX_CLI_OUTFILE ?? path.join(root, 'dist', 'cli', 'errdex.mjs');

await build({
  entryPoints: [path.join(root, 'cli', 'errdex.ts')],
  outfile,
  bundle: true,
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
fs.chmodSync(outfile, 0o755);
console.log(
  `cli: ${path.relative(root, outfile)} (${Math.round(fs.statSync(outfile).size / 1024)} KB)`,
);
