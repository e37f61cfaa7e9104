/**
 * `npm run bench:scan [-- --mb N] [--budget-mb N]`: streams a generated log of N MB (default
 * 1024) into `errdex scan --ndjson -` without writing it to disk, and reports the throughput
 * and the command's CPU time and peak resident memory (which it reports as it exits, through an
 * `--import` hook: nothing in the command itself). Exits 1 when
 * the peak exceeds the budget (default 256 MB): scan must run in constant memory.
 * Runs the bundle (dist/cli/errdex.mjs) when it is built, else the source through tsx.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Catalog } from '@/lib/catalog/types';
import { lineKinds, logLines } from './scan-log';

const root = path.resolve(import.meta.dirname, '..', '..');
const bundle = path.join(root, 'dist', 'cli', 'errdex.mjs');
const catalogFile = path.join(root, 'generated', 'catalog.json');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!(value > 0)) {
    console.error(`bench:scan: --${name} takes a positive number (got "${process.argv[at + 1]}")`);
    process.exit(2);
  }
  return value;
}

if (!fs.existsSync(catalogFile)) {
  console.error('bench:scan: generated/catalog.json is missing: run `npm run build` first');
  process.exit(1);
}
const totalBytes = option('mb', 1024) * 1024 * 1024;
const budgetBytes = option('budget-mb', 256) * 1024 * 1024;
const kinds = lineKinds(JSON.parse(fs.readFileSync(catalogFile, 'utf8')) as Catalog);
const built = fs.existsSync(bundle);
// The command reports its own CPU time and peak resident set size as it exits.
const REPORT =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("bench-scan:"+(u.userCPUTime+u.systemCPUTime)/1e6+":"+u.maxRSS*1024+"\\n")})';
const args = [
  '--import',
  REPORT,
  ...(built ? [bundle] : ['--import', 'tsx', path.join(root, 'cli', 'errdex.ts')]),
  'scan',
  '--ndjson',
  '-',
];
console.log(`command: ${built ? 'dist/cli/errdex.mjs (the bundle)' : 'cli/errdex.ts through tsx'}`);

const start = process.hrtime.bigint();
const child = spawn(process.execPath, args, { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
// What else the command says on stderr (a cut line) is passed on once it has exited.
let stderr = '';
child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));

let findings = 0;
let firstFindingMs = -1;
child.stdout.on('data', (chunk: Buffer) => {
  if (firstFindingMs < 0) firstFindingMs = Number(process.hrtime.bigint() - start) / 1e6;
  for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) findings += 1;
});
const exited = new Promise<number | null>((resolve) => child.on('close', resolve));

let written = 0;
let seq = 0;
while (written < totalBytes) {
  const text = logLines(kinds, seq, seq + 2000);
  seq += 2000;
  written += Buffer.byteLength(text);
  // Wait when the pipe is full: only what the command has not read yet is in flight.
  if (!child.stdin.write(text)) await new Promise((resolve) => child.stdin.once('drain', resolve));
}
child.stdin.end();
const code = await exited;
const report = /^bench-scan:([\d.]+):(\d+)$/m.exec(stderr);
const [cpuSeconds, peak] = [Number(report?.[1] ?? NaN), Number(report?.[2] ?? 0)];
process.stderr.write(stderr.replace(/^bench-scan:.*\n/m, ''));
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const mb = written / 1024 / 1024;

console.log(`input: ${mb.toFixed(0)} MB, ${seq} lines, generated in memory and piped to stdin`);
console.log(
  `findings: ${findings} (one line each), the first after ${firstFindingMs.toFixed(0)} ms; exit ${code}`,
);
console.log(
  `throughput: ${(mb / seconds).toFixed(1)} MB/s (${seconds.toFixed(1)} s wall); ${(mb / cpuSeconds).toFixed(1)} MB per CPU second of the command (${cpuSeconds.toFixed(1)} s CPU)`,
);
console.log(
  `peak RSS of the command: ${(peak / 1024 / 1024).toFixed(0)} MB (budget ${budgetBytes / 1024 / 1024} MB)`,
);
console.log(
  `machine: ${os.cpus().length} CPUs, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
if (code !== 0 || findings === 0) {
  console.error('bench:scan: the command found nothing or failed');
  process.exit(1);
}
if (peak === 0 || peak > budgetBytes) {
  console.error(
    peak === 0
      ? 'bench:scan: the command did not report its memory'
      : 'bench:scan: peak memory OVER budget',
  );
  process.exit(1);
}
