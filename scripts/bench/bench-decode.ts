/**
 * `npm run bench:decode`: times the whole `errdex decode` command (start-up, reading stdin,
 * decoding, printing) on a generated 4 MB log, and the command's start-up alone.
 * Target: decode of 4 MB in at most 1 s. Needs the bundle: `npm run build` first.
 * `--crafted`: hostile text instead, crafted for every template (scripts/bench/crafted-decode.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median } from '../stats';

if (process.argv.includes('--crafted')) {
  await import('./crafted-decode');
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, '..', '..');
const bundle = path.join(root, 'dist', 'cli', 'errdex.mjs');
const logFile = path.join(root, '.bench', 'decode-4mb.log');
const SIZE = 4 * 1024 * 1024;

if (!fs.existsSync(bundle)) {
  console.error('bench:decode: dist/cli/errdex.mjs is missing: run `npm run build` first');
  process.exit(1);
}

/** A realistic mix: quiet lines, each vendor's body, curl output, escaped JSON, key=value codes. */
function line(i: number): string {
  const ts = new Date(Date.UTC(2025, 0, 1, 0, 0, i % 86400)).toISOString();
  switch (i % 8) {
    case 0:
      return `${ts} ERROR rc status=400 body=${JSON.stringify({ errors: [{ errorCode: 'CMN-101', message: `Parameter [field${i % 97}] value is invalid.`, parameterName: `field${i % 97}` }] })}`;
    case 1:
      return `${ts} WARN bw ${JSON.stringify({ type: 'validation', description: `Call [c-${i}] not found`, id: null })}`;
    case 2:
      return JSON.stringify({
        ts,
        level: 'error',
        status: 502,
        body: JSON.stringify({
          errorCode: 1917844536,
          errorName: 'IncorrectlyProvisioned',
          errorMessage: `Room ${i} (10.0.${i % 255}.1) is not provisioned correctly: 404 Not Found`,
        }),
      });
    case 3:
      return `${ts} ERROR 8x8 ${JSON.stringify({ code: 1000 + (i % 12), message: 'Invalid parameter', errorId: `id-${i}`, timestamp: ts })}`;
    case 4:
      return `${ts} ERROR vaspian ${JSON.stringify({ errorCode: 'InvalidParamValue', httpCode: 404, localizedUserMessage: { key: 'k', renderedMessage: 'Bad value' } })}`;
    case 5:
      return `${ts} ERROR worker job=${i} errorCode=OAU-${['128', '129', '146'][i % 3]} retry=false`;
    default:
      return `${ts} INFO request ${i} handled in ${i % 300} ms path=/restapi/v1.0/account/~/extension/${i}`;
  }
}

fs.mkdirSync(path.dirname(logFile), { recursive: true });
const lines: string[] = [];
let size = 0;
for (let i = 0; size < SIZE; i += 1) {
  const l = line(i);
  lines.push(l);
  size += l.length + 1;
}
fs.writeFileSync(logFile, lines.join('\n') + '\n');
const input = fs.readFileSync(logFile);

// Reports the child's own CPU time on exit: on a shared machine wall-clock includes waiting for a core.
const CPU_REPORT =
  'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("cpu:"+(u.user+u.system)/1000+"\\n")})';

function time(
  args: string[],
  stdin?: Buffer,
): { ms: number; cpu: number; code: number | null; out: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', CPU_REPORT, bundle, ...args], {
    input: stdin,
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  });
  const cpu = Number(/cpu:([\d.]+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpu, code: r.status, out: r.stdout };
}

const startupRuns = Array.from({ length: 9 }, () => time(['lookup', 'CMN-101']));
const startup = startupRuns.map((r) => r.ms);
const node = Array.from({ length: 5 }, () => {
  const s = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '']);
  return Number(process.hrtime.bigint() - s) / 1e6;
});
const runs = Array.from({ length: 5 }, () => time(['decode', '--json'], input));
const result = JSON.parse(runs[0]?.out ?? '{}') as { matches?: unknown[] };
const scan = time(['scan', logFile, '--json']);

const decodeMs = median(runs.map((r) => r.ms));
console.log(
  `input: ${lines.length} lines, ${(input.length / 1024 / 1024).toFixed(2)} MB (${path.relative(root, logFile)})`,
);
console.log(
  `start-up (errdex lookup CMN-101): median ${median(startup).toFixed(0)} ms wall, ${median(startupRuns.map((r) => r.cpu)).toFixed(0)} ms CPU (bare node: ${median(node).toFixed(0)} ms wall)`,
);
console.log(
  `errdex decode --json on 4 MB: median ${decodeMs.toFixed(0)} ms wall, ${median(runs.map((r) => r.cpu)).toFixed(0)} ms CPU over ${runs.length} runs, ${result.matches?.length ?? 0} distinct matches, exit ${runs[0]?.code}`,
);
console.log(
  `errdex scan --json on 4 MB: ${scan.ms.toFixed(0)} ms wall, ${scan.cpu.toFixed(0)} ms CPU, exit ${scan.code}`,
);
console.log(
  `machine: ${os.cpus().length} CPUs, load average ${os.loadavg()[0]?.toFixed(1)} (wall-clock includes waiting for a core; CPU is the command's own work)`,
);
console.log(decodeMs <= 1000 ? 'decode: within the 1 s target' : 'decode: OVER the 1 s target');
