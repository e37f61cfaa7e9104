/**
 * `tsx scripts/checks/lighthouse/trim.ts NAME PAGE [NOTE]`: keeps, from the reports of the last gate run
 * in .lighthouse/, what the twin budget reads (performance score, LCP, TBT, script bytes, the
 * host's benchmark index) for PAGE, its twin and its baseline, per round, as
 * scripts/checks/lighthouse/fixtures/NAME.json: real measurements for the gate's own tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LighthouseResult } from './budget';

const [name, page, note = ''] = process.argv.slice(2);
if (!name || !page) {
  console.error('usage: tsx scripts/checks/lighthouse/trim.ts NAME PAGE [NOTE]');
  process.exit(2);
}
const reports = path.resolve('.lighthouse');
const slug = (key: string) => key.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');

function trim(lhr: LighthouseResult): LighthouseResult {
  const keep = ['largest-contentful-paint', 'total-blocking-time', 'resource-summary'];
  const audits = Object.fromEntries(
    keep.flatMap((id) => {
      const a = lhr.audits[id];
      if (!a) return [];
      const items = a.details?.items?.filter((i) => i.resourceType === 'script');
      return [
        [
          id,
          {
            score: a.score,
            title: a.title,
            numericValue: a.numericValue,
            ...(items ? { details: { items } } : {}),
          },
        ],
      ];
    }),
  );
  return {
    categories: { performance: { score: lhr.categories.performance?.score ?? null } },
    audits,
    environment: { benchmarkIndex: lhr.environment?.benchmarkIndex },
  };
}

const runsOf = (variant: string) =>
  fs
    .readdirSync(reports)
    .filter((f) => new RegExp(`^${slug(`${variant}:${page}`)}-\\d+\\.json$`).test(f))
    .sort()
    .map((f) => trim(JSON.parse(fs.readFileSync(path.join(reports, f), 'utf8'))));

const fixture = {
  page,
  note,
  page_runs: runsOf('page'),
  twin_runs: runsOf('twin'),
  baseline_runs: runsOf('baseline'),
};
const file = path.join(import.meta.dirname, 'fixtures', `${name}.json`);
fs.writeFileSync(file, `${JSON.stringify(fixture, null, 1)}\n`);
console.log(`${path.relative(process.cwd(), file)}: ${fixture.page_runs.length} rounds`);
