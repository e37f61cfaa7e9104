import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { htmlFiles, pagePath } from './checks/out-files';
import {
  CATEGORIES,
  failingAudits,
  LIGHTHOUSE_BUDGET,
  lighthouseFailures,
  medianScores,
  scoresOf,
  type LighthouseResult,
  type Scores,
} from './lighthouse/budget';
import { launchChrome, runLighthouse, startServer } from './lighthouse/run';
import { pageType, type PageType } from './checks/weight/measure';

/**
 * `npm run lighthouse`: Lighthouse (mobile defaults) on home, the largest vendor, entry and
 * status pages, search (with and without a query) and decode, served from out/; the median of `--runs` runs per page.
 * Prints a table, keeps the reports in .lighthouse/, and exits 1 when a score is under budget.
 */
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: process.env.LIGHTHOUSE_PORT ?? '4210' },
    out: { type: 'string', default: 'out' },
    pages: { type: 'string' },
  },
});
const runs = Number(args.runs);
const port = Number(args.port);
const outDir = path.resolve(args.out);

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

/**
 * The search page is audited as a shared link opens it, cold: with a query that has many hits
 * (the longest list to draw), with one that has none (the empty state and near matches), with a
 * filter, and with no query at all.
 */
const SEARCH_PAGES = [
  '/search/',
  '/search/?q=invalid',
  '/search/?q=kakao%20wechat',
  '/search/?q=not%20found&vendor=bandwidth',
];
function defaultPages(): (string | null)[] {
  const largest = largestByType();
  const of = (type: PageType) => largest.get(type) ?? null;
  return ['/', of('vendor'), of('entry'), of('status'), ...SEARCH_PAGES, '/decode/'];
}
const pages = args.pages ? args.pages.split(',') : defaultPages();
const exists = (p: string) => fs.existsSync(path.join(outDir, p.split('?')[0]!, 'index.html'));
const targets = pages.filter((p): p is string => p !== null && exists(p));
const missing = pages.length - targets.length;
for (const p of pages)
  if (p !== null && !exists(p)) console.error(`lighthouse: ${p} is not in ${args.out}/`);

const server = await startServer(outDir, port);
const chrome = await launchChrome();
const reportDir = path.resolve('.lighthouse');
fs.mkdirSync(reportDir, { recursive: true });
const results: { page: string; scores: Scores; runs: LighthouseResult[] }[] = [];
try {
  for (const page of targets) {
    const lhrs: LighthouseResult[] = [];
    for (let i = 0; i < runs; i++) {
      let lhr: LighthouseResult;
      try {
        lhr = await runLighthouse(`http://localhost:${port}${page}`, chrome.port);
      } catch (error) {
        // A failed run scores nothing, so the page misses its budget with the reason printed.
        console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
        lhr = { categories: {}, audits: {} };
      }
      lhrs.push(lhr);
      const name = page.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      fs.writeFileSync(path.join(reportDir, `${name}-${i + 1}.json`), JSON.stringify(lhr));
    }
    results.push({ page, scores: medianScores(lhrs.map(scoresOf)), runs: lhrs });
    process.stderr.write('.');
  }
} finally {
  chrome.kill();
  server.kill();
}
process.stderr.write('\n');

const fmt = (n: number | null) => (n === null ? 'n/a' : n.toFixed(2));
const metric = (lhr: LighthouseResult, id: string) => lhr.audits[id]?.numericValue ?? 0;
console.log(
  `| page | ${CATEGORIES.join(' | ')} | performance runs | LCP ms | TBT ms | bytes KB | CPU index |`,
);
console.log(`|---|${CATEGORIES.map(() => '---:').join('|')}|---|---:|---:|---:|---:|`);
for (const r of results) {
  const mid = [...r.runs].sort(
    (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
  )[Math.floor((r.runs.length - 1) / 2)]!;
  console.log(
    `| ${r.page} | ${CATEGORIES.map((c) => fmt(r.scores[c])).join(' | ')} | ${r.runs.map((l) => fmt(l.categories.performance?.score ?? null)).join(' ')} | ${metric(mid, 'largest-contentful-paint').toFixed(0)} | ${metric(mid, 'total-blocking-time').toFixed(0)} | ${(metric(mid, 'total-byte-weight') / 1024).toFixed(0)} | ${mid.environment?.benchmarkIndex?.toFixed(0) ?? '-'} |`,
  );
}
console.log(
  `budgets: ${CATEGORIES.map((c) => `${c} ≥ ${fmt(LIGHTHOUSE_BUDGET[c])}`).join(', ')}; reports in .lighthouse/`,
);

const failures = lighthouseFailures(results);
if (missing) failures.push(`${missing} page(s) to measure are missing from ${args.out}/`);
for (const f of failures) console.error(`UNDER BUDGET: ${f}`);
for (const r of results)
  for (const c of CATEGORIES) {
    const min = LIGHTHOUSE_BUDGET[c];
    if (min !== null && (r.scores[c] ?? 0) < min) {
      const worst = r.runs.reduce((a, b) =>
        (a.categories[c]?.score ?? 0) <= (b.categories[c]?.score ?? 0) ? a : b,
      );
      console.error(
        `  ${r.page} ${c}: ${failingAudits(worst, c).join(', ') || 'no single audit failed'}`,
      );
    }
  }
if (failures.length) process.exit(1);
