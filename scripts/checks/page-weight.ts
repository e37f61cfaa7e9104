import fs from 'node:fs';
import path from 'node:path';
import { htmlFiles, pagePath } from './out-files';
import { summarize, weightFailures } from './weight/budget';
import { DATA_ON_USE, PAGE_BUDGETS } from './weight/budgets';
import {
  createSizer,
  pageType,
  PAGE_TYPES,
  weighPage,
  type PageType,
  type PageWeight,
} from './weight/measure';

/**
 * `npx tsx scripts/checks/page-weight.ts [out]`: the gzip JavaScript and total bytes each page type
 * ships on first load, as a table; exits 1 when a page is over its type's budget.
 */
const dir = path.resolve(process.argv[2] ?? 'out');
try {
  if (!fs.existsSync(path.join(dir, 'index.html')))
    throw new Error(`${dir} has no index.html; build first`);
  const size = createSizer(dir);
  const weights = new Map<PageType, PageWeight[]>(PAGE_TYPES.map((t) => [t, []]));
  for (const rel of htmlFiles(dir)) {
    const type = pageType(pagePath(rel));
    if (type) weights.get(type)!.push(weighPage(dir, rel, size, pagePath(rel)));
  }
  const summaries = summarize(weights);
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    '| page type | pages | JS KB (median / max) | JS files | HTML KB (max) | CSS KB | total KB (median / max) | budget JS / total KB | data on use KB | heaviest page |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const s of summaries) {
    const b = PAGE_BUDGETS[s.type];
    const htmlMax = Math.max(...weights.get(s.type)!.map((w) => w.html));
    const data = (DATA_ON_USE[s.type] ?? []).filter((u) => fs.existsSync(path.join(dir, u)));
    const dataKb = data.length ? kb(data.reduce((sum, u) => sum + size(u), 0)) : '-';
    console.log(
      `| ${s.type} | ${s.pages} | ${kb(s.median.js)} / ${kb(s.mostJs.js)} | ${s.mostJs.jsFiles} | ${kb(htmlMax)} | ${kb(s.heaviest.css)} | ${kb(s.median.total)} / ${kb(s.heaviest.total)} | ${b ? `${kb(b.js)} / ${kb(b.total)}` : '-'} | ${dataKb} | ${s.heaviest.page} |`,
    );
  }
  console.log(
    '(gzip -9 bytes on first load: the HTML, its scripts and stylesheets, not the nomodule fallback; data on use: what the page fetches when used, outside the budget)',
  );
  const failures = weightFailures(summaries, PAGE_BUDGETS);
  for (const f of failures) console.error(`OVER BUDGET: ${f}`);
  if (failures.length) process.exit(1);
} catch (error) {
  console.error(`page-weight: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
