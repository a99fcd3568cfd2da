import type { Locale } from '@anders-kijken/core';
import type { DefaultTheme } from 'vitepress';
import { entries, ruleset } from '../reference/catalogue-data.js';
import { referenceLabels } from '../reference/labels.js';
import { entryPath, localePrefix, referencePath } from '../reference/markdown.js';

/** Words of the site's navigation, per locale. */
export const navWords = {
  nl: {
    guides: 'Handleidingen',
    editors: 'Insluiten op je website',
    municipalities: 'Voor gemeenten',
    download: 'Downloaden',
    localContacts: 'Lokale contacten',
    pageCheck: 'Je pagina controleren',
    practice: 'Oefenen',
    trainer: 'Een oefensessie leiden',
    developers: 'Aan de slag voor ontwikkelaars',
    frameworks: 'In je app: React, Vue, Angular',
    extending: 'Een regelset uitbreiden',
    methodology: 'Methode en ethiek',
    security: 'Veiligheid en privacy',
    configurator: 'Configurator',
    api: 'API-referentie',
    changelog: 'Wijzigingen',
    reference: 'Naslag',
  },
  en: {
    guides: 'Guides',
    editors: 'Embedding on your website',
    municipalities: 'For municipalities',
    download: 'Download',
    localContacts: 'Local contacts',
    pageCheck: 'Check your page',
    practice: 'Practice',
    trainer: 'Running a practice session',
    developers: 'Getting started for developers',
    frameworks: 'In your app: React, Vue, Angular',
    extending: 'Extending a ruleset',
    methodology: 'Methodology and ethics',
    security: 'Security and privacy',
    configurator: 'Configurator',
    api: 'API reference',
    changelog: 'Changelog',
    reference: 'Reference',
  },
} as const;

const guideItems = (locale: Locale): DefaultTheme.SidebarItem[] => {
  const w = navWords[locale];
  const p = localePrefix(locale);
  return [
    { text: w.editors, link: `${p}guide/embedding` },
    { text: w.municipalities, link: `${p}guide/municipalities` },
    { text: w.download, link: `${p}download` },
    { text: w.configurator, link: `${p}configurator` },
    { text: w.localContacts, link: `${p}local-contacts` },
    { text: w.pageCheck, link: `${p}page-check` },
    { text: w.practice, link: `${p}guide/practice` },
    { text: w.trainer, link: `${p}guide/trainer` },
    { text: w.developers, link: `${p}guide/getting-started` },
    { text: w.frameworks, link: `${p}guide/frameworks` },
    { text: w.extending, link: `${p}guide/extending` },
    { text: w.methodology, link: `${p}guide/methodology` },
    { text: w.security, link: `${p}guide/security` },
    { text: w.api, link: `${p}api/` },
    { text: w.changelog, link: `${p}changelog` },
  ];
};

const referenceItems = (locale: Locale): DefaultTheme.SidebarItem[] => {
  const t = referenceLabels[locale];
  const entryItems = (filter: (e: (typeof entries)[number]) => boolean) =>
    entries.filter(filter).map((e) => ({ text: e.texts.label[locale], link: entryPath(locale, e.id) }));
  return [
    {
      text: navWords[locale].reference,
      items: [
        { text: t.catalogue, link: referencePath(locale, 'signals') },
        { text: t.rules, link: referencePath(locale, 'rules') },
        { text: t.levels, link: referencePath(locale, 'levels') },
        { text: t.contacts, link: referencePath(locale, 'contacts') },
        { text: t.allSources, link: referencePath(locale, 'sources') },
        { text: t.schemas, link: referencePath(locale, 'schemas') },
      ],
    },
    { text: t.acuteSignals, items: entryItems((e) => e.kind === 'acute') },
    ...ruleset.dimensions.map((d) => ({
      text: d.label[locale],
      items: entryItems((e) => e.kind === 'signal' && e.dimension === d.id),
    })),
    { text: t.riskFactors, items: entryItems((e) => e.kind === 'risk-factor') },
  ];
};

// Groups are not collapsible: the default theme's collapsible group nests a button in a button.

/** The sidebar of a locale: guides, and the reference generated from the catalogue. */
export function sidebar(locale: Locale): DefaultTheme.Sidebar {
  const p = localePrefix(locale);
  const guides = [{ text: navWords[locale].guides, items: guideItems(locale) }];
  return {
    [`${p}guide/`]: guides,
    [`${p}configurator`]: guides,
    [`${p}download`]: guides,
    [`${p}local-contacts`]: guides,
    [`${p}page-check`]: guides,
    [`${p}api/`]: guides,
    [`${p}changelog`]: guides,
    [`${p}reference/`]: referenceItems(locale),
  };
}
