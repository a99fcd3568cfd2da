import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
    // The property tests run 1,000 inputs each, and CI runs two packages' tests at once on two cores:
    // 5 s is a measure of the machine's load there, not of a hang (a hang still fails, at 30 s).
    testTimeout: 30_000,
  },
});
