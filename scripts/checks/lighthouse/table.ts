import { CATEGORIES, type Scores } from './budget';
import type { Metrics, PageKind, Paired } from './twins';

const fmt = (n: number | null, digits = 2) => (n === null ? 'n/a' : n.toFixed(digits));
const ms = (n: number | null) => fmt(n, 0);
const kb = (n: number | null) => (n === null ? 'n/a' : (n / 1024).toFixed(1));
const signed = (n: number | null) => (n === null ? 'n/a' : `${n >= 0 ? '+' : ''}${n.toFixed(0)}`);

type Row = {
  page: string;
  kind: PageKind;
  scores: Scores;
  runs: (number | null)[];
  measured: Metrics;
  against: Metrics;
  paired: Paired;
  baseline: Metrics | null;
};

const cells = (m: Metrics) => [fmt(m.performance), ms(m.lcp), ms(m.tbt), kb(m.scriptBytes)];

/**
 * The gate's table (Markdown): each page's medians, those of what it is measured against, the
 * paired LCP ratio and TBT difference the budget reads, the other categories, and a baseline.
 */
export function printTable(rows: Row[], floor: Metrics | null): void {
  const withBaseline = rows.some((r) => r.baseline);
  const head = [
    'page',
    'against',
    'perf (runs)',
    'LCP ms',
    'TBT ms',
    'script KB',
    'twin perf',
    'twin LCP',
    'twin TBT',
    'twin script KB',
    'LCP ratio',
    'TBT diff',
    ...CATEGORIES.filter((c) => c !== 'performance'),
    ...(withBaseline ? ['before perf', 'before LCP', 'before TBT', 'before script KB'] : []),
  ];
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`);
  const line = (row: Row) => {
    const [perf, ...rest] = cells(row.measured);
    return [
      row.page,
      row.kind === 'reading' ? 'twin' : 'floor',
      `${perf} (${row.runs.map((r) => fmt(r)).join(' ')})`,
      ...rest,
      ...cells(row.against),
      fmt(row.paired.lcpRatio),
      signed(row.paired.tbtDiff),
      ...CATEGORIES.filter((c) => c !== 'performance').map((c) => fmt(row.scores[c])),
      ...(withBaseline ? (row.baseline ? cells(row.baseline) : ['-', '-', '-', '-']) : []),
    ];
  };
  for (const row of rows) console.log(`| ${line(row).join(' | ')} |`);
  if (floor)
    console.log(
      `| framework floor | - | ${[...cells(floor), '-', '-', '-', '-', '-', '-', ...CATEGORIES.slice(1).map(() => '-'), ...(withBaseline ? ['-', '-', '-', '-'] : [])].join(' | ')} |`,
    );
}
