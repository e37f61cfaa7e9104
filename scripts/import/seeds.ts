import fs from 'node:fs';
import path from 'node:path';
import { parse8x8 } from './parse-8x8';
import { parseBandwidth } from './parse-bandwidth';
import { parseBlueJeans } from './parse-bluejeans';
import { parseRingCentral } from './parse-ringcentral';
import { parseVaspian } from './parse-vaspian';
import { SeedError, type SeedDocument } from './types';

/** Seed documents by their number prefix, and how many error rows each must yield (DESIGN.md). */
const SEEDS = [
  { prefix: '000_', parse: parseBlueJeans, expected: 38 },
  { prefix: '001_', parse: parseVaspian, expected: 20 },
  { prefix: '002_', parse: parseRingCentral, expected: 104 },
  { prefix: '003_', parse: parseBandwidth, expected: 27 },
  { prefix: '004_', parse: parse8x8, expected: 83 },
] as const;

function defaultSeedsDir(): string {
  return path.resolve(process.env.ERRDEX_SEEDS_DIR ?? '../shared/seeds');
}

/** Reads and parses every seed; fails loudly on a missing document, an unclassified line or a wrong count. */
export function readSeeds(
  dir: string = defaultSeedsDir(),
): (SeedDocument & { document: string })[] {
  if (!fs.existsSync(dir))
    throw new SeedError(dir, 0, 'seed directory not found (set ERRDEX_SEEDS_DIR)');
  const files = fs.readdirSync(dir).sort();
  return SEEDS.map(({ prefix, parse, expected }) => {
    const document = files.find((f) => f.startsWith(prefix));
    if (!document)
      throw new SeedError(path.join(dir, `${prefix}*.txt`), 0, 'seed document not found');
    const parsed = parse(document, fs.readFileSync(path.join(dir, document), 'utf8'));
    if (parsed.rows.length !== expected)
      throw new SeedError(
        document,
        0,
        `expected ${expected} error rows, read ${parsed.rows.length}`,
      );
    return { ...parsed, document };
  });
}
