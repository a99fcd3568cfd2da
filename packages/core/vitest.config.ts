import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
    // The property tests run 1,000 inputs each, and CI runs two packages' tests at once on two cores:
    // 5 s is a measure of the machine's load there, not of a hang (a hang still fails, at 30 s).
    testTimeout: 30_000,
    // Core is pure modules with no DOM and no globals: the test files of a worker share one module
    // graph, as an app's imports do (its caches are keyed by ruleset), instead of importing core
    // again for each of its 38 files. That halved the suite's CPU time (54 → 29 CPU-s).
    pool: 'threads',
    isolate: false,
    restoreMocks: true,
  },
});
