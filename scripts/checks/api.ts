/**
 * `npx tsx scripts/checks/api.ts [dir]`: over the export just built, every entry's
 * `<entry path>.json` equals its `/catalog.json` item plus `version`, every entry has its `.md`
 * twin, every `/code/<token>/` page its `.json`, and for a sample of tokens that JSON is byte
 * for byte what the built CLI prints for `errdex lookup <token> --json`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { codeDataPath, entryDataPath, entryMarkdownPath } from '@/lib/urls';

/** Every how-many-th token the check runs the CLI for (each run starts a process). */
const SAMPLE_EVERY = 20;

const root = path.resolve(process.argv[2] ?? 'out');
const cli = path.resolve('dist', 'cli', 'errdex.mjs');
try {
  const file = (sitePath: string) => path.join(root, ...decodeURIComponent(sitePath).split('/'));
  const catalog = JSON.parse(fs.readFileSync(path.join(root, 'catalog.json'), 'utf8')) as {
    version: number;
    entries: { url: string }[];
  };
  const problems: string[] = [];
  for (const entry of catalog.entries) {
    const json = file(entryDataPath(entry));
    if (!fs.existsSync(json)) problems.push(`${entryDataPath(entry)}: missing`);
    else if (
      !isDeepStrictEqual(JSON.parse(fs.readFileSync(json, 'utf8')), {
        version: catalog.version,
        ...entry,
      })
    )
      problems.push(`${entryDataPath(entry)}: differs from its /catalog.json entry plus version`);
    if (!fs.existsSync(file(entryMarkdownPath(entry))))
      problems.push(`${entryMarkdownPath(entry)}: missing`);
  }
  const tokens = fs
    .readdirSync(path.join(root, 'code'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  let sampled = 0;
  tokens.forEach((token, i) => {
    const json = file(codeDataPath(token));
    if (!fs.existsSync(json)) return problems.push(`${codeDataPath(token)}: missing`);
    if (i % SAMPLE_EVERY !== 0) return;
    sampled++;
    const printed = execFileSync(process.execPath, [cli, 'lookup', token, '--json'], {
      encoding: 'utf8',
    });
    if (fs.readFileSync(json, 'utf8') !== printed)
      problems.push(`${codeDataPath(token)}: differs from \`errdex lookup ${token} --json\``);
  });
  for (const p of problems) console.error(p);
  console.log(
    `api: ${catalog.entries.length} entry .json and .md, ${tokens.length} /code/ .json (${sampled} compared with the CLI): ${problems.length} problems`,
  );
  if (problems.length) process.exit(1);
} catch (error) {
  console.error(`api: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
