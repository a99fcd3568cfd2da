// The custom-elements manifest: attributes, properties, events, parts, custom properties and slots
// of every element, read from the JSDoc in src/components. Storybook and the docs read it.
export default {
  globs: ['src/components/*/ak-*.ts', 'src/internal/ak-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  litelement: true,
  packagejson: false,
};
