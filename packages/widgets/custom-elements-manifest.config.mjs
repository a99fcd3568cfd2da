// The custom-elements manifest: attributes, properties, events, parts, custom properties and slots
// of every element, read from the JSDoc in src/components. Storybook, the docs, the framework types
// and editors read it; it describes what the package ships, so its paths are those in dist/.
const toDist = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');

/** Rewrites every `path` and `module` in the manifest from the TypeScript source to the built file. */
function distPaths(node) {
  if (Array.isArray(node)) node.forEach(distPaths);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
      else distPaths(value);
    }
}

export default {
  globs: ['src/components/*/ak-*.ts', 'src/internal/ak-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.texts.ts'],
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'dist-paths-and-definitions',
      packageLinkPhase({ customElementsManifest }) {
        const manifest = customElementsManifest;
        // Each element is registered by the define.js beside it: say so, so a tool can map a tag to
        // the module that defines it.
        const definitions = [];
        for (const module of manifest.modules)
          for (const declaration of module.declarations ?? [])
            if (declaration.tagName)
              definitions.push({
                kind: 'javascript-module',
                path: module.path.replace(/[^/]+\.ts$/, 'define.ts'),
                declarations: [],
                exports: [
                  {
                    kind: 'custom-element-definition',
                    name: declaration.tagName,
                    declaration: { name: declaration.name, module: module.path },
                  },
                ],
              });
        manifest.modules.push(...definitions);
        distPaths(manifest);
        // Globs list files in whatever order the file system gives; the manifest must not depend on it.
        manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
