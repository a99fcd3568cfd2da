import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import EmbedConfigurator from './components/EmbedConfigurator.vue';
import LiveWidget from './components/LiveWidget.vue';
import './custom.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('EmbedConfigurator', EmbedConfigurator);
    app.component('LiveWidget', LiveWidget);
  },
} satisfies Theme;
