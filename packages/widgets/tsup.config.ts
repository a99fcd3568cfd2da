import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { buildConstants } from './build-options.mjs';

const components = readdirSync('src/components');

// AK_TYPES_BUILT: the release rehearsal reuses the declarations of the build before it (they name no
// version) and builds only the code again under the new version.
const typesBuilt = process.env.AK_TYPES_BUILT === '1';

export default defineConfig([
  {
    // The npm build: one module per source file, lit and core left to the app's bundler. Only the
    // registering modules have side effects (package.json `sideEffects`), so an app keeps what it uses.
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.d.ts', '!src/embed.ts', '!src/training.ts'],
    format: ['esm'],
    bundle: false,
    splitting: false,
    dts: typesBuilt
      ? false
      : {
          entry: {
            index: 'src/index.ts',
            define: 'src/define.ts',
            // The types of the browser files, in the same program. Their code is built by
            // scripts/build-embed.mjs, which needs this split build's output to write the loader.
            embed: 'src/embed.ts',
            'embed-patch': 'src/internal/apply-patch.ts',
            training: 'src/training.ts',
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
]);
