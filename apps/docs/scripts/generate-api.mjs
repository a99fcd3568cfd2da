import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Application, OptionDefaults } from 'typedoc';

/** The published packages whose TSDoc becomes the API reference. */
const PACKAGES = [
  { name: 'core', dir: 'core', entry: 'packages/core/src/index.ts', title: '@anders-kijken/core' },
  {
    name: 'core-assess',
    dir: 'core',
    entry: 'packages/core/src/assess/index.ts',
    title: '@anders-kijken/core/assess',
  },
  {
    name: 'core-training',
    dir: 'core',
    entry: 'packages/core/src/training/index.ts',
    title: '@anders-kijken/core/training',
  },
  { name: 'widgets', dir: 'widgets', entry: 'packages/widgets/src/index.ts', title: '@anders-kijken/widgets' },
];

/** The JSDoc tags of the custom-elements manifest; the manifest, not TypeDoc, reads them. */
/** @type {`@${string}`[]} */
const WEB_COMPONENT_TAGS = [
  '@tagname',
  '@summary',
  '@status',
  '@event',
  '@slot',
  '@csspart',
  '@cssproperty',
  '@cssstate',
];

/**
 * TypeDoc writes `#fallback_stylesheet` for a heading VitePress slugs as `fallback-stylesheet`:
 * the site's slugifier turns underscores into hyphens, so links to constants would break.
 * @param {string} file
 */
function matchAnchorsToHeadings(file) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text.replace(/\]\(([^)#\s]*)#([a-z0-9_-]+)\)/g, (_, page, anchor) => `](${page}#${anchor.replace(/_+/g, '-')})`),
  );
}

/**
 * Markdown API reference generated from the TSDoc of each package's public entry, with TypeDoc
 * and typedoc-plugin-markdown, into `out/<package>/`, plus an index page.
 * @param {string} repo @param {string} out
 * @returns {Promise<string[]>} the pages written, relative to `out`
 */
export async function generateApi(repo, out) {
  for (const pkg of PACKAGES) {
    // typedoc-plugin-markdown adds options TypeDoc's own type does not list.
    const options = /** @type {Partial<import('typedoc').TypeDocOptions>} */ ({
      entryPoints: [join(repo, pkg.entry)],
      tsconfig: join(repo, 'packages', pkg.dir, 'tsconfig.json'),
      plugin: ['typedoc-plugin-markdown'],
      out: join(out, pkg.name),
      name: pkg.title,
      readme: 'none',
      entryFileName: 'index',
      hidePageHeader: true,
      hideBreadcrumbs: true,
      useCodeBlocks: true,
      excludePrivate: true,
      excludeExternals: true,
      excludeInternal: true,
      disableSources: true,
      logLevel: 'Warn',
      // The typecheck task checks these sources; a second full check per page cost the build time.
      skipErrorChecking: true,
      blockTags: [...OptionDefaults.blockTags, ...WEB_COMPONENT_TAGS],
      // One page per package: the reference reads top to bottom and search finds every name.
      outputFileStrategy: 'modules',
      publicPath: `/api/${pkg.name}/`,
    });
    const app = await Application.bootstrapWithPlugins(options);
    const project = await app.convert();
    if (!project) throw new Error(`TypeDoc could not read ${pkg.entry}`);
    await app.generateOutputs(project);
    matchAnchorsToHeadings(join(out, pkg.name, 'index.md'));
  }
  writeFileSync(
    join(out, 'index.md'),
    [
      '# API reference',
      '',
      'Generated from the TSDoc comments of the public entry points at every build.',
      '',
      ...PACKAGES.map((pkg) => `- [${pkg.title}](./${pkg.name}/index.md)`),
      '',
    ].join('\n'),
  );
  return ['index.md', ...PACKAGES.map((pkg) => `${pkg.name}/index.md`)];
}
