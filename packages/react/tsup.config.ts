import { defineConfig } from 'tsup';

export default defineConfig({
  // Small modules; React, @lit/react and the widgets stay dependencies, resolved by the app.
  entry: { index: 'src/index.ts', training: 'src/training.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
