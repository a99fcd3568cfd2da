import { defineConfig } from 'tsup';
import { buildConstants } from './build-constants.js';

export default defineConfig([
  {
    // The npm build: one module per entry, lit and core left to the consumer's bundler.
    entry: { index: 'src/index.ts', define: 'src/define.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    define: buildConstants,
    external: ['lit', /^lit\//, /^@lit\//, '@anders-kijken/core'],
  },
  {
    // The embed build: one self-contained file for a script tag.
    entry: { embed: 'src/embed.ts' },
    format: ['esm'],
    minify: true,
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    define: buildConstants,
    noExternal: [/.*/],
    platform: 'browser',
  },
]);
