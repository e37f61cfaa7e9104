import type { KnipConfig } from 'knip';

/**
 * `npx knip` (a step of scripts/check.sh): files, exports and dependencies nothing uses.
 * Next (app/ routes, next.config), Vitest (vitest.config includes), Playwright (e2e/), ESLint
 * and PostCSS are found by knip's plugins, and the package.json scripts name most entries; the
 * entries below are the ones only a path string reaches.
 */
const config: KnipConfig = {
  entry: [
    // Bundled by scripts/build/build-cli.ts (esbuild entryPoints): the command and the library.
    'cli/errdex.ts',
    'cli/api.ts',
    // Spawned by bench-search in a fresh process, by path.
    'scripts/bench/ready.ts',
    // Started by a `new Worker(new URL(…))` in decoder-client.tsx.
    'app/decode/decode.worker.ts',
    // Started by a `new Worker(…)` in components/search-index.ts (and bundled for reading pages).
    'components/search.worker.ts',
    // Bundled by scripts/build/postbuild-reading-pages.ts: the reading pages' script and the
    // search leaf it loads on first use.
    'components/reading-page-boot.ts',
    'components/search-box-island.tsx',
    // Steps of scripts/check.sh over the export.
    'scripts/checks/feeds.ts',
    'scripts/checks/api.ts',
    // Run by hand to refresh the Lighthouse gate's fixtures from a gate run's reports.
    'scripts/checks/lighthouse/trim.ts',
  ],
  // Code, and CSS and MDX for their imports; content/ is data the build reads (none of it imports),
  // public/ is served as is, fixtures are read by tests.
  project: ['**/*.{ts,tsx,mjs,css,mdx}', '!content/**', '!**/fixtures/**'],
  // ensureTimeBinary (scripts/bench/proc.ts) installs Debian's `time` with the system's apt-get.
  ignoreBinaries: ['apt-get'],
  compilers: {
    // Follow the CSS `@import`s (app/globals.css imports tailwindcss).
    css: (text: string) => [...text.matchAll(/(?<=@)import[^;]+/g)].join('\n'),
  },
};

export default config;
