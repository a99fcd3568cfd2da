import { chromiumLaunchOptions } from '@anders-kijken/test-browser';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { buildConstants } from './build-options.mjs';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
    projects: [
      {
        define: buildConstants,
        // Component tests run against the sources of core and widgets, never a built dist/.
        resolve: { conditions: ['@anders-kijken/source', ...defaultClientConditions] },
        // Named up front, so Vite does not find it mid-run and reload the page under a test.
        optimizeDeps: { include: ['lit/directive.js'] },
        test: {
          name: 'components',
          include: ['src/**/*.test.ts', 'test/*.test.ts'],
          setupFiles: ['test/setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            // A window taller than any widget, so a test frame sized to a widget is never scaled down
            // to fit. (Visual baselines are taken from the stories: apps/storybook/.storybook/vitest.setup.ts.)
            provider: playwright({
              launchOptions: chromiumLaunchOptions(),
              contextOptions: { viewport: { width: 1400, height: 7000 } },
            }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
      {
        // What a consumer gets: the built package, bundled, served and loaded in a real page.
        test: { name: 'package', include: ['test/package/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
    ],
  },
});
