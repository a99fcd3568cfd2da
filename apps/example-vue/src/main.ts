import { createApp } from 'vue';
import '@anders-kijken/widgets/define';
// Types the <ak-*> tags in templates (GlobalComponents), for vue-tsc with strictTemplates.
import type {} from '@anders-kijken/widgets/vue';
import App from './App.vue';

createApp(App).mount('#app');
