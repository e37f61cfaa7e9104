/**
 * `npm run bench:decode -- --crafted [--bundle FILE]`: the decoder on hostile text. For every
 * template in the catalog, 6 MB of bodies whose messages are crafted for it (see
 * lib/decode/crafted.ts) go through `errdex decode`, and 2 MB of log lines holding them through
 * `errdex scan`; prints the worst of each. `--bundle` times another build of the command (an
 * older one, to compare).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createCatalogView } from '@/lib/catalog';
import { loadCatalog } from '@/lib/catalog/load';
import { craftedMessages } from '@/lib/decode/crafted';
import { toDecodeData, type DecodeEntry } from '@/lib/decode/data';
import { templateOf } from '@/lib/decode/matcher';
import type { JsonObject } from '@/lib/decode/parse';
import { recognize } from '@/lib/decode/vendors';
import { vendorFormat } from '@/lib/namespaces/vendors';
import { hasVariables } from '@/lib/template';

const root = path.resolve(import.meta.dirname, '..', '..');
const at = process.argv.indexOf('--bundle');
const bundle = path.resolve(
  at > 0 ? (process.argv[at + 1] as string) : path.join(root, 'dist', 'cli', 'errdex.mjs'),
);
const DECODE_SIZE = 6 * 1024 * 1024;
const SCAN_SIZE = 2 * 1024 * 1024;

if (!fs.existsSync(bundle)) {
  console.error(`bench:decode --crafted: ${bundle} is missing: run \`npm run build\` first`);
  process.exit(1);
}

/** Lines from `make(i)` up to `size` characters. */
function lines(size: number, make: (i: number) => string): string {
  const out: string[] = [];
  for (let i = 0, n = 0; n < size; i += 1) {
    const line = make(i);
    out.push(line);
    n += line.length + 1;
  }
  return out.join('\n') + '\n';
}

/**
 * How to carry a crafted message where the decoder matches messages against templates: in the
 * entry's own body when its format names no code there (the message is what identifies it),
 * else in a wrapper's `message`.
 */
function bodyFor(entry: DecodeEntry): (message: string) => string {
  const format = vendorFormat(catalog.getVendor(entry.vendor)?.format ?? '');
  const own = (message: string) =>
    format?.example({ ...entry, message, detailKeys: [], variables: [] }) ?? null;
  const sample = own(entry.message);
  const codeless = sample !== null && recognize(sample as JsonObject)?.[0]?.codes.length === 0;
  return (message) => JSON.stringify(codeless ? own(message) : { error: { status: 400, message } });
}

// The child's own CPU time on exit: on a shared machine wall-clock includes waiting for a core.
const CPU_REPORT =
  'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("cpu:"+(u.user+u.system)/1000+"\\n")})';

function time(args: string[], input: string): { ms: number; cpu: number; code: number | null } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', CPU_REPORT, bundle, ...args], {
    input,
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  });
  const cpu = Number(/cpu:([\d.]+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpu, code: r.status };
}

const catalog = createCatalogView(loadCatalog());
const data = toDecodeData(catalog.catalog);
const templates = new Map<string, DecodeEntry>();
for (const entry of data.entries) {
  const t = templateOf(entry);
  if (t && hasVariables(t) && !templates.has(t)) templates.set(t, entry);
}

type Worst = { ms: number; cpu: number; template: string };
let worstDecode: Worst = { ms: 0, cpu: 0, template: '' };
let worstScan: Worst = { ms: 0, cpu: 0, template: '' };
for (const [template, entry] of templates) {
  const body = bodyFor(entry);
  const messages = craftedMessages(template, 2000);
  const short = craftedMessages(template, 1900);
  const decode = time(
    ['decode', '--json'],
    lines(DECODE_SIZE, (i) => body(messages[i % messages.length] as string)),
  );
  const scan = time(
    ['scan', '-', '--json'],
    lines(SCAN_SIZE, (i) => `2025-01-01T00:00:00Z ERROR api ${short[i % short.length]}`),
  );
  if (decode.cpu > worstDecode.cpu) worstDecode = { ...decode, template };
  if (scan.cpu > worstScan.cpu) worstScan = { ...scan, template };
  if (decode.code === 2 || scan.code === 2) console.log(`  exit 2 on ${template}`);
}
console.log(`bundle: ${path.relative(root, bundle)}; ${templates.size} templates`);
const show = (w: Worst) => `${w.cpu.toFixed(0)} ms CPU, ${w.ms.toFixed(0)} ms wall (${w.template})`;
console.log(`worst errdex decode --json on 6 MB crafted: ${show(worstDecode)}`);
console.log(`worst errdex scan --json on 2 MB crafted log lines: ${show(worstScan)}`);
