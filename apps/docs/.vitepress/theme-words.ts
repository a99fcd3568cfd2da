import type { DefaultTheme } from 'vitepress';

/** The default theme's own words in Dutch: Dutch is the default language of every page. */
export const dutchThemeWords: DefaultTheme.Config = {
  outline: { level: [2, 3], label: 'Op deze pagina' },
  docFooter: { prev: 'Vorige pagina', next: 'Volgende pagina' },
  darkModeSwitchLabel: 'Weergave',
  lightModeSwitchTitle: 'Naar lichte weergave',
  darkModeSwitchTitle: 'Naar donkere weergave',
  sidebarMenuLabel: 'Menu',
  returnToTopLabel: 'Terug naar boven',
  langMenuLabel: 'Taal wijzigen',
  skipToContentLabel: 'Direct naar de inhoud',
  externalLinkIcon: false,
  notFound: {
    title: 'PAGINA NIET GEVONDEN',
    quote: 'Deze pagina bestaat niet (meer). Kijk in het menu of ga terug naar de start.',
    // The label must contain the visible text (WCAG 2.5.3), so both say the same.
    linkLabel: 'Naar de startpagina',
    linkText: 'Naar de startpagina',
  },
};

/** The local search box in Dutch. */
export const dutchSearchWords = {
  translations: {
    button: { buttonText: 'Zoeken', buttonAriaLabel: 'Zoeken' },
    modal: {
      displayDetails: 'Toon details',
      resetButtonTitle: 'Zoekopdracht wissen',
      backButtonTitle: 'Zoeken sluiten',
      noResultsText: 'Geen resultaten voor',
      footer: { selectText: 'kiezen', navigateText: 'bladeren', closeText: 'sluiten' },
    },
  },
};
