// What the builds, the tests and the benchmarks share. Plain JavaScript, so the build scripts run
// in Node without a compile step; build-options.d.mts gives its types.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** Compile-time constants shared by the build and the tests. */
export const buildConstants = { __AK_VERSION__: JSON.stringify(version) };

/**
 * Leaves the lazy `import('./apply-patch.js')` of a `patch` attribute and `import('./check-ruleset.js')`
 * of a ruleset given in code out of the element modules: each becomes a request for `embed-patch.js`
 * beside them, which exports both, so pages without a patch or a ruleset of their own never load the
 * schemas.
 * @type {import('esbuild').Plugin}
 */
export const lazyPatch = {
  name: 'lazy-patch',
  setup(build) {
    build.onResolve({ filter: /\/(apply-patch|check-ruleset)\.js$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: './embed-patch.js', external: true } : undefined,
    );
  },
};

/**
 * What every browser file shares: bundled with lit and core inside, minified, for current browsers.
 * @type {import('esbuild').BuildOptions}
 */
export const browserBundle = {
  bundle: true,
  minify: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'browser',
  define: buildConstants,
  logLevel: 'warning',
};
