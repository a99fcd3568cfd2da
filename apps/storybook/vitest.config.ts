import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '@anders-kijken/test-browser';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// Every story is a test in Chromium: it must render, pass its play function and have no axe-core violation;
// a story tagged `visual` must also match its baseline images (.storybook/vitest.setup.ts).
export default defineConfig({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
  test: {
    name: 'storybook',
    setupFiles: ['.storybook/vitest.setup.ts'],
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
    browser: {
      enabled: true,
      headless: true,
      // A window taller than any story, so a test frame sized to a story is never scaled down to fit:
      // visual baselines are taken at the story's real size.
      provider: playwright({
        launchOptions: chromiumLaunchOptions(),
        contextOptions: { viewport: { width: 1400, height: 12000 } },
      }),
      instances: [{ browser: 'chromium' }],
      screenshotFailures: false,
      // Anti-aliasing may differ a little, a layout may not.
      expect: {
        toMatchScreenshot: {
          comparatorName: 'pixelmatch',
          comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.002 },
        },
      },
    },
  },
});
