import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { buildConstants } from './build-constants.js';

const components = readdirSync('src/components');

export default defineConfig([
  {
    // The npm build: one module per source file, lit and core left to the app's bundler. Only the
    // registering modules have side effects (package.json `sideEffects`), so an app keeps what it uses.
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.d.ts', '!src/embed.ts'],
    format: ['esm'],
    bundle: false,
    splitting: false,
    dts: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        ...Object.fromEntries(
          components.map((name) => [`components/${name}/define`, `src/components/${name}/define.ts`]),
        ),
      },
    },
    sourcemap: true,
    clean: false,
    target: 'es2022',
    define: buildConstants,
  },
  {
    // The embed build: one self-contained file for a script tag, lit and core inside.
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
