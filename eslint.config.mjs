import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@/app/*',
            '@/components/*',
            '@/cli/*',
            'react',
            'react-dom',
            'next',
            'next/*',
          ],
        },
      ],
    },
  },
];

export default config;
