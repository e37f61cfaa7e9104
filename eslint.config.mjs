import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** The faces above lib/. */
const FACES = ['@/app/*', '@/components/*', '@/cli/*', 'react', 'react-dom', 'next', 'next/*'];
const NODE = {
  group: ['node:*'],
  message: 'lib/ code the browser uses cannot import Node modules.',
};
const ZOD = {
  group: ['zod'],
  allowTypeImports: true,
  message: 'Keep zod out of the browser bundles: import its types, take the value as a parameter.',
};
/** lib/ modules only the build and the CLI run (they read content from disk, hash styles). */
const BUILD_ONLY = ['lib/catalog/load.ts', 'lib/catalog/server.ts', 'lib/code-page-html.ts'];

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'out/**',
      'dist/**',
      'generated/**',
      '.bench/**',
      '.lighthouse/**',
      'next-env.d.ts',
      'playwright-report/**',
      'test-results/**',
    ],
  },
  {
    // lib/ is shared by the browser and the CLI: it must not reach up into the faces above it.
    files: ['lib/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: FACES }] }] },
  },
  {
    // What the browser bundles from lib/ cannot use Node's modules: only the build-side loaders
    // (and tests) read files or hash.
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.test.ts', ...BUILD_ONLY],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: FACES }, NODE] }] },
  },
  {
    // The decoder, search and namespace modules run in the page and its worker: zod (about 25 KB
    // gzip) stays out of them; a schema is built from the zod the build passes in.
    files: ['lib/decode/**/*.ts', 'lib/search/**/*.ts', 'lib/namespaces/**/*.ts'],
    ignores: ['lib/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: FACES }, NODE, ZOD] }] },
  },
];

export default config;
