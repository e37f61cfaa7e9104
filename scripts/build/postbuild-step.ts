import fs from 'node:fs';
import path from 'node:path';

/** The static export the postbuild steps rewrite. */
const OUT = path.resolve(import.meta.dirname, '..', '..', 'out');

/**
 * Runs a postbuild step when its file is the script node was started with (tests import the
 * steps instead): fails with one line naming the step when out/ is missing or the step throws,
 * and prints what it did and how long it took.
 */
export function runPostbuildStep(file: string, name: string, step: (out: string) => string): void {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== path.resolve(file)) return;
  try {
    if (!fs.existsSync(path.join(OUT, 'index.html')))
      throw new Error('out/ has no index.html: run `next build` first');
    const started = performance.now();
    const done = step(OUT);
    console.log(`${name}: ${done} (${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
