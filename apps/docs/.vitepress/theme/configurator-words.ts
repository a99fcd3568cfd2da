/** The configurator's own words. Dutch first: web editors of municipalities are its first readers. */
export const configuratorWords = {
  nl: {
    component: 'Welk onderdeel?',
    components: {
      'ak-signal-check': 'Signalencheck voor professionals en ouders',
      'ak-youth-check': 'Check voor jongeren, met snel-weg-knop',
      'ak-referral-guide': 'Waar kan ik terecht?',
      'ak-signal-catalogue': 'Alle signalen om door te bladeren',
    },
    language: 'Taal van het onderdeel',
    attributes: {
      audience: 'Voor wie?',
      municipality: 'Gemeente (lokale contacten)',
      level: 'Niveau',
      age: 'Leeftijd van de jongere',
      'exit-url': 'Waar "Snel weg" naartoe gaat',
    },
    exitUrlHint:
      'Een neutrale site, zoals https://www.weeronline.nl/, of een pagina op je eigen site. Leeg laten: een zoekmachine.',
    exitUrlInvalid:
      'Alleen een https-adres of een adres op je eigen site; anders gaat "Snel weg" naar de standaardsite.',
    ages: {
      unknown: 'Laat de lezer kiezen (onbekend)',
      child: 'Jonger dan 12',
      minor: '12 tot 18',
      'young-adult': '18 of ouder',
    },
    noMunicipality: 'Geen: alleen landelijke contacten',
    theme: 'Huisstijl',
    themes: {
      default: 'Standaard (neemt het lettertype van je site over)',
      utrecht: 'NL Design System: thema Utrecht',
      denhaag: 'NL Design System: thema Den Haag',
    },
    snippet: 'Code om te plakken',
    format: 'Hoe plaats je het?',
    formats: { script: 'Met een script-tag (geen bouwstappen nodig)', npm: 'Met npm (voor ontwikkelaars)' },
    scriptHelp:
      'Plak deze code in de HTML van je pagina, op de plek waar het onderdeel moet komen. Zet de map uit de download op je eigen server en vervang /pad/naar/anders-kijken door de plek waar die staat: zo laadt je pagina niets van een andere site.',
    downloadLink: '/download.html',
    downloadText: 'Naar de download',
    themeHelp:
      'Het thema zelf komt van je site: een site met een NL Design System-thema, zoals dat van Utrecht of Den Haag, laadt die stylesheet al. De code zet alleen de klasse van het thema.',
    npmHelp: 'Importeer alleen het onderdeel dat je gebruikt; je bundler neemt Lit en de kern mee.',
    markupHelp: 'En zet het element in je HTML of template:',
    markup: 'HTML bij de npm-import',
    copy: 'Kopieer de code',
    copyMarkup: 'Kopieer de HTML',
    copied: 'Gekopieerd. Plak het nu in je pagina.',
    copyFailed: 'Kopiëren lukte niet. Selecteer de code en kopieer met Ctrl+C (Cmd+C op een Mac).',
    preview: 'Zo ziet het eruit',
  },
  en: {
    component: 'Which component?',
    components: {
      'ak-signal-check': 'Signal check for professionals and parents',
      'ak-youth-check': 'Check for young people, with a quick exit',
      'ak-referral-guide': 'Where can I go?',
      'ak-signal-catalogue': 'All signals to browse',
    },
    language: 'Language of the component',
    attributes: {
      audience: 'For whom?',
      municipality: 'Municipality (local contacts)',
      level: 'Level',
      age: 'Age of the young person',
      'exit-url': 'Where "Snel weg" (quick exit) goes',
    },
    exitUrlHint:
      'A neutral site, such as https://www.weeronline.nl/, or a page on your own site. Empty: a search engine.',
    exitUrlInvalid: 'Only an https address or one on your own site; otherwise "Snel weg" goes to the default site.',
    ages: {
      unknown: 'Let the reader choose (unknown)',
      child: 'Under 12',
      minor: '12 to 17',
      'young-adult': '18 or older',
    },
    noMunicipality: 'None: national contacts only',
    theme: 'Theme',
    themes: {
      default: 'Default (takes your site’s font)',
      utrecht: 'NL Design System: Utrecht theme',
      denhaag: 'NL Design System: Den Haag theme',
    },
    snippet: 'Code to paste',
    format: 'How do you add it?',
    formats: { script: 'With a script tag (no build tools needed)', npm: 'With npm (for developers)' },
    scriptHelp:
      'Paste this code into the HTML of your page, where the component should appear. Put the folder from the download on your own server and replace /pad/naar/anders-kijken with the place where it is, so your page loads nothing from another site.',
    downloadLink: '/en/download.html',
    downloadText: 'To the download',
    themeHelp:
      'The theme itself comes from your site: a site with an NL Design System theme, such as Utrecht’s or Den Haag’s, already loads that stylesheet. The code only sets the theme’s class.',
    npmHelp: 'Import only the component you use; your bundler brings Lit and the core along.',
    markupHelp: 'And put the element in your HTML or template:',
    markup: 'HTML for the npm import',
    copy: 'Copy the code',
    copyMarkup: 'Copy the HTML',
    copied: 'Copied. Now paste it into your page.',
    copyFailed: 'Copying did not work. Select the code and copy it with Ctrl+C (Cmd+C on a Mac).',
    preview: 'What it looks like',
  },
} as const;
