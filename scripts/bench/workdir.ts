import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Not copied into the bench's work copy: build output, installs, VCS, the real content. */
const SKIP = new Set([
  '.git',
  '.next',
  '.bench',
  '.lighthouse',
  'out',
  'dist',
  'generated',
  'node_modules',
  'content',
  'test-results',
  'playwright-report',
]);

/**
 * A copy of the project under `<project>/.bench/repo`: the bench builds there, so the real
 * `.next/` and `out/` are never touched. Measured alternatives and why they lose: a symlinked
 * `node_modules` is outside the copy's root, so Turbopack either cannot find `next` or (without
 * a lockfile in the copy) takes the whole project as its root and peaks at 3x the memory. So
 * `node_modules` is hard-linked (seconds, no extra disk), and the copy is a git repository
 * because Tailwind honours `.gitignore` only inside one: without it, it scans `.next/` and
 * `node_modules/` and its worker grows from ~85 MB to ~700 MB.
 */
export function prepareWorkCopy(project: string, target: string): void {
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const name of fs.readdirSync(project)) {
    if (SKIP.has(name) || name.endsWith('.tsbuildinfo')) continue;
    fs.cpSync(path.join(project, name), path.join(target, name), { recursive: true });
  }
  const modules = path.join(project, 'node_modules');
  const linked = spawnSync('cp', ['-al', modules, path.join(target, 'node_modules')]);
  if (linked.status !== 0)
    fs.cpSync(modules, path.join(target, 'node_modules'), {
      recursive: true,
      verbatimSymlinks: true,
    });
  const git = spawnSync('git', ['init', '-q', target]);
  if (git.status !== 0)
    console.warn(
      'bench: `git init` failed; Tailwind will scan ignored folders and memory reads high',
    );
}

/** Total bytes and number of files under a directory, and its largest HTML page. */
export function dirStats(dir: string): {
  bytes: number;
  files: number;
  largestHtml: { file: string; bytes: number };
} {
  let bytes = 0;
  let files = 0;
  let largestHtml = { file: '', bytes: 0 };
  for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    files++;
    const size = fs.statSync(path.join(d.parentPath, d.name)).size;
    bytes += size;
    if (d.name.endsWith('.html') && size > largestHtml.bytes)
      largestHtml = { file: path.relative(dir, path.join(d.parentPath, d.name)), bytes: size };
  }
  return { bytes, files, largestHtml };
}

/**
 * The search data the site ships: a file under `out/` named for search that is data, not a
 * page (the `/search/` route's own HTML and RSC payloads are pages). Null when there is none.
 */
export function findSearchData(outDir: string): { file: string; bytes: number }[] {
  const found: { file: string; bytes: number }[] = [];
  for (const d of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const rel = path.relative(outDir, path.join(d.parentPath, d.name)).split(path.sep).join('/');
    if (rel.startsWith('search/') || rel.startsWith('_next/')) continue;
    if (/search/i.test(rel) && /\.(json|bin|txt|dat)$/.test(rel))
      found.push({ file: rel, bytes: fs.statSync(path.join(outDir, rel)).size });
  }
  return found;
}
