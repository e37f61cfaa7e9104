import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { loadCatalog } from '@/lib/catalog/load';
import {
  HIT_KINDS,
  buildSearchData,
  createSearchIndex,
  packSearchData,
  unpackSearchData,
  type SearchData,
  type SearchDocument,
  type SearchHit,
} from '@/lib/search';
import { medianBy, percentile } from '../stats';
import { makeQueries, qualityProblem } from './queries';
import type { ReadyTiming } from './ready';
import { DEFAULT_VENDORS, syntheticDocuments } from './synth';
import { createRng } from './synth/random';

/**
 * `npm run bench:search [-- --size N --queries Q]`: indexes synthetic catalogs (from ./synth, the
 * generator bench:build writes as content) and reports bytes shipped, index-ready time and
 * per-kind latency. Exits non-zero when the synthetic data drifts from the real catalog's size
 * per entry or a query finds the wrong entry.
 */
function arg(name: string): number | null {
  const at = process.argv.indexOf(`--${name}`);
  if (at === -1) return null;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`bench:search: --${name} needs a positive whole number`);
    process.exit(2);
  }
  return value;
}
const sizes = arg('size') ? [arg('size') as number] : [10_000, 100_000];
const perKind = arg('queries') ?? 1000;
const TARGETS = { size: 10_000, p95: 1, gzip: 300 * 1024, ready: 150 };

/** Runs ./ready.ts on the data in `runs` fresh processes, sorted by wall time. */
function readyInFreshProcesses(raw: string, runs: number): ReadyTiming[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-ready-'));
  const file = path.join(dir, 'search-data.json');
  fs.writeFileSync(file, raw);
  try {
    const out: ReadyTiming[] = [];
    for (let run = 0; run < runs; run += 1) {
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, 'ready.ts'), file],
        { encoding: 'utf8' },
      );
      if (child.status !== 0)
        throw new Error(`index-ready run failed: ${child.error?.message ?? child.stderr.trim()}`);
      out.push(JSON.parse(child.stdout.trim().split('\n').pop() as string) as ReadyTiming);
    }
    return out.sort((a, b) => a.wall - b.wall);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const shipped = (docs: SearchDocument[]) => {
  const raw = JSON.stringify(packSearchData({ docs, phrasings: realData.phrasings }));
  return { raw, bytes: Buffer.byteLength(raw), gzip: zlib.gzipSync(raw).length };
};
/** Wall time, and this process's CPU time: on a shared machine wall time alone overstates. */
type Timing = { wall: number; cpu: number };
function timed(run: () => unknown): Timing {
  const c = process.cpuUsage();
  const t = performance.now();
  run();
  const wall = performance.now() - t;
  const u = process.cpuUsage(c);
  return { wall, cpu: (u.user + u.system) / 1000 };
}
function latency(times: Timing[]): string {
  const wall = times.map((t) => t.wall);
  const cpu = times.map((t) => t.cpu);
  return `wall p50 ${ms(percentile(wall, 0.5))} p95 ${ms(percentile(wall, 0.95))} · CPU p50 ${ms(percentile(cpu, 0.5))} p95 ${ms(percentile(cpu, 0.95))}`;
}
const ms = (x: number) => `${x.toFixed(3)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

const realData: SearchData = buildSearchData(loadCatalog());
// Synthetic catalogs grow the vendor entries; every size ships the real standards' codes too.
const realDocs = realData.docs.filter((d) => d.kind === 'vendor');
const standardDocs = realData.docs.filter((d) => d.kind === 'standard');
console.log(
  `load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${os.cpus().length} CPUs`,
);
const real = shipped(realDocs);
const realPer = real.gzip / realDocs.length;
const realAll = shipped(realData.docs);
console.log(
  `real catalog: ${realDocs.length} vendor entries, ${real.bytes} B raw, ${real.gzip} B gzip, ${realPer.toFixed(1)} B gzip/entry; with ${standardDocs.length} standard codes ${realAll.bytes} B raw, ${realAll.gzip} B gzip`,
);

let failures = 0;
for (const size of sizes) {
  const docs = syntheticDocuments({ entries: size, vendors: DEFAULT_VENDORS });
  const per = shipped(docs).gzip / size;
  const drift = per / realPer - 1;
  const data = shipped([...docs, ...standardDocs]);
  console.log(`\n== ${size} entries (+ ${standardDocs.length} standard codes)`);
  console.log(
    `shipped: ${kb(data.bytes)} raw, ${kb(data.gzip)} gzip; vendor entries ${per.toFixed(1)} B gzip/entry (${(drift * 100).toFixed(1)}% from real)`,
  );
  if (Math.abs(drift) > 0.2) {
    console.error(
      `FAIL: synthetic gzip bytes per entry differ from the real catalog's by more than 20%`,
    );
    failures += 1;
  }
  // Index ready = what the browser does on first use: parse the file, unpack, build. Measured
  // in fresh processes (a page's small heap), then once here for the index the queries use.
  const ready = readyInFreshProcesses(data.raw, 3);
  const median = medianBy(ready, (t) => t.wall);
  const medianThread = median.thread ?? median.cpu;
  const index = createSearchIndex(unpackSearchData(JSON.parse(data.raw)));
  console.log(
    `index ready (parse + unpack + build, first use in a fresh process, median of ${ready.length}): ${ms(median.wall)} wall / ${median.thread !== null ? `${ms(median.thread)} main-thread CPU / ` : ''}${ms(median.cpu)} process CPU (runs: ${ready.map((t) => ms(t.wall)).join(', ')} wall)`,
  );

  const r = createRng(size);
  const all: Timing[] = [];
  for (const kind of HIT_KINDS) {
    const queries = makeQueries(docs, kind, perKind, r);
    const times: Timing[] = [];
    let bad = 0;
    for (const q of queries) {
      let hits: SearchHit[] = [];
      times.push(timed(() => (hits = index.search(q.text))));
      const problem = qualityProblem(q, hits);
      if (problem && ++bad <= 3)
        console.error(`  ${kind} ${JSON.stringify(q.text)} → ${q.target.key}: ${problem}`);
    }
    all.push(...times);
    console.log(
      `${kind.padEnd(8)} n=${times.length} ${latency(times)}${bad ? `  QUALITY FAIL ×${bad}` : ''}`,
    );
    if (queries.length < perKind) {
      console.error(`  FAIL: only ${queries.length} ${kind} queries could be made`);
      failures += 1;
    }
    failures += bad;
  }
  console.log(`all kinds  n=${all.length} ${latency(all)}`);
  if (size === TARGETS.size) {
    const p95 = (key: keyof Timing) =>
      percentile(
        all.map((t) => t[key]),
        0.95,
      );
    const checks = [
      [
        `p95 ≤ ${TARGETS.p95} ms (wall / CPU)`,
        p95('wall') <= TARGETS.p95,
        p95('cpu') <= TARGETS.p95,
      ],
      [`shipped ≤ ${kb(TARGETS.gzip)} gzip`, data.gzip <= TARGETS.gzip, data.gzip <= TARGETS.gzip],
      [
        `index ready ≤ ${TARGETS.ready} ms (wall / main-thread CPU)`,
        median.wall <= TARGETS.ready,
        medianThread <= TARGETS.ready,
      ],
    ] as const;
    for (const [what, wall, cpu] of checks)
      console.log(`target ${what}: ${wall ? 'met' : 'MISSED'} / ${cpu ? 'met' : 'MISSED'}`);
  }
}
if (failures > 0) {
  console.error(`\nbench:search: ${failures} failure(s)`);
  process.exit(1);
}
