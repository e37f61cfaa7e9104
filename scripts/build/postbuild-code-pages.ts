/**
 * Writes `/code/<token>/index.html` for every code, name and number after `next build`: plain
 * HTML from `lib/code-page-html.ts`, one small file per token instead of a routed page (its
 * HTML, RSC payload files and ~137 KB of scripts). Runs after postbuild-csp: these pages carry
 * their own, stricter policy (no script at all). See README "Budgets and benchmarks".
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CatalogView } from '@/lib/catalog/index';
import { getCatalog } from '@/lib/catalog/server';
import { codePageHtml } from '@/lib/code-page-html';
import { SITE_NAME, SITE_URL } from '@/lib/site';
import { runPostbuildStep } from './postbuild-step';

/** A token names one directory under out/code/: nothing that could climb out of it or nest. */
export function unsafeToken(token: string): boolean {
  return token === '' || token === '.' || token === '..' || /[/\\\0]/.test(token);
}

/** Replaces out/code/ with one page per token; returns how many it wrote. */
export function writeCodePages(outDir: string, catalog: CatalogView): number {
  const site = {
    name: SITE_NAME,
    url: SITE_URL,
    namespaceName: catalog.getNamespaceLabel,
  };
  const root = path.join(outDir, 'code');
  fs.rmSync(root, { recursive: true, force: true });
  let written = 0;
  for (const [token, entries] of catalog.getCodePaths()) {
    if (unsafeToken(token)) throw new Error(`the code "${token}" cannot be a /code/ directory`);
    const html = codePageHtml(token, entries, site);
    if (html === null) continue;
    fs.mkdirSync(path.join(root, token), { recursive: true });
    fs.writeFileSync(path.join(root, token, 'index.html'), html);
    written++;
  }
  return written;
}

runPostbuildStep(
  import.meta.filename,
  'code pages',
  (out) => `${writeCodePages(out, getCatalog())} written`,
);
