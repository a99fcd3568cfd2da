import { readdirSync } from 'node:fs';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { buildConstants } from './build-constants.js';

const components = readdirSync('src/components');

/**
 * Leaves the lazy `import('./apply-patch.js')` of a `patch` attribute and `import('./check-ruleset.js')`
 * of a ruleset given in code out of embed.js: each becomes a request for `embed-patch.js` beside it,
 * which exports both, so pages without a patch or a ruleset of their own never load the schemas.
 */
export const lazyPatch: Plugin = {
  name: 'lazy-patch',
  setup(build) {
    build.onResolve({ filter: /\/(apply-patch|check-ruleset)\.js$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: './embed-patch.js', external: true } : undefined,
    );
  },
};

/** What both browser bundles share: minified, for current browsers, with lit and core inside. */
const browserBundle: Options = {
  minify: true,
  sourcemap: true,
  clean: false,
  target: 'es2022',
  define: buildConstants,
  noExternal: [/.*/],
  platform: 'browser',
};

export default defineConfig([
  {
    // The npm build: one module per source file, lit and core left to the app's bundler. Only the
    // registering modules have side effects (package.json `sideEffects`), so an app keeps what it uses.
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.d.ts', '!src/embed.ts', '!src/training.ts'],
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
    // The embed build: one self-contained file for a script tag, lit and core inside; and
    // embed-patch.js beside it, the schemas and `extendRuleset` that only a `patch` attribute needs;
    // and training.js, the practice widgets with their cases, for the pages that use them.
    entry: { embed: 'src/embed.ts', 'embed-patch': 'src/internal/apply-patch.ts', training: 'src/training.ts' },
    format: ['esm'],
    splitting: false,
    esbuildPlugins: [lazyPatch],
    dts: true,
    ...browserBundle,
  },
  {
    // The classic build, for a CMS that only allows <script src> without type="module": one IIFE with
    // everything inside, including what embed-patch.js holds, so it puts nothing on `window`.
    entry: { 'embed-classic': 'src/embed.ts' },
    format: ['iife'],
    outExtension: () => ({ js: '.js' }),
    ...browserBundle,
  },
]);
