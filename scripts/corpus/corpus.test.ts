import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { loadCorpus } from './load';
import { corpusKeys, judge, libraryRunner } from './run';

/**
 * Every item of `corpus/*.yaml`, run as a user would meet it: decode items through the
 * library and through the built command (`errdex decode --json`), search items through
 * lib/search. Each test is named by the item's id and says what was got when it fails.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
// Other test files rebuild dist/ while this one runs: build-cli.ts replaces each file whole.
const bundle = path.join(root, 'dist', 'cli', 'errdex.mjs');
const catalog = loadCatalog(path.join(root, 'content'));
const runner = libraryRunner(catalog);
const items = loadCorpus(path.join(root, 'corpus'), runner.known);
const decodeItems = items.filter((i) => i.kind === 'decode');
const searchItems = items.filter((i) => i.kind === 'search');
const keyOfUrl = corpusKeys(catalog);

/** One `errdex decode --json` per input, a few at a time: the command decodes one stdin. */
async function decodeWithCli(inputs: string[], parallel = 4): Promise<string[][]> {
  const out: string[][] = new Array(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const i = next++;
      out[i] = await new Promise<string[]>((resolve, reject) => {
        const child = spawn(process.execPath, [bundle, 'decode', '--json']);
        let stdout = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
        child.on('error', reject);
        child.on('close', () => {
          try {
            const body = JSON.parse(stdout) as { matches: { url: string }[] };
            resolve(body.matches.map((m) => keyOfUrl.get(m.url) ?? m.url));
          } catch {
            resolve([`(not JSON: ${stdout.slice(0, 80)})`]);
          }
        });
        child.stdin.end(inputs[i]);
      });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return out;
}

let fromCli: string[][] = [];
beforeAll(async () => {
  execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'scripts', 'build', 'build-cli.ts')],
    { cwd: root },
  );
  fromCli = await decodeWithCli(decodeItems.map((i) => i.input));
}, 180_000);

const show = (keys: string[]) => `[${keys.join(', ')}]`;

describe('the corpus', () => {
  it('has decode items, search items and bodies of other APIs', () => {
    expect(decodeItems.length).toBeGreaterThan(0);
    expect(searchItems.length).toBeGreaterThan(0);
    expect(decodeItems.some((i) => i.expect.length === 0)).toBe(true);
  });
});

describe('decode items: the library finds exactly the expected matches, in order', () => {
  it.each(decodeItems.map((i) => [i.id, i] as const))('%s', (id, item) => {
    const got = runner.decode(item.input);
    expect(
      judge(item, got).exact,
      `${id} (${item.file}): expected ${show(item.expect)}, got ${show(got)}`,
    ).toBe(true);
  });
});

describe('decode items: errdex decode --json finds exactly the expected matches, in order', () => {
  it.each(decodeItems.map((i, n) => [i.id, n] as const))('%s', (id, n) => {
    const item = decodeItems[n]!;
    const got = fromCli[n] ?? [];
    expect(
      judge(item, got).exact,
      `${id} (${item.file}): expected ${show(item.expect)}, got ${show(got)}`,
    ).toBe(true);
  });
});

describe('search items: an expected entry is in the top 3', () => {
  it.each(searchItems.map((i) => [i.id, i] as const))('%s', (id, item) => {
    const got = runner.search(item.input);
    // A known miss (its `miss:` says why) must still miss: once it passes, the mark must go.
    expect(
      judge(item, got).hit3,
      item.miss
        ? `${id} (${item.file}) now finds ${show(got.slice(0, 3))}: remove its "miss" mark`
        : `${id} (${item.file}): expected one of ${show(item.expect)}, got ${show(got.slice(0, 3))}`,
    ).toBe(!item.miss);
  });

  it('marks misses only on search items, and few of them', () => {
    expect(decodeItems.filter((i) => i.miss).map((i) => i.id)).toEqual([]);
    expect(searchItems.filter((i) => i.miss).length).toBeLessThanOrEqual(searchItems.length / 10);
  });
});
