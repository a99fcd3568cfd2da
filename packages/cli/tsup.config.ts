import { defineConfig } from 'tsup';

export default defineConfig({
  // One file with a shebang; core stays a dependency, installed beside it.
  entry: { bin: 'src/bin.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  clean: true,
  sourcemap: true,
});
