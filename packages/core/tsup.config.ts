import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ESM stays one module per source file: with `sideEffects: false`, a bundler then drops every
    // module an app does not use, so `assess` alone ships no zod schemas.
    entry: ['src/**/*.ts', '!src/**/*.test.ts'],
    format: ['esm'],
    bundle: false,
    splitting: false,
    dts: { entry: 'src/index.ts' },
    sourcemap: true,
    clean: false,
    target: 'es2022',
  },
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
  },
]);
