import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FLOOR, isReadingPage } from '../build/reading-pages';
import { htmlFiles, pagePath } from './out-files';
import {
  CATEGORIES,
  LIGHTHOUSE_BUDGET,
  lighthouseFailures,
  medianScores,
  scoresOf,
  type LighthouseResult,
} from './lighthouse/budget';
import { launchChrome, runLighthouse, startServer } from './lighthouse/run';
import { FLOOR_PATH, prepareSite, twinPath } from './lighthouse/site';
import { printTable } from './lighthouse/table';
import {
  medianMetrics,
  metricsOf,
  paired,
  TWIN_BUDGET,
  twinFailures,
  type Metrics,
  type PageKind,
} from './lighthouse/twins';
import { pageType, type PageType } from './weight/measure';

/**
 * `npm run lighthouse`: Lighthouse (mobile defaults) on each type of reading page and on the
 * pages that keep the framework runtime, each measured against a twin in the same run (see
 * scripts/checks/lighthouse/twins.ts): the gate measures the page, not the host. Runs are interleaved
 * (page, then its twin) and the median of `--runs` is taken. `--baseline DIR` also measures
 * the same pages from another export (a build before a change), served beside it, for a side
 * by side comparison. Prints a table, keeps the reports in .lighthouse/, exits 1 on a miss.
 */
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: process.env.LIGHTHOUSE_PORT ?? '4210' },
    out: { type: 'string', default: 'out' },
    pages: { type: 'string' },
    baseline: { type: 'string' },
  },
});
const runs = Number(args.runs);
const port = Number(args.port);
const outDir = path.resolve(args.out);
const reportDir = path.resolve('.lighthouse');

/** The largest page of each type, in one walk of out/: the one most likely to miss a budget. */
function largestByType(): Map<PageType, string> {
  const best = new Map<PageType, { page: string; size: number }>();
  for (const rel of htmlFiles(outDir)) {
    if (path.basename(rel) !== 'index.html') continue;
    const type = pageType(pagePath(rel));
    if (!type) continue;
    const size = fs.statSync(path.join(outDir, rel)).size;
    const known = best.get(type);
    if (!known || size > known.size) best.set(type, { page: pagePath(rel), size });
  }
  return new Map([...best].map(([type, { page }]) => [type, page]));
}

/** Reading pages of every type that has one, then the runtime pages as a shared link opens them. */
function defaultPages(): string[] {
  const largest = largestByType();
  const reading = (['home', 'vendors', 'vendor', 'entry', 'statuses', 'status'] as const)
    .map((t) => largest.get(t))
    .filter((p): p is string => p !== undefined);
  return [...reading, '/search/', '/search/?q=invalid', '/decode/'];
}

const pages = args.pages ? args.pages.split(',') : defaultPages();
const exists = (p: string) => fs.existsSync(path.join(outDir, p.split('?')[0]!, 'index.html'));
const missing = pages.filter((p) => !exists(p));
for (const p of missing) console.error(`lighthouse: ${p} is not in ${args.out}/`);
const targets = pages.filter(exists);
const kindOf = (page: string): PageKind =>
  isReadingPage(page.split('?')[0]!) ? 'reading' : 'runtime';

const siteDir = path.join(reportDir, 'site');
fs.mkdirSync(reportDir, { recursive: true });
prepareSite(
  outDir,
  siteDir,
  targets.filter((p) => kindOf(p) === 'reading'),
  path.resolve(FLOOR.file),
);

/** What is measured: each page, its twin or the floor, and (with --baseline) its old build. */
type Variant = 'page' | 'twin' | 'baseline';
const results = new Map<string, LighthouseResult[]>();
const record = (key: string, lhr: LighthouseResult) =>
  results.set(key, [...(results.get(key) ?? []), lhr]);

const server = await startServer(siteDir, port);
const baselineServer = args.baseline
  ? await startServer(path.resolve(args.baseline), port + 1)
  : null;
const chrome = await launchChrome();

async function measure(key: string, url: string, round: number): Promise<void> {
  let lhr: LighthouseResult;
  try {
    lhr = await runLighthouse(url, chrome.port);
  } catch (error) {
    // A failed run measures nothing, so the page misses its budget with the reason printed.
    console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
    lhr = { categories: {}, audits: {} };
  }
  record(key, lhr);
  const name = key.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
  fs.writeFileSync(path.join(reportDir, `${name}-${round + 1}.json`), JSON.stringify(lhr));
  process.stderr.write('.');
}

const keyOf = (variant: Variant, page: string) => `${variant}:${page}`;
try {
  for (let round = 0; round < runs; round++) {
    await measure(keyOf('twin', FLOOR_PATH), `http://localhost:${port}${FLOOR_PATH}`, round);
    for (const page of targets) {
      await measure(keyOf('page', page), `http://localhost:${port}${page}`, round);
      if (kindOf(page) === 'reading')
        await measure(keyOf('twin', page), `http://localhost:${port}${twinPath(page)}`, round);
      if (baselineServer)
        await measure(keyOf('baseline', page), `http://localhost:${port + 1}${page}`, round);
    }
  }
} finally {
  chrome.kill();
  server.kill();
  baselineServer?.kill();
}
process.stderr.write('\n');

const runsOf = (key: string): Metrics[] => (results.get(key) ?? []).map(metricsOf);
const floorRuns = runsOf(keyOf('twin', FLOOR_PATH));
const rows = targets.map((page) => {
  const kind = kindOf(page);
  const lhrs = results.get(keyOf('page', page)) ?? [];
  const pageRuns = runsOf(keyOf('page', page));
  const againstRuns = kind === 'reading' ? runsOf(keyOf('twin', page)) : floorRuns;
  return {
    page,
    kind,
    scores: medianScores(lhrs.map(scoresOf)),
    runs: lhrs.map((l) => l.categories.performance?.score ?? null),
    pageRuns,
    againstRuns,
    measured: medianMetrics(pageRuns),
    against: medianMetrics(againstRuns),
    paired: paired(pageRuns, againstRuns),
    baseline: baselineServer ? medianMetrics(runsOf(keyOf('baseline', page))) : null,
  };
});
printTable(rows, medianMetrics(floorRuns));
console.log(
  `budgets: reading pages LCP ≤ ${TWIN_BUDGET.lcpRatio} × their twin's, TBT ≤ twin + ${TWIN_BUDGET.tbtSlackMs} ms, performance ≥ ${TWIN_BUDGET.readingPerformance}; ` +
    `/search/ and /decode/ the same against the framework floor, performance ≥ floor − ${TWIN_BUDGET.runtimeScoreSlack}; ` +
    `${CATEGORIES.filter((c) => LIGHTHOUSE_BUDGET[c] !== null)
      .map((c) => `${c} ≥ ${LIGHTHOUSE_BUDGET[c]!.toFixed(2)}`)
      .join(', ')}; reports in .lighthouse/`,
);

const failures = [
  ...lighthouseFailures(rows),
  ...rows.flatMap((r) => twinFailures(r.page, r.kind, r.pageRuns, r.againstRuns)),
  ...missing.map((p) => `${p} is missing from ${args.out}/`),
];
for (const f of failures) console.error(`UNDER BUDGET: ${f}`);
if (failures.length) process.exit(1);
