import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: [
      'lib/**/*.test.ts',
      'scripts/**/*.test.ts',
      'cli/**/*.test.ts',
      'components/**/*.test.ts',
    ],
    environment: 'node',
  },
});
