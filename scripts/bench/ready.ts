/**
 * `tsx scripts/bench/ready.ts <search-data.json>`: index ready in a fresh process, as in a page
 * on first use (a small heap, nothing else's garbage to collect): read the file, parse, unpack,
 * build. Prints one JSON line: wall, main-thread CPU and process CPU in ms.
 */
import fs from 'node:fs';
import { createSearchIndex, unpackSearchData } from '@/lib/search';
import { mainThreadCpu } from './proc';

/** One run's timings in ms; `thread` is null off Linux. */
export type ReadyTiming = { wall: number; thread: number | null; cpu: number };

function main(file: string) {
  const raw = fs.readFileSync(file, 'utf8');
  const thread = mainThreadCpu();
  const cpu = process.cpuUsage();
  const start = performance.now();
  createSearchIndex(unpackSearchData(JSON.parse(raw)));
  const wall = performance.now() - start;
  const after = mainThreadCpu();
  const used = process.cpuUsage(cpu);
  const timing: ReadyTiming = {
    wall,
    thread: thread !== null && after !== null ? after - thread : null,
    cpu: (used.user + used.system) / 1000,
  };
  console.log(JSON.stringify(timing));
}

const file = process.argv[2];
if (file) main(file);
