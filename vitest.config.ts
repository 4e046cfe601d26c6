import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/{src,test}/**/*.test.ts', 'apps/*/{src,test}/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Verbose lists every test, so the run shows each database test on [sqlite] and [postgres].
    reporters: [process.env.CI ? 'verbose' : 'default', './scripts/vitest-summary.ts'],
  },
});
