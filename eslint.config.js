// @ts-check
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Host globals with no place in core: it runs in browsers, Node and workers alike, and touches no
 * page, storage or network. Core's tsconfig has no DOM lib either; this names the rule in the editor.
 */
const HOST_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'customElements',
  'HTMLElement',
  'Element',
  'Node',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'process',
  'Buffer',
  'require',
  'module',
  '__dirname',
  '__filename',
  'global',
].map((name) => ({ name, message: 'packages/core runs in any JavaScript host: no DOM, Node or network globals.' }));

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-server/**',
      'apps/example-angular/out/**',
      '**/node_modules/**',
      '**/.reports/**',
      '**/.turbo/**',
      '**/storybook-static/**',
      '**/coverage/**',
      '**/.readme/**',
      'apps/docs/.vitepress/cache/**',
      'apps/docs/src/api/**',
      'apps/docs/src/en/api/**',
      'apps/docs/src/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'packages/widgets/test/pages/**/*.js', 'apps/docs/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'apps/storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'apps/storybook/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'apps/storybook/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    // Core is pure: no DOM, no Node, no UI library; runtime code imports zod only through `zod/mini`.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', ...HOST_GLOBALS],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'packages/core runs in browsers: no node: imports.' },
            {
              regex: '^(fs|path|os|http|https|url|crypto|child_process)$',
              message: 'packages/core runs in browsers: no Node built-ins.',
            },
            { regex: '^(lit|@lit/.*|lit/.*)$', message: 'packages/core has no UI: Lit belongs in packages/widgets.' },
            {
              regex: '^zod$',
              message:
                "Import 'zod/mini' (through src/schema/zod.ts): the classic zod API adds ~90 KB to every bundle.",
            },
          ],
        },
      ],
    },
  },
  {
    // The engine knows nothing of criminal exploitation: it receives the catalogue as an argument.
    files: ['packages/core/src/engine/**/*.ts'],
    ignores: ['packages/core/src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)catalogue(/|$)',
              message: 'engine/ must not import catalogue/: pass the catalogue in as an argument.',
            },
            {
              regex: '(^|/)validate(/|$)',
              message: 'engine/ must not import validate/: validation builds on the engine, not the other way round.',
            },
            { regex: '^node:', message: 'packages/core runs in browsers: no node: imports.' },
            { regex: '^(lit|@lit/.*|lit/.*)$', message: 'packages/core has no UI: Lit belongs in packages/widgets.' },
            {
              regex: '^zod$',
              message:
                "Import 'zod/mini' (through src/schema/zod.ts): the classic zod API adds ~90 KB to every bundle.",
            },
          ],
        },
      ],
    },
  },
);
