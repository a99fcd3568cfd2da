import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One Chromium for every browser test file, which each connect to (test/site.ts).
    globalSetup: ['test/chromium-server.ts'],
    // The browser suites load built pages in Chromium; the site is built before the tests run.
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
});
