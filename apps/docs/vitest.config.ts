import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser suites load every built page; the site is built before the tests run.
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
});
