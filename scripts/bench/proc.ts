import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PAGE = 4096;

/** Sum of the resident memory of a process and all its descendants, read from /proc (Linux). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const ppid = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * PAGE);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export type RunResult = {
  code: number;
  wallSeconds: number;
  peakRssBytes: number;
  /** User + system CPU seconds of the whole tree (from /usr/bin/time), when available. */
  cpuSeconds: number | null;
  load: [number, number];
  output: string;
};

const TIME_BIN = '/usr/bin/time';

/** Makes `/usr/bin/time` available for CPU seconds (Debian package `time`); optional. */
export function ensureTimeBinary(): boolean {
  if (fs.existsSync(TIME_BIN)) return true;
  if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get'))
    spawnSync('apt-get', ['install', '-y', '-qq', 'time'], { stdio: 'ignore' });
  return fs.existsSync(TIME_BIN);
}

/** Runs a command, sampling the process tree's memory every `everyMs` until it exits. */
export function runMeasured(
  command: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; everyMs?: number },
): Promise<RunResult> {
  const timeFile = path.join(os.tmpdir(), `errdex-bench-time-${process.pid}`);
  const useTime = fs.existsSync(TIME_BIN);
  const [cmd, argv] = useTime
    ? [TIME_BIN, ['-f', '%U %S', '-o', timeFile, command, ...args]]
    : [command, args];
  const started = performance.now();
  const loadBefore = os.loadavg()[0] ?? 0;
  const child = spawn(cmd, argv, {
    cwd: opts.cwd,
    env: opts.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  let peak = 0;
  const sample = () => (peak = Math.max(peak, child.pid ? treeRss(child.pid) : 0));
  const timer = setInterval(sample, opts.everyMs ?? 200);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(timer);
      let cpuSeconds: number | null = null;
      if (useTime && fs.existsSync(timeFile)) {
        const [user, sys] = fs
          .readFileSync(timeFile, 'utf8')
          .trim()
          .split(/\s+/)
          .slice(-2)
          .map(Number);
        if (Number.isFinite(user) && Number.isFinite(sys)) cpuSeconds = (user ?? 0) + (sys ?? 0);
        fs.rmSync(timeFile, { force: true });
      }
      resolve({
        code: code ?? 1,
        wallSeconds: (performance.now() - started) / 1000,
        peakRssBytes: peak,
        cpuSeconds,
        load: [loadBefore, os.loadavg()[0] ?? 0],
        output,
      });
    });
  });
}

/**
 * CPU time of this process's main thread in ms (Linux schedstat, nanosecond precision), or null
 * elsewhere. Unlike process CPU it leaves out the garbage collector's and compiler's helper
 * threads, and unlike wall time it does not grow while other programs hold the CPU: what a page
 * would spend on its one thread.
 */
export function mainThreadCpu(): number | null {
  try {
    const ns = Number(
      fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0],
    );
    return Number.isFinite(ns) ? ns / 1e6 : null;
  } catch {
    return null;
  }
}
