import { defineConfig, type DefaultTheme } from 'vitepress';
import { stamp } from '../reference/catalogue-data.js';
import { localePrefix } from '../reference/markdown.js';
import { navWords, sidebar } from './sidebar.js';
import { dutchThemeWords, dutchSearchWords } from './theme-words.js';

const footer = (licence: string, ruleset: string): DefaultTheme.Footer => ({
  message: `${licence} · ${ruleset} <code>${stamp.id}</code> ${stamp.version} · <code>${stamp.hash.slice(0, 12)}</code>`,
  copyright: 'Anders Kijken',
});

const nav = (locale: 'nl' | 'en'): DefaultTheme.NavItem[] => {
  const w = navWords[locale];
  const p = localePrefix(locale);
  return [
    { text: w.guides, link: `${p}guide/embedding`, activeMatch: `^${p}guide/` },
    { text: w.configurator, link: `${p}configurator` },
    { text: w.reference, link: `${p}reference/signals`, activeMatch: `^${p}reference/` },
    // The built Storybook is a separate app under /storybook/: a full page load, not a route.
    { text: 'Storybook', link: '/storybook/index.html', target: '_self' },
  ];
};

export default defineConfig({
  srcDir: 'src',
  outDir: 'dist',
  cacheDir: '.vitepress/cache',
  title: 'Anders Kijken',
  cleanUrls: false,
  lastUpdated: false,
  head: [['link', { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }]],
  // High-contrast syntax colours: the default ones fall below 4.5:1 for some tokens.
  markdown: { theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } },
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ak-') } } },
  locales: {
    root: {
      label: 'Nederlands',
      lang: 'nl',
      description: 'Signalen van criminele uitbuiting van kinderen en jongeren herkennen, en weten wat je dan doet.',
      themeConfig: {
        nav: nav('nl'),
        sidebar: sidebar('nl'),
        footer: footer('EUPL-1.2', 'Regelset'),
        ...dutchThemeWords,
      },
    },
    en: {
      label: 'English',
      lang: 'en',
      link: '/en/',
      description: 'Recognise signs that a child or young person is criminally exploited, and know what to do.',
      themeConfig: { nav: nav('en'), sidebar: sidebar('en'), footer: footer('EUPL-1.2', 'Ruleset') },
    },
  },
  themeConfig: {
    logo: { src: '/favicon.svg', alt: '' },
    outline: { level: [2, 3] },
    search: { provider: 'local', options: { locales: { root: dutchSearchWords } } },
  },
});
