import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One rehearsal: copy, version, build, publish, install, render. Its steps take minutes, not seconds.
    testTimeout: 180_000,
    hookTimeout: 600_000,
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
});
