import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { budgetFailures, growth, type BenchRow } from './budget';
import { ensureTimeBinary, runMeasured } from './proc';
import { DEFAULT_VENDORS, meanEntryGzip, writeSyntheticCatalog } from './synth';
import { dirStats, findSearchData, prepareWorkCopy } from './workdir';

/**
 * `npm run bench:build`: builds synthetic catalogs of several sizes in a copy of the project
 * (`.bench/repo`) and reports time, memory and output size per size and per 1,000 entries.
 * Exits 1 when a build fails or misses `--budget-seconds` / `--budget-mb`.
 */
const USAGE =
  'usage: bench-build [--sizes 1000,3000,10000] [--vendors 40] [--budget-seconds N] [--budget-mb N] [--search-data out/path] [--keep]';

function fail(message: string): never {
  console.error(`bench:build: ${message}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,3000,10000' },
      vendors: { type: 'string', default: String(DEFAULT_VENDORS) },
      'budget-seconds': { type: 'string' },
      'budget-mb': { type: 'string' },
      'search-data': { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
const num = (name: string, v: string | undefined) => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) fail(`--${name} must be a positive number, got "${v}"`);
  return n;
};
const sizes = args.sizes.split(',').map((s) => num('sizes', s.trim())!);
const vendors = num('vendors', args.vendors)!;
const budget = {
  seconds: num('budget-seconds', args['budget-seconds']),
  megabytes: num('budget-mb', args['budget-mb']),
};

const project = process.cwd();
const bench = path.join(project, '.bench');
const repo = path.join(bench, 'repo');
const MB = 1024 * 1024;

const real = meanEntryGzip(path.join(project, 'content'));
const realAll = real.all;
// Synthetic entries all have explanations: aim at the real ones that do.
const target = real.explainedFiles ? real.explained : real.all;
console.log(
  `real catalog: ${real.all.toFixed(0)} gzip bytes per entry file over ${real.files} entries` +
    (real.explainedFiles < real.files
      ? ` (${real.explainedFiles} have an explanation yet, ${real.explained.toFixed(0)} bytes each; the synthetic catalog aims at those)`
      : ''),
);
const hasCpu = ensureTimeBinary();
if (!hasCpu) console.log('note: /usr/bin/time is missing, so CPU seconds are not reported');
prepareWorkCopy(project, repo);

const rows: BenchRow[] = [];
for (const entries of sizes) {
  const content = path.join(bench, `content-${entries}`);
  const synth = writeSyntheticCatalog(content, {
    entries,
    vendors,
    targetGzip: target,
    realContentDir: path.join(project, 'content'),
  });
  const ratio = synth.meanGzip / realAll;
  console.log(
    `\n${entries} entries over ${vendors} vendors: ${synth.meanGzip.toFixed(0)} gzip bytes per entry file (${(ratio * 100).toFixed(0)}% of real${Math.abs(ratio - 1) > 0.2 ? ', OUTSIDE the 20% band' : ''})`,
  );
  for (const d of ['.next', 'out', 'generated'])
    fs.rmSync(path.join(repo, d), { recursive: true, force: true });
  const run = await runMeasured('npm', ['run', '--silent', 'build'], {
    cwd: repo,
    env: { ...process.env, ERRDEX_CONTENT_DIR: content, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (run.code !== 0) {
    console.error(run.output.split('\n').slice(-40).join('\n'));
    console.error(`bench:build: the build of ${entries} entries failed (exit ${run.code})`);
    process.exit(1);
  }
  const out = path.join(repo, 'out');
  const stats = dirStats(out);
  const search = args['search-data']
    ? [{ file: args['search-data'], bytes: fs.statSync(path.join(out, args['search-data'])).size }]
    : findSearchData(out);
  const row: BenchRow = {
    entries,
    wallSeconds: run.wallSeconds,
    cpuSeconds: run.cpuSeconds,
    peakRssBytes: run.peakRssBytes,
    outBytes: stats.bytes,
    outFiles: stats.files,
    searchBytes: search.length ? search.reduce((s, f) => s + f.bytes, 0) : null,
  };
  rows.push(row);
  console.log(
    `  built in ${row.wallSeconds.toFixed(1)} s (${row.cpuSeconds?.toFixed(0) ?? '?'} CPU s), peak ${(row.peakRssBytes / MB).toFixed(0)} MB, out/ ${(row.outBytes / MB).toFixed(1)} MB in ${row.outFiles} files; load average ${run.load[0].toFixed(1)} → ${run.load[1].toFixed(1)}`,
  );
  console.log(
    `  largest page: out/${stats.largestHtml.file}, ${(stats.largestHtml.bytes / 1024).toFixed(0)} KB of HTML`,
  );
  console.log(
    search.length
      ? `  search data: ${search.map((f) => `${f.file} ${(f.bytes / 1024).toFixed(0)} KB`).join(', ')}`
      : '  search data: none shipped (no search-data file in out/)',
  );
  if (args.keep) fs.renameSync(out, path.join(bench, `out-${entries}`));
}

printReport(rows);
const failures = budgetFailures(rows, budget);
for (const f of failures) console.error(`BUDGET MISSED: ${f}`);
if (failures.length) process.exit(1);
if (budget.seconds || budget.megabytes)
  console.log(`\nbudgets held (${budget.seconds ?? '-'} s, ${budget.megabytes ?? '-'} MB)`);

function printReport(all: BenchRow[]): void {
  console.log('\n| entries | wall s | CPU s | peak MB | out/ MB | out/ files | search KB |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of all)
    console.log(
      `| ${r.entries} | ${r.wallSeconds.toFixed(1)} | ${r.cpuSeconds?.toFixed(0) ?? '-'} | ${(r.peakRssBytes / MB).toFixed(0)} | ${(r.outBytes / MB).toFixed(1)} | ${r.outFiles} | ${r.searchBytes === null ? 'n/a' : (r.searchBytes / 1024).toFixed(0)} |`,
    );
  for (const g of growth(all)) {
    const p = g.perThousand;
    console.log(
      `growth per 1,000 entries ${g.from}→${g.to}: +${p.wallSeconds.toFixed(1)} s wall, +${p.cpuSeconds?.toFixed(1) ?? '?'} CPU s, +${(p.peakRssBytes / MB).toFixed(0)} MB peak, +${(p.outBytes / MB).toFixed(1)} MB out/, +${p.outFiles.toFixed(0)} files${g.nonLinear.length ? `  NON-LINEAR: ${g.nonLinear.join(', ')}` : ''}`,
    );
  }
  console.log(
    'wall time depends on what else the machine runs; CPU seconds are the steadier measure of growth',
  );
}
