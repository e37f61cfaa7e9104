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
  type PageKind,
} from './lighthouse/twins';
import { pageType, type PageType } from './weight/measure';

/**
 * `npm run lighthouse`: Lighthouse (mobile defaults) on each type of reading page and on the
 * pages that keep the framework runtime, each measured against a twin in the same run (see
 * scripts/checks/lighthouse/twins.ts): the gate measures the page, not the host. Runs are
 * interleaved (a page and its twin side by side) and the medians of `--runs` rounds are taken; a
 * page that misses gets more rounds, up to `--max-runs`. `--baseline DIR` also measures
 * the same pages from another export (a build before a change), served beside it, for a side
 * by side comparison. Prints a table, keeps the reports in .lighthouse/, exits 1 on a miss.
 */
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'max-runs': { type: 'string', default: '6' },
    port: { type: 'string', default: process.env.LIGHTHOUSE_PORT ?? '4210' },
    out: { type: 'string', default: 'out' },
    pages: { type: 'string' },
    baseline: { type: 'string' },
  },
});
const runs = Number(args.runs);
const maxRuns = Math.max(runs, Number(args['max-runs']));
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
  const types = [
    'home',
    'vendors',
    'vendor',
    'entry',
    'standard-entry',
    'statuses',
    'status',
  ] as const;
  const reading = types.map((t) => largest.get(t)).filter((p): p is string => p !== undefined);
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

/** What is measured, per audited page: its runs, what it is compared with, its old build's. */
type Variant = 'page' | 'against' | 'baseline';
const results = new Map<string, LighthouseResult[]>();
const keyOf = (variant: Variant, page: string) => `${variant}:${page}`;
const lhrsOf = (variant: Variant, page: string) => results.get(keyOf(variant, page)) ?? [];

const server = await startServer(siteDir, port);
const baselineServer = args.baseline
  ? await startServer(path.resolve(args.baseline), port + 1)
  : null;
const chrome = await launchChrome();

async function measure(url: string, name: string): Promise<LighthouseResult> {
  let lhr: LighthouseResult;
  try {
    lhr = await runLighthouse(url, chrome.port);
  } catch (error) {
    // A failed run measures nothing, so the page misses its budget with the reason printed.
    console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
    lhr = { categories: {}, audits: {} };
  }
  const slug = name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
  fs.writeFileSync(path.join(reportDir, `${slug}.json`), JSON.stringify(lhr));
  process.stderr.write('.');
  return lhr;
}

/**
 * One round over `pages`: each page and what it is compared with, side by side. A reading
 * page's twin goes first in every other round, so a host that speeds up or slows down within a
 * round favours neither. Runtime pages share one floor run per round.
 */
async function round(pages: string[], n: number): Promise<void> {
  let floor: LighthouseResult | null = null;
  const record = (variant: Variant, page: string, lhr: LighthouseResult) =>
    results.set(keyOf(variant, page), [...lhrsOf(variant, page), lhr]);
  for (const page of pages) {
    const at = (p: string) => `http://localhost:${port}${p}`;
    const runPage = async () => record('page', page, await measure(at(page), `page${page}-${n}`));
    if (kindOf(page) === 'reading') {
      const runTwin = async () =>
        record('against', page, await measure(at(twinPath(page)), `twin${page}-${n}`));
      if (n % 2) await runTwin().then(runPage);
      else await runPage().then(runTwin);
    } else {
      floor ??= await measure(at(FLOOR_PATH), `floor-${n}`);
      record('against', page, floor);
      await runPage();
    }
    if (baselineServer)
      record(
        'baseline',
        page,
        await measure(`http://localhost:${port + 1}${page}`, `baseline${page}-${n}`),
      );
  }
}

const misses = (page: string) =>
  twinFailures(
    page,
    kindOf(page),
    lhrsOf('page', page).map(metricsOf),
    lhrsOf('against', page).map(metricsOf),
  );
try {
  for (let n = 1; n <= runs; n++) await round(targets, n);
  // Host noise only adds time, and it comes and goes: a page that misses gets more rounds,
  // up to --max-runs, and is judged on them all. A page that is really heavier stays heavier.
  for (let n = runs + 1; n <= maxRuns; n++) {
    const missing = targets.filter((p) => misses(p).length > 0);
    if (!missing.length) break;
    console.error(`\nlighthouse: round ${n} for ${missing.join(', ')}`);
    await round(missing, n);
  }
} finally {
  chrome.kill();
  server.kill();
  baselineServer?.kill();
}
process.stderr.write('\n');

const rows = targets.map((page) => {
  const kind = kindOf(page);
  const lhrs = lhrsOf('page', page);
  const pageRuns = lhrs.map(metricsOf);
  const againstRuns = lhrsOf('against', page).map(metricsOf);
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
    baseline: baselineServer ? medianMetrics(lhrsOf('baseline', page).map(metricsOf)) : null,
  };
});
const floorRuns = targets
  .filter((p) => kindOf(p) === 'runtime')
  .flatMap((p) => lhrsOf('against', p).map(metricsOf));
printTable(rows, floorRuns.length ? medianMetrics(floorRuns) : null);
console.log(
  `budgets: reading pages LCP ≤ ${TWIN_BUDGET.lcpRatio} × their twin's, TBT ≤ twin + ${TWIN_BUDGET.tbtSlackMs} ms, performance ≥ ${TWIN_BUDGET.readingPerformance}; ` +
    `/search/ and /decode/ the same against the framework floor, performance ≥ floor − ${TWIN_BUDGET.runtimeScoreSlack}; ` +
    `${CATEGORIES.filter((c) => LIGHTHOUSE_BUDGET[c] !== null)
      .map((c) => `${c} ≥ ${LIGHTHOUSE_BUDGET[c]!.toFixed(2)}`)
      .join(', ')}; reports in .lighthouse/`,
);

const failures = [
  ...lighthouseFailures(rows),
  ...targets.flatMap(misses),
  ...missing.map((p) => `${p} is missing from ${args.out}/`),
];
for (const f of failures) console.error(`UNDER BUDGET: ${f}`);
if (failures.length) process.exit(1);
