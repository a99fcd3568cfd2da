// After the build: the download a web editor can use. A versioned folder with embed.js, what it
// loads, the licence, a short install note in Dutch and English and checksums; and the same folder
// as a zip. The zip is reproducible (fixed dates, fixed order), so its checksum only changes when a
// file does. Written to dist/release/, with release.json describing it for the docs' download page.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBED_FOLDER_PLACEHOLDER, FALLBACK_STYLESHEET, embedSnippet, fallbackStylesheet } from '@anders-kijken/core';
import { zipSync } from 'fflate';
import { THIRD_PARTY_NOTICES, thirdPartyNotices } from './third-party-notices.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const repo = join(root, '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const folder = `anders-kijken-${version}`;
const out = join(root, 'dist/release');
const PLACEHOLDER = EMBED_FOLDER_PLACEHOLDER;
// Zip dates start in 1980; one fixed date keeps the archive byte-for-byte the same between builds.
const FIXED_DATE = new Date('1980-01-01T00:00:00Z');

const digest = (algorithm, bytes, encoding) => createHash(algorithm).update(bytes).digest(encoding);
const integrity = (bytes) => `sha384-${digest('sha384', bytes, 'base64')}`;

// Every browser file scripts/build-embed.mjs wrote: the loader first, then what it loads.
const {
  files: browserFiles,
  elements,
  english,
} = JSON.parse(readFileSync(join(root, 'dist/embed-files.json'), 'utf8'));
const scripts = browserFiles.map((name) => ({
  name,
  bytes: readFileSync(join(root, 'dist', name)),
}));
const embedIntegrity = integrity(scripts[0].bytes);
// What a page shows until its element is defined: the fallback's first height (core's measurements).
const stylesheet = { name: FALLBACK_STYLESHEET, bytes: Buffer.from(fallbackStylesheet()) };
const snippet = (attributes) =>
  embedSnippet({
    tag: 'ak-referral-guide',
    attributes,
    integrity: embedIntegrity,
    stylesheetIntegrity: integrity(stylesheet.bytes),
    files: { elements, english },
  });
// The licences of what the browser files bundle (lit, zod), found from their source maps. The npm
// package ships those files too, so the notices go into dist/ as well as into the download.
const notices = { name: THIRD_PARTY_NOTICES, bytes: Buffer.from(thirdPartyNotices(join(root, 'dist'), browserFiles)) };
writeFileSync(join(root, 'dist', notices.name), notices.bytes);
writeFileSync(join(root, 'dist', stylesheet.name), stylesheet.bytes);

const notes = {
  'LEESMIJ.txt': `Anders Kijken ${version}
Onderdelen om te herkennen dat een kind of jongere crimineel wordt uitgebuit, en te weten wat je dan doet.

WAT ZIT ERIN
- embed.js        het bestand dat je op je pagina zet: het laadt alleen de onderdelen die op
                  de pagina staan (en die er later bij komen), uit dezelfde map
- ak-*.js, chunk-*.js  de onderdelen en wat ze delen; embed.js laadt ze zelf. Laat ze in
                  dezelfde map staan, met dezelfde namen
- embed-patch.js  alleen nodig als je eigen contacten toevoegt met het attribuut patch, of
                  in code een eigen regelset geeft; ook dit laadt embed.js zelf
- texts-en.js     de Engelse teksten, ook die van de onderdelen zelf; de onderdelen hebben de
                  Nederlandse bij zich, en embed.js laadt deze alleen als een onderdeel Engels
                  toont
- texts-en-signals.js  de Engelse teksten bij signalen; alleen als de signalencheck, de
                  signalencatalogus of de oefencasussen Engels tonen
- texts-nl-signals.js  de Nederlandse teksten bij signalen, voor een pagina zonder onderdeel
                  dat ze toont; alleen geladen bij een patch of een eigen regelset in code
- texts-unshown.js  teksten die geen onderdeel toont (toelichting bij bronnen); alleen
                  geladen bij een patch of een eigen regelset in code
- embed-classic.js  alleen voor een CMS dat geen type="module" toestaat: alles in één bestand,
                  met <script src=".../embed-classic.js" defer></script>
- training.js     voor een oefenpagina: <ak-training> (casussen voor professionals en ouders)
                  en <ak-youth-training> ("Herken de truc"); embed.js laadt ze ook, als ze op
                  de pagina staan. Een pagina met een check laadt de casussen nooit
- fallback.css    houdt de plek van een onderdeel vrij tot het geladen is, zodat je pagina niet
                  verspringt; zonder werkt alles ook. Wat er tot dan staat (112, "Snel weg",
                  waar het onderdeel hoort) zit in het fragment zelf, en blijft staan als de
                  scripts niet laden
- LICENSE         de licentie (EUPL-1.2)
- THIRD-PARTY-NOTICES.txt  de licenties van wat in de scripts zit (Lit, Zod)
- SHA256SUMS      controlegetallen; controleer met: sha256sum -c SHA256SUMS
- integrity.json  de Subresource Integrity van de scripts en fallback.css

INSTALLEREN
1. Zet deze map op je eigen webserver. Hieronder staat ${PLACEHOLDER}/: vervang dat door de plek
   waar jij de map neerzet.
2. Plak in de HTML van je pagina, waar het onderdeel moet komen:

${snippet({})}

3. Kies onderdelen en instellingen in de configurator op de documentatiesite (Configurator);
   voeg lokale contacten toe met "Lokale contacten".

De regels met modulepreload mogen weg, maar maken de pagina sneller: de browser haalt de
bestanden van het onderdeel dan al op terwijl embed.js nog onderweg is. Staan er andere onderdelen
op de pagina, of komen ze er later bij, dan laadt embed.js die zelf.

De onderdelen werken onder een strikte Content-Security-Policy (default-src 'self'), slaan niets
op en versturen niets. Bij elke nieuwe versie veranderen de integrity en de namen van de
bestanden: kopieer het fragment opnieuw.
`,
  'README.txt': `Anders Kijken ${version}
Components to recognise that a child or young person is criminally exploited, and know what to do.

CONTENTS
- embed.js        the file you put on your page: it loads only the components on the page
                  (and ones added later), from the same folder
- ak-*.js, chunk-*.js  the components and what they share; embed.js loads them itself. Keep
                  them in the same folder, with the same names
- embed-patch.js  only needed when you add your own contacts with the patch attribute, or
                  give a ruleset of your own in code; embed.js loads this itself too
- texts-en.js     the English texts, the components' own too; the components carry the Dutch
                  ones, and embed.js loads these only when a component shows English
- texts-en-signals.js  the English texts of the signals; only when the signal check, the
                  signal catalogue or the practice cases show English
- texts-nl-signals.js  the Dutch texts of the signals, for a page without a component that
                  shows them; loaded only with a patch or a ruleset of your own in code
- texts-unshown.js  texts no component shows (notes on the sources); loaded only with a patch
                  or a ruleset of your own in code
- embed-classic.js  only for a CMS that does not allow type="module": everything in one file,
                  with <script src=".../embed-classic.js" defer></script>
- training.js     for a practice page: <ak-training> (cases for professionals and parents)
                  and <ak-youth-training> ("Spot the trick"); embed.js loads them too when they
                  are on the page. A page with a check never loads the cases
- fallback.css    keeps a component's place until it has loaded, so your page does not jump;
                  everything works without it. What shows until then (112, "Leave quickly",
                  what belongs there) is in the snippet itself, and stays when the scripts do
                  not load
- LICENSE         the licence (EUPL-1.2)
- THIRD-PARTY-NOTICES.txt  the licences of what the scripts contain (Lit, Zod)
- SHA256SUMS      checksums; check with: sha256sum -c SHA256SUMS
- integrity.json  the Subresource Integrity of the scripts and fallback.css

INSTALL
1. Put this folder on your own web server. Below it says ${PLACEHOLDER}/: replace that with the
   place where you put the folder.
2. Paste into the HTML of your page, where the component should appear:

${snippet({ lang: 'en' })}

3. Choose components and settings in the configurator on the docs site (Configurator); add local
   contacts with "Local contacts".

The lines with modulepreload may go, but they make the page faster: the browser fetches the
component's files while embed.js is still on its way. Other components on the page, or ones added
later, embed.js loads itself.

The components work under a strict Content-Security-Policy (default-src 'self'), store nothing
and send nothing. Every new version changes the integrity and the file names: copy the snippet
again.
`,
};

const files = [
  ...scripts,
  stylesheet,
  { name: 'LICENSE', bytes: readFileSync(join(repo, 'LICENSE')) },
  notices,
  ...Object.entries(notes).map(([name, text]) => ({ name, bytes: Buffer.from(text) })),
  {
    name: 'integrity.json',
    bytes: Buffer.from(
      `${JSON.stringify(Object.fromEntries([...scripts, stylesheet].map((s) => [s.name, integrity(s.bytes)])), null, 2)}\n`,
    ),
  },
];
const sums = files.map((f) => `${digest('sha256', f.bytes, 'hex')}  ${f.name}`).join('\n');
files.push({ name: 'SHA256SUMS', bytes: Buffer.from(`${sums}\n`) });

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, folder), { recursive: true });
for (const file of files) writeFileSync(join(out, folder, file.name), file.bytes);
const zip = zipSync(
  { [folder]: Object.fromEntries(files.map((f) => [f.name, [new Uint8Array(f.bytes), { mtime: FIXED_DATE }]])) },
  { level: 9, mtime: FIXED_DATE },
);
writeFileSync(join(out, `${folder}.zip`), zip);

const release = {
  version,
  folder,
  zip: { name: `${folder}.zip`, bytes: zip.length, sha256: digest('sha256', zip, 'hex') },
  placeholder: PLACEHOLDER,
  // Element → the files embed.js loads for it: its own module, then the chunks it shares.
  elements,
  // Element → the files with the English texts it shows, which its own files leave out.
  english,
  files: files.map((f) => ({
    name: f.name,
    bytes: f.bytes.length,
    sha256: digest('sha256', f.bytes, 'hex'),
    ...(/\.(js|css)$/.test(f.name) ? { integrity: integrity(f.bytes) } : {}),
  })),
};
writeFileSync(join(out, 'release.json'), `${JSON.stringify(release, null, 2)}\n`);
console.log(`release: dist/release/${folder}.zip (${(zip.length / 1024).toFixed(1)} KB), sha256 ${release.zip.sha256}`);
