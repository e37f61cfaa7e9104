/**
 * After `next build`: bundles the reading pages' one script (components/reading-page-boot.ts,
 * which loads the search leaf on first use) and rewrites every reading page in out/ without the
 * framework runtime (scripts/build/reading-pages.ts). Their RSC payload files, fetched only by
 * client-side navigation, which plain links never do, are removed. The framework floor page
 * (app/framework-floor/) is moved out of out/ for the Lighthouse gate: it never ships.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { htmlFiles, pagePath } from '../checks/out-files';
import { FLOOR, isReadingPage, stripFramework } from './reading-pages';

const root = path.resolve(import.meta.dirname, '..', '..');
const out = path.join(root, 'out');
const BOOT_DIR = '/_next/static/errdex/';

const bundleOptions: BuildOptions = {
  outdir: path.join(out, BOOT_DIR),
  entryNames: '[name]-[hash]',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  jsx: 'automatic',
  legalComments: 'none',
  tsconfig: path.join(root, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  // flexsearch's Node worker path; never taken in a browser.
  external: ['worker_threads'],
  metafile: true,
  logLevel: 'warning',
};

async function bundle(entry: string, options: BuildOptions): Promise<string> {
  const result = await build({ ...bundleOptions, ...options, entryPoints: [entry] });
  const output = Object.entries(result.metafile?.outputs ?? {}).find(([, o]) => o.entryPoint);
  if (!output) throw new Error(`no bundle for ${entry}`);
  return BOOT_DIR + path.basename(output[0]);
}

/**
 * Bundles the search leaf (React; the search code runs in its worker, bundled beside it) into
 * out/, then the boot script, which names the leaf's URL and imports nothing at load;
 * returns the boot script's code, which every reading page carries inline.
 */
async function bundleBoot(): Promise<string> {
  // The search index's worker, which esbuild does not find from `new URL(…)` as Next does.
  const worker = await bundle(path.join(root, 'components', 'search.worker.ts'), {});
  const island = await bundle(path.join(root, 'components', 'search-box-island.tsx'), {
    splitting: true,
    chunkNames: '[name]-[hash]',
    define: { ...bundleOptions.define, ERRDEX_SEARCH_WORKER: JSON.stringify(worker) },
  });
  const boot = await build({
    ...bundleOptions,
    entryPoints: [path.join(root, 'components', 'reading-page-boot.ts')],
    write: false,
    outdir: undefined,
    metafile: false,
    define: { ...bundleOptions.define, ERRDEX_SEARCH_ISLAND: JSON.stringify(island) },
    external: [...(bundleOptions.external ?? []), `${BOOT_DIR}*`],
  });
  const [file, ...more] = boot.outputFiles;
  if (!file || more.length) throw new Error('the boot script must bundle to one file');
  return file.text;
}

/** The RSC payload files Next writes beside a page's index.html. */
function payloadFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f === 'index.txt' || (f.startsWith('__next.') && f.endsWith('.txt')))
    .map((f) => path.join(dir, f));
}

function moveFloor(): void {
  const dir = path.join(out, FLOOR.route);
  if (!fs.existsSync(path.join(dir, 'index.html')))
    throw new Error(`out${FLOOR.route}index.html is missing (app/framework-floor/)`);
  fs.copyFileSync(path.join(dir, 'index.html'), path.join(root, FLOOR.file));
  fs.rmSync(dir, { recursive: true });
}

if (!fs.existsSync(path.join(out, 'index.html'))) {
  console.error('postbuild-reading-pages: out/ is missing: run `next build` first');
  process.exit(1);
}
try {
  moveFloor();
  const boot = await bundleBoot();
  let pages = 0;
  let payloads = 0;
  for (const rel of htmlFiles(out)) {
    if (!isReadingPage(pagePath(rel))) continue;
    const file = path.join(out, rel);
    fs.writeFileSync(file, stripFramework(fs.readFileSync(file, 'utf8'), boot));
    pages++;
    if (path.basename(rel) !== 'index.html') continue;
    for (const payload of payloadFiles(path.dirname(file))) {
      fs.rmSync(payload);
      payloads++;
    }
  }
  console.log(
    `reading pages: ${pages} without the framework runtime (boot script ${boot.length} B inline); ${payloads} payload files removed`,
  );
} catch (error) {
  console.error(`postbuild-reading-pages: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
