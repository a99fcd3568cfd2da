import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ESM only: Node 20.19 and later load it from `require` too, so a CommonJS app and an ES module
    // app share one copy (an error from either is `instanceof` the same class).
    // ESM stays one module per source file: with `sideEffects: false`, a bundler then drops every
    // module an app does not use, so `assess` alone ships no zod schemas.
    entry: ['src/**/*.ts', '!src/**/*.test.ts'],
    format: ['esm'],
    bundle: false,
    splitting: false,
    dts: {
      entry: {
        index: 'src/index.ts',
        'assess/index': 'src/assess/index.ts',
        'training/index': 'src/training/index.ts',
      },
    },
    sourcemap: true,
    clean: false,
    target: 'es2022',
  },
]);
