import {
  AUDIENCES,
  EMBED_FOLDER_PLACEHOLDER,
  LEVELS,
  TRAINING_TAGS,
  checkPatch,
  defaultRuleset,
  type Issue,
  type Ruleset,
} from '@anders-kijken/core';

/**
 * "Check my page": what an editor pasted, read as data (scripts, data islands, elements), and
 * every problem a widget would only whisper in the console, said out loud. Parsing the HTML is the
 * page's job (DOMParser, which runs nothing); everything here works on what it found.
 */

/** What a page holds that matters to the widgets. */
export interface PageParts {
  scripts: { src: string; type: string; integrity: string }[];
  /** The addresses of `<link rel="modulepreload">`: the preload hints of a snippet. */
  preloads: string[];
  /** `<link rel="stylesheet">`: the snippet's fallback.css among them. */
  stylesheets: { href: string; integrity: string }[];
  /** `<script>` elements with an id, which a `patch` attribute may name. */
  islands: { id: string; type: string; text: string }[];
  /** Every id on the page, in order, repeats included: an island's id must be the only one. */
  ids: string[];
  /** Every element whose name starts with `ak-`, and what it shows when its script does not run. */
  elements: { tag: string; attributes: Record<string, string>; fallback: Fallback }[];
}

/** What an element holds for a page whose script does not run (the snippet's fallback). */
export interface Fallback {
  /** A link to call 112. */
  call112: boolean;
  /** A link to leave by ("Snel weg"): any link other than a phone number. */
  exit: boolean;
}

/** One thing the check found, for one element or the page. */
export interface Finding {
  severity: 'error' | 'warning' | 'ok';
  /** What it is about: `<ak-referral-guide>` (2nd), `embed.js` or `training.js`, or the page. */
  where: string;
  message: Issue['message'];
}

const TAGS = [
  'ak-signal-check',
  'ak-youth-check',
  'ak-referral-guide',
  'ak-signal-catalogue',
  'ak-assessment-summary',
  ...TRAINING_TAGS,
];

const AGE_CHOICES = ['unknown', 'child', 'minor', 'young-adult'];

/** Reads the parts of a parsed page. */
export function partsOf(doc: Document): PageParts {
  const scripts = [...doc.querySelectorAll('script')];
  return {
    scripts: scripts
      .filter((s) => s.hasAttribute('src'))
      .map((s) => ({ src: s.getAttribute('src') ?? '', type: s.type, integrity: s.integrity })),
    preloads: [...doc.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href') ?? ''),
    stylesheets: [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => ({
      href: l.getAttribute('href') ?? '',
      integrity: l.getAttribute('integrity') ?? '',
    })),
    islands: scripts.filter((s) => s.id).map((s) => ({ id: s.id, type: s.type, text: s.textContent ?? '' })),
    ids: [...doc.querySelectorAll('[id]')].map((e) => e.id),
    elements: [...doc.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('ak-'))
      .map((e) => ({
        tag: e.localName,
        attributes: Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])),
        fallback: {
          call112: e.querySelector('a[href^="tel:112"]') !== null,
          exit: [...e.querySelectorAll('a[href]')].some((a) => !a.getAttribute('href')?.startsWith('tel:')),
        },
      })),
  };
}

/** A finding in both languages. */
export const find = (severity: Finding['severity'], where: string, nl: string, en: string): Finding => ({
  severity,
  where,
  message: { nl, en },
});

const scriptPattern = (file: string) => new RegExp(`(^|/)${file.replace('.', '\\.')}(\\?|#|$)`);
const loads = (parts: PageParts, file: string) => parts.scripts.some((s) => scriptPattern(file).test(s.src));

/**
 * The scripts the page loads, each checked: present, at a real address, a module, with integrity,
 * once. embed.js loads every element; training.js, which older snippets load, only the practice ones.
 */
function checkScripts(parts: PageParts): Finding[] {
  const known = parts.elements.filter((e) => TAGS.includes(e.tag));
  const practiceOnly = known.length > 0 && known.every((e) => TRAINING_TAGS.includes(e.tag));
  const files = new Set(practiceOnly && loads(parts, 'training.js') ? [] : ['embed.js']);
  if (loads(parts, 'training.js')) files.add('training.js');
  return [...files].flatMap((file) => checkScript(parts, file));
}

function checkScript(parts: PageParts, file: string): Finding[] {
  const pattern = scriptPattern(file);
  const embeds = parts.scripts.filter((s) => pattern.test(s.src));
  if (embeds.length === 0)
    return [
      find(
        'error',
        file,
        `De pagina laadt ${file} niet: zonder dat script blijven de onderdelen leeg.`,
        `The page does not load ${file}: without that script the components stay empty.`,
      ),
    ];
  const findings: Finding[] = [];
  for (const script of embeds) {
    if (script.src.includes(EMBED_FOLDER_PLACEHOLDER))
      findings.push(
        find(
          'error',
          file,
          `Het adres van ${file} is nog het voorbeeld ${EMBED_FOLDER_PLACEHOLDER}: vervang het door de map op je server.`,
          `The address of ${file} is still the example ${EMBED_FOLDER_PLACEHOLDER}: replace it with the folder on your server.`,
        ),
      );
    if (/^(https?:)?\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/)/.test(script.src))
      findings.push(
        find(
          'error',
          file,
          `${file} komt van localhost: dat werkt alleen op de computer van de maker.`,
          `${file} comes from localhost: that only works on the computer of whoever made it.`,
        ),
      );
    else if (/^(https?:)?\/\//.test(script.src))
      findings.push(
        find(
          'warning',
          file,
          `${file} komt van een andere site. Zet de map op je eigen server, dan laadt je pagina niets van een ander.`,
          `${file} comes from another site. Put the folder on your own server, so your page loads nothing from elsewhere.`,
        ),
      );
    if (script.type !== 'module')
      findings.push(
        find(
          'error',
          file,
          `Het script van ${file} moet type="module" hebben.`,
          `The script of ${file} needs type="module".`,
        ),
      );
    if (!script.integrity)
      findings.push(
        find(
          'warning',
          file,
          'Het script heeft geen integrity-attribuut. Met de integrity van de download controleert de browser dat het bestand niet is veranderd.',
          'The script has no integrity attribute. With the integrity from the download, the browser checks that the file was not changed.',
        ),
      );
  }
  if (embeds.length > 1)
    findings.push(
      find(
        'warning',
        file,
        `${file} wordt meer dan eens geladen; één keer per pagina is genoeg.`,
        `${file} is loaded more than once; once per page is enough.`,
      ),
    );
  return findings;
}

/** The ruleset an element uses: the national one, or the one its patch gives, with the patch's findings. */
function rulesetOf(
  parts: PageParts,
  id: string | undefined,
  where: string,
  today: string,
): { ruleset: Ruleset; findings: Finding[] } {
  if (id === undefined) return { ruleset: defaultRuleset, findings: [] };
  const island = parts.islands.find((i) => i.id === id);
  const national = (nl: string, en: string) => ({
    ruleset: defaultRuleset,
    findings: [
      find('error', where, `${nl} De landelijke contacten worden getoond.`, `${en} The national contacts are shown.`),
    ],
  });
  if (!island) return national(`Er is geen element met id "${id}".`, `There is no element with id "${id}".`);
  if (island.type !== 'application/json')
    return national(
      `Het element "${id}" is geen <script type="application/json">.`,
      `The element "${id}" is not a <script type="application/json">.`,
    );
  let patch: unknown;
  try {
    patch = JSON.parse(island.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return national(`De JSON in "${id}" klopt niet: ${detail}.`, `The JSON in "${id}" is not valid: ${detail}.`);
  }
  const checked = checkPatch(defaultRuleset, patch, { today });
  if (!checked.ruleset)
    return {
      ruleset: defaultRuleset,
      findings: checked.errors.map((issue) =>
        find(
          'error',
          where,
          `Uitbreiding "${id}", ${issue.path.join('.')}: ${issue.message.nl} De landelijke contacten worden getoond.`,
          `Extension "${id}", ${issue.path.join('.')}: ${issue.message.en} The national contacts are shown.`,
        ),
      ),
    };
  return {
    ruleset: checked.ruleset,
    findings: checked.warnings.map((w) => find('warning', where, w.message.nl, w.message.en)),
  };
}

/** The elements a young person uses: without their script, the page still needs a way to leave. */
const QUICK_EXIT_TAGS = ['ak-youth-check', 'ak-youth-training'];

/**
 * What the element shows when its script does not run (a wrong path or integrity): the snippets put
 * 112, and for a young person's element "Snel weg", inside it. An element without is an empty
 * place on the page, with no 112, whenever the script does not arrive.
 */
function checkFallback(element: PageParts['elements'][number], where: string): Finding[] {
  const quickExit = QUICK_EXIT_TAGS.includes(element.tag);
  if (element.fallback.call112 && (element.fallback.exit || !quickExit)) return [];
  return [
    find(
      'warning',
      where,
      quickExit
        ? `<${element.tag}> heeft geen inhoud met 112 en "Snel weg" voor als het script niet laadt: de plek blijft dan leeg, en een jongere kan niet snel weg. Kopieer de code opnieuw uit de configurator of Lokale contacten; die zet dit in het element.`
        : `<${element.tag}> heeft geen inhoud met 112 voor als het script niet laadt: de plek blijft dan leeg. Kopieer de code opnieuw uit de configurator of Lokale contacten; die zet 112 in het element.`,
      quickExit
        ? `<${element.tag}> holds no content with 112 and "Leave quickly" for when its script does not load: the place stays empty, and a young person cannot leave quickly. Copy the code again from the configurator or Local contacts; it puts this inside the element.`
        : `<${element.tag}> holds no content with 112 for when its script does not load: the place stays empty. Copy the code again from the configurator or Local contacts; it puts 112 inside the element.`,
    ),
  ];
}

/**
 * Two elements with one id: `patch` reads the first, silently, so the second data island (another
 * municipality's contacts, a corrected copy) is never used.
 */
function checkIds(parts: PageParts): Finding[] {
  const islandIds = new Set(parts.islands.map((island) => island.id));
  return [...islandIds].flatMap((id) => {
    const count = parts.ids.filter((other) => other === id).length;
    if (count < 2) return [];
    return [
      find(
        'error',
        id,
        `Er staan ${count} elementen met id "${id}" op de pagina. Een onderdeel leest alleen het eerste, zonder iets te zeggen. Geef elk gegevensblok een eigen id, en noem dat id in het attribuut patch van het onderdeel dat het gebruikt.`,
        `There are ${count} elements with id "${id}" on the page. A component reads only the first one, without a word. Give each data block an id of its own, and name that id in the patch attribute of the component that uses it.`,
      ),
    ];
  });
}

function checkElement(
  parts: PageParts,
  element: PageParts['elements'][number],
  where: string,
  today: string,
): Finding[] {
  const { tag, attributes } = element;
  if (!TAGS.includes(tag))
    return [
      find('error', where, `${tag} is geen onderdeel van Anders Kijken.`, `${tag} is not an Anders Kijken component.`),
    ];
  const { ruleset, findings } = rulesetOf(parts, attributes['patch'], where, today);
  findings.push(...checkFallback(element, where));
  const municipality = attributes['municipality'];
  if (municipality && !ruleset.municipalities.some((m) => m.id === municipality))
    findings.push(
      find(
        'warning',
        where,
        `Gemeente "${municipality}" is onbekend: de lezer ziet alleen landelijke contacten. Voeg de gemeente en haar contacten toe met Lokale contacten, of kies een bekende gemeente.`,
        `Municipality "${municipality}" is unknown: readers see national contacts only. Add the municipality and its contacts with Local contacts, or choose a known municipality.`,
      ),
    );
  const allowed: Record<string, readonly string[]> = {
    lang: ['nl', 'en'],
    level: LEVELS,
    audience: AUDIENCES,
    ...(tag === 'ak-referral-guide' ? { age: AGE_CHOICES } : {}),
  };
  for (const [name, values] of Object.entries(allowed)) {
    const value = attributes[name];
    if (value !== undefined && !values.includes(value))
      findings.push(
        find(
          'warning',
          where,
          `${name}="${value}" wordt niet herkend; kies uit ${values.join(', ')}.`,
          `${name}="${value}" is not recognised; choose from ${values.join(', ')}.`,
        ),
      );
  }
  const exit = attributes['exit-url'];
  if (
    (tag === 'ak-youth-check' || tag === 'ak-youth-training') &&
    exit !== undefined &&
    !/^(https:\/\/|\/(?!\/)|\.\.?\/)/.test(exit.trim())
  )
    findings.push(
      find(
        'warning',
        where,
        `exit-url="${exit}" wordt niet gebruikt: alleen een https-adres of een adres op je eigen site. "Snel weg" gaat nu naar de standaardsite.`,
        `exit-url="${exit}" is not used: only an https address or one on your own site. "Snel weg" goes to the default site now.`,
      ),
    );
  return findings;
}

/**
 * The preload hints: each from the folder of embed.js. One that still names the example folder, or
 * another folder (an older copy of the snippet), fetches a file the page never uses; the page works,
 * only slower.
 */
function checkPreloads(parts: PageParts): Finding[] {
  const embed = parts.scripts.find((s) => scriptPattern('embed.js').test(s.src));
  const folder = embed ? embed.src.slice(0, embed.src.lastIndexOf('/') + 1) : undefined;
  const stray = parts.preloads.filter(
    (href) => href.includes(EMBED_FOLDER_PLACEHOLDER) || (folder !== undefined && !href.startsWith(folder)),
  );
  if (stray.length === 0) return [];
  return [
    find(
      'warning',
      'modulepreload',
      `${stray.length} preload-regel(s) wijzen niet naar de map van embed.js (${stray[0]}): vervang het pad overal, of kopieer de code opnieuw.`,
      `${stray.length} preload line(s) do not point at the folder of embed.js (${stray[0]}): replace the path everywhere, or copy the code again.`,
    ),
  ];
}

/**
 * Every finding for a page, errors first; one `ok` finding when there is nothing to mend. `files`
 * are the findings of {@link checkFiles} (page-check-files.ts), which requested what the page names.
 */
export function checkPage(parts: PageParts, today: string, files: readonly Finding[] = []): Finding[] {
  if (parts.elements.length === 0)
    return [
      find(
        'error',
        'pagina',
        'Er staat geen onderdeel van Anders Kijken in deze HTML (een element dat met ak- begint).',
        'There is no Anders Kijken component in this HTML (an element starting with ak-).',
      ),
    ];
  const counts = new Map<string, number>();
  const findings = [
    ...checkScripts(parts),
    ...files,
    ...checkPreloads(parts),
    ...checkIds(parts),
    ...parts.elements.flatMap((element) => {
      const n = (counts.get(element.tag) ?? 0) + 1;
      counts.set(element.tag, n);
      return checkElement(parts, element, n > 1 ? `<${element.tag}> (${n})` : `<${element.tag}>`, today);
    }),
  ];
  if (findings.length === 0)
    return [
      find(
        'ok',
        'pagina',
        'Geen problemen gevonden. Test de pagina nog met alleen het toetsenbord en met een schermlezer.',
        'No problems found. Still test the page with the keyboard alone and with a screen reader.',
      ),
    ];
  const order = { error: 0, warning: 1, ok: 2 };
  return findings.sort((a, b) => order[a.severity] - order[b.severity]);
}
