import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // The ak-* tags are custom elements, registered by @anders-kijken/widgets: Vue leaves them alone.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ak-') } } })],
});
