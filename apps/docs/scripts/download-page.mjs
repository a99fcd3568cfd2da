// The "Downloaden" page, written at every build from the release that packages/widgets made
// (dist/release/release.json), so the version, sizes and checksums on it are those of the zip served.
import { embedSnippet } from '@anders-kijken/core';

const words = {
  nl: {
    title: 'Downloaden',
    intro:
      'Alle onderdelen als één map voor je eigen webserver: geen npm, geen bouwstappen. Zet de map op je server, plak een regel code in je pagina, en de onderdelen werken, ook onder een strikte Content-Security-Policy.',
    unreleasedTitle: 'Ontwikkelversie',
    unreleased:
      'Er is nog geen versie uitgebracht: dit is de huidige ontwikkelversie, gebouwd uit de repository. Gebruik die om te proberen, nog niet op een openbare pagina.',
    download: 'Download',
    version: 'Versie',
    zipSum: 'SHA-256 van de zip',
    contents: 'Wat zit erin',
    what: {
      'embed.js':
        'het bestand dat je op je pagina zet: het laadt alleen de onderdelen die op de pagina staan (en die er later bij komen), uit dezelfde map',
      'ak-*.js': 'de onderdelen, één bestand per onderdeel; embed.js laadt ze zelf',
      'chunk-*.js': 'code die de onderdelen delen; embed.js laadt die zelf',
      'embed-patch.js':
        'alleen nodig voor eigen contacten met het attribuut `patch` of een eigen regelset in code; embed.js laadt het zelf',
      'texts-en.js':
        'de Engelse teksten, ook die van de onderdelen zelf: de onderdelen hebben de Nederlandse bij zich, en embed.js laadt deze alleen als een onderdeel Engels toont',
      'texts-en-signals.js':
        'de Engelse teksten bij signalen; alleen geladen als de signalencheck, de signalencatalogus of de oefencasussen Engels tonen',
      'texts-nl-signals.js':
        'de Nederlandse teksten bij signalen, voor een pagina zonder onderdeel dat ze toont; alleen geladen bij een patch of een eigen regelset in code',
      'texts-unshown.js':
        'teksten die geen onderdeel toont (toelichting bij bronnen); alleen geladen bij een patch of een eigen regelset in code',
      'embed-classic.js': 'alleen voor een CMS dat geen `type="module"` toestaat: alles in één bestand',
      'training.js':
        'voor een oefenpagina: `<ak-training>` en `<ak-youth-training>`; embed.js laadt ze ook als ze op de pagina staan',
      LICENSE: 'de licentie, EUPL-1.2',
      'LEESMIJ.txt': 'installeren, in het Nederlands',
      'README.txt': 'installeren, in het Engels',
      'integrity.json': 'de Subresource Integrity van de scripts',
      SHA256SUMS: 'controlegetallen van elk bestand',
    },
    install: 'Installeren',
    steps: [
      'Pak de zip uit en zet de map op je eigen webserver.',
      'Plak deze code in de HTML van je pagina, waar het onderdeel moet komen. Vervang `{placeholder}/` door de plek waar jij de map hebt neergezet. Het `integrity`-attribuut laat de browser controleren dat embed.js niet is veranderd. De regels met `modulepreload` mogen weg, maar maken de pagina sneller: de browser haalt de bestanden van het onderdeel dan al op terwijl embed.js onderweg is.',
      'Kies een ander onderdeel of andere instellingen in de [configurator](/configurator); voeg contacten van je gemeente toe met [Lokale contacten](/local-contacts). De [gids voor gemeenten](/guide/municipalities) zegt hoe je de pagina test en bijhoudt.',
    ],
    check: 'De download controleren',
    checkIntro: 'Controleer na het uitpakken of elk bestand is wat wij bouwden:',
    checkWindows: 'Op Windows, in PowerShell, voor de zip:',
    integrity: 'Subresource Integrity',
    integrityIntro:
      'Bij elke nieuwe versie veranderen de integrity en de namen van de bestanden. Kopieer het fragment dan opnieuw, anders laadt de browser het script niet. Alle bestanden staan met hun integrity in `integrity.json`.',
  },
  en: {
    title: 'Download',
    intro:
      'Every component as one folder for your own web server: no npm, no build tools. Put the folder on your server, paste one line of code into your page, and the components work, also under a strict Content-Security-Policy.',
    unreleasedTitle: 'Development version',
    unreleased:
      'No version has been released yet: this is the current development version, built from the repository. Use it to try things out, not yet on a public page.',
    download: 'Download',
    version: 'Version',
    zipSum: 'SHA-256 of the zip',
    contents: 'Contents',
    what: {
      'embed.js':
        'the file you put on your page: it loads only the components on the page (and ones added later), from the same folder',
      'ak-*.js': 'the components, one file each; embed.js loads them itself',
      'chunk-*.js': 'code the components share; embed.js loads it itself',
      'embed-patch.js':
        'only needed for your own contacts with the `patch` attribute or a ruleset of your own in code; embed.js loads it itself',
      'texts-en.js':
        'the English texts, the components’ own too: the components carry the Dutch ones, and embed.js loads these only when a component shows English',
      'texts-en-signals.js':
        'the English texts of the signals; loaded only when the signal check, the signal catalogue or the practice cases show English',
      'texts-nl-signals.js':
        'the Dutch texts of the signals, for a page without a component that shows them; loaded only with a patch or a ruleset of your own in code',
      'texts-unshown.js':
        'texts no component shows (notes on the sources); loaded only with a patch or a ruleset of your own in code',
      'embed-classic.js': 'only for a CMS that does not allow `type="module"`: everything in one file',
      'training.js':
        'for a practice page: `<ak-training>` and `<ak-youth-training>`; embed.js loads them too when they are on the page',
      LICENSE: 'the licence, EUPL-1.2',
      'LEESMIJ.txt': 'installing, in Dutch',
      'README.txt': 'installing, in English',
      'integrity.json': 'the Subresource Integrity of the scripts',
      SHA256SUMS: 'a checksum of every file',
    },
    install: 'Install',
    steps: [
      'Unzip it and put the folder on your own web server.',
      'Paste this code into the HTML of your page, where the component should appear. Replace `{placeholder}/` with the place where you put the folder. The `integrity` attribute lets the browser check that embed.js was not changed. The lines with `modulepreload` may go, but they make the page faster: the browser fetches the component’s files while embed.js is on its way.',
      'Choose another component or other settings in the [configurator](/en/configurator); add your municipality’s contacts with [Local contacts](/en/local-contacts). The [guide for municipalities](/en/guide/municipalities) says how to test and maintain the page.',
    ],
    check: 'Checking the download',
    checkIntro: 'After unzipping, check that every file is what we built:',
    checkWindows: 'On Windows, in PowerShell, for the zip:',
    integrity: 'Subresource Integrity',
    integrityIntro:
      'Every new version changes the integrity and the file names. Copy the snippet again then, or the browser will not load the script. Every file is in `integrity.json` with its integrity.',
  },
};

/** The line a file is listed under: its own name, or for the files embed.js loads, their kind. */
const entryOf = (/** @type {string} */ name) =>
  /^ak-.*\.js$/.test(name) ? 'ak-*.js' : /^chunk-.*\.js$/.test(name) ? 'chunk-*.js' : name;

/** @param {number} bytes */
const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * @param {{ version: string, folder: string, placeholder: string, zip: { name: string, bytes: number, sha256: string },
 *   files: { name: string, bytes: number, sha256: string, integrity?: string }[], elements?: Record<string, string[]>,
 *   english?: Record<string, string[]> }} release
 * @param {'nl' | 'en'} locale
 */
export function downloadPage(release, locale) {
  const w = words[locale];
  const embed = release.files.find((f) => f.name === 'embed.js');
  const snippet = embedSnippet({
    tag: 'ak-referral-guide',
    attributes: locale === 'en' ? { lang: 'en' } : {},
    folder: release.placeholder,
    integrity: embed?.integrity,
    files: release,
  });
  const what = /** @type {Record<string, string>} */ (w.what);
  // One line per file, except the files embed.js loads: one line per kind, with their count and size.
  /** @type {Map<string, { count: number, bytes: number }>} */
  const entries = new Map();
  for (const file of release.files) {
    const entry = entries.get(entryOf(file.name)) ?? { count: 0, bytes: 0 };
    entries.set(entryOf(file.name), { count: entry.count + 1, bytes: entry.bytes + file.bytes });
  }
  const contents = [...entries].map(
    ([name, { count, bytes }]) =>
      `- \`${name}\` (${name.includes('*') ? `${count}, ` : ''}${kilobytes(bytes)}): ${what[name] ?? ''}`,
  );
  const lines = [`# ${w.title}`, '', w.intro, ''];
  if (release.version.startsWith('0.0.')) lines.push(`::: warning ${w.unreleasedTitle}`, w.unreleased, ':::', '');
  lines.push(
    `**[${w.download} ${release.zip.name}](/downloads/${release.zip.name})** (${kilobytes(release.zip.bytes)})`,
    '',
    `- ${w.version}: ${release.version}`,
    `- ${w.zipSum}: \`${release.zip.sha256}\``,
    '',
    `## ${w.contents}`,
    '',
    ...contents,
    '',
    `## ${w.install}`,
    '',
    `1. ${w.steps[0]}`,
    `2. ${(w.steps[1] ?? '').replace('{placeholder}', release.placeholder)}`,
    '',
    '   ```html',
    ...snippet.split('\n').map((line) => `   ${line}`),
    '   ```',
    '',
    `3. ${w.steps[2]}`,
    '',
    `## ${w.check}`,
    '',
    w.checkIntro,
    '',
    '```sh',
    `cd ${release.folder}`,
    'sha256sum -c SHA256SUMS',
    '```',
    '',
    w.checkWindows,
    '',
    '```powershell',
    `(Get-FileHash ${release.zip.name} -Algorithm SHA256).Hash.ToLower() -eq '${release.zip.sha256}'`,
    '```',
    '',
    `## ${w.integrity}`,
    '',
    w.integrityIntro,
    '',
    ...release.files
      .filter((f) => f.integrity && entryOf(f.name) === f.name)
      .map((f) => `- \`${f.name}\`: \`${f.integrity}\``),
    '',
  );
  return lines.join('\n');
}
