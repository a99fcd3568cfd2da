import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import EmbedConfigurator from './components/EmbedConfigurator.vue';
import LiveWidget from './components/LiveWidget.vue';
import LocalContactsBuilder from './components/LocalContactsBuilder.vue';
import PageChecker from './components/PageChecker.vue';
import './custom.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('EmbedConfigurator', EmbedConfigurator);
    app.component('LiveWidget', LiveWidget);
    app.component('LocalContactsBuilder', LocalContactsBuilder);
    app.component('PageChecker', PageChecker);
  },
} satisfies Theme;
