/**
 * `npx tsx scripts/checks/api.ts [dir]`: over the export just built, every vendor entry's and
 * standard code's `<entry path>.json` equals its `/catalog.json` item plus `version`, each has
 * its `.md` twin, every `/code/<token>/` page its `.json`, and for a sample of tokens (and the
 * standard tokens below, always) that JSON is byte for byte what the built CLI prints for
 * `errdex lookup <token> --json`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { codeDataPath, entryDataPath, entryMarkdownPath } from '@/lib/urls';

/** Every how-many-th token the check runs the CLI for (each run starts a process). */
const SAMPLE_EVERY = 20;

/** Tokens of the standards, each form a log may show (name, hex, decimal, prefixed), always compared. */
const STANDARD_TOKENS = [
  'sip-486',
  '486',
  '17',
  'esme_rthrottled',
  '0x00000058',
  '0x58',
  '88',
  'user_busy',
];

type Item = { url: string };

const root = path.resolve(process.argv[2] ?? 'out');
const cli = path.resolve('dist', 'cli', 'errdex.mjs');
const file = (sitePath: string) => path.join(root, ...decodeURIComponent(sitePath).split('/'));

/** Problems with the data file and Markdown twin of each item of `/catalog.json`. */
function itemProblems(items: Item[], version: number): string[] {
  const problems: string[] = [];
  for (const item of items) {
    const json = file(entryDataPath(item));
    if (!fs.existsSync(json)) problems.push(`${entryDataPath(item)}: missing`);
    else if (!isDeepStrictEqual(JSON.parse(fs.readFileSync(json, 'utf8')), { version, ...item }))
      problems.push(`${entryDataPath(item)}: differs from its /catalog.json item plus version`);
    const md = file(entryMarkdownPath(item));
    if (!fs.existsSync(md)) problems.push(`${entryMarkdownPath(item)}: missing`);
    else if (!fs.readFileSync(md, 'utf8').startsWith('# '))
      problems.push(`${entryMarkdownPath(item)}: does not start with a title`);
  }
  return problems;
}

/** Whether `/code/<token>.json` is what the built CLI prints (the exit status aside). */
function sameAsCli(token: string): boolean {
  let printed: string;
  try {
    printed = execFileSync(process.execPath, [cli, 'lookup', token, '--json'], {
      encoding: 'utf8',
    });
  } catch (error) {
    // Exit 1 (nothing matched) still prints the JSON object.
    printed = String((error as { stdout?: unknown }).stdout ?? '');
  }
  return fs.readFileSync(file(codeDataPath(token)), 'utf8') === printed;
}

try {
  const catalog = JSON.parse(fs.readFileSync(path.join(root, 'catalog.json'), 'utf8')) as {
    version: number;
    entries: Item[];
    standards?: { codes: Item[] };
  };
  const standards = catalog.standards?.codes ?? [];
  const problems = [
    ...itemProblems(catalog.entries, catalog.version),
    ...itemProblems(standards, catalog.version),
  ];
  if (standards.length === 0) problems.push('catalog.json: no standards.codes');
  const tokens = fs
    .readdirSync(path.join(root, 'code'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const compared = new Set(tokens.filter((_, i) => i % SAMPLE_EVERY === 0));
  for (const token of STANDARD_TOKENS) {
    if (!tokens.includes(token)) problems.push(`/code/${token}/: missing`);
    compared.add(token);
  }
  for (const token of tokens)
    if (!fs.existsSync(file(codeDataPath(token)))) problems.push(`${codeDataPath(token)}: missing`);
  let sampled = 0;
  for (const token of compared) {
    if (!fs.existsSync(file(codeDataPath(token)))) continue;
    sampled++;
    if (!sameAsCli(token))
      problems.push(`${codeDataPath(token)}: differs from \`errdex lookup ${token} --json\``);
  }
  for (const p of problems) console.error(p);
  console.log(
    `api: ${catalog.entries.length} entry and ${standards.length} standard code .json and .md, ${tokens.length} /code/ .json (${sampled} compared with the CLI): ${problems.length} problems`,
  );
  if (problems.length) process.exit(1);
} catch (error) {
  console.error(`api: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
