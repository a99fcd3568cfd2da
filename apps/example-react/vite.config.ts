import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // In the monorepo @anders-kijken/react has its own React for its tests: use the app's one.
  resolve: { dedupe: ['react', 'react-dom'] },
});
