// The custom-elements manifest: attributes, properties, events, parts, custom properties and slots
// of every element, read from the JSDoc in src/components. Storybook and the docs read it.
export default {
  globs: ['src/components/*/ak-*.ts', 'src/internal/ak-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // Globs list files in whatever order the file system gives; the manifest must not depend on it.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
