/**
 * The site the gate serves: a copy of out/ with, for each audited reading page, its twin (the
 * same HTML without any script) under /__twin/, and the framework floor under /__floor/. Served
 * from one server in one run, a page and what it is measured against share the host's speed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { withoutScripts } from '../../build/reading-pages';

const TWIN_PREFIX = '/__twin';
export const FLOOR_PATH = '/__floor/';

function fileOf(dir: string, sitePath: string): string {
  const p = sitePath.split('?')[0]!;
  return path.join(dir, p, p.endsWith('/') ? 'index.html' : '');
}

export function twinPath(page: string): string {
  return TWIN_PREFIX + page;
}

/** Copies `outDir` to `siteDir` and adds the twins of `readingPages` and the floor page. */
export function prepareSite(
  outDir: string,
  siteDir: string,
  readingPages: string[],
  floorFile: string,
): void {
  fs.rmSync(siteDir, { recursive: true, force: true });
  fs.cpSync(outDir, siteDir, { recursive: true });
  for (const page of readingPages) {
    const twin = fileOf(siteDir, twinPath(page));
    fs.mkdirSync(path.dirname(twin), { recursive: true });
    fs.writeFileSync(twin, withoutScripts(fs.readFileSync(fileOf(outDir, page), 'utf8')));
  }
  if (!fs.existsSync(floorFile))
    throw new Error(`${floorFile} is missing: run \`npm run build\` (app/framework-floor/)`);
  const floor = fileOf(siteDir, FLOOR_PATH);
  fs.mkdirSync(path.dirname(floor), { recursive: true });
  fs.copyFileSync(floorFile, floor);
}
