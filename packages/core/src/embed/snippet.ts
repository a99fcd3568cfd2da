/**
 * The HTML a web editor pastes: the script tag of the downloaded folder, a ruleset patch as a JSON
 * data island, and the element. Text only: core builds the string and never touches a page. The
 * docs' configurator and builder and the CLI all write their snippets with it.
 */
import { resolveLocale } from '../internal/locale.js';
import { FALLBACK_STYLESHEET, fallbackLines } from './fallback.js';

/** Where the snippets put the downloaded folder; the editor replaces it with their own path. */
export const EMBED_FOLDER_PLACEHOLDER = '/pad/naar/anders-kijken';

const TAG = /^ak-[a-z]+(?:-[a-z]+)*$/;
const ATTRIBUTE = /^[a-z]+(?:-[a-z]+)*$/;
/**
 * Names that are HTML but no setting of an element: `on…` runs script (and a strict CSP refuses it),
 * the others hide the element or its fallback (and with it 112) or make it another element.
 */
const UNSAFE_ATTRIBUTE = /^(?:on.*|style|hidden|inert|popover|slot|is|contenteditable|xmlns)$/;
const ISLAND_ID = /^[A-Za-z][\w-]*$/;
const SCRIPT = /^[a-z]+(?:-[a-z]+)*\.js$/;
const FILE = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\.js$/;

/**
 * The practice widgets: with their cases, they are kept apart from the checks, so a page with a check
 * never loads them. `embed.js` loads them when they are on the page; the download's `training.js`
 * registers only them, for pages that load it by name.
 */
export const TRAINING_TAGS: readonly string[] = ['ak-training', 'ak-youth-training'];

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * A value as JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&` are
 * written as `\u003c` and so on, so no text in it (`</script>`, `<!--`) can end the element early.
 * JSON.parse reads it back unchanged.
 */
export function islandJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/** What {@link embedSnippet} writes. */
export interface EmbedSnippetOptions {
  /** The element, such as `ak-referral-guide`. */
  tag: string;
  /** Its attributes, in this order; `patch` is added when a patch is given. */
  attributes?: Readonly<Record<string, string>>;
  /** A ruleset patch for a data island, and the island's id (default `ak-lokaal`). */
  patch?: { value: unknown; id?: string };
  /** Where the downloaded folder is. Default: `EMBED_FOLDER_PLACEHOLDER`. */
  folder?: string | undefined;
  /** The script in that folder. Default: `embed.js`, which loads every element. */
  script?: string | undefined;
  /** The Subresource Integrity of that script, from the download. */
  integrity?: string | undefined;
  /** Leaves the script tag out: for a page that already loads `embed.js`. */
  withoutScript?: boolean | undefined;
  /**
   * The Subresource Integrity of the download's `fallback.css`, which reserves the element's first
   * height while it loads. Written beside the script, so not `withoutScript`.
   */
  stylesheetIntegrity?: string | undefined;
  /**
   * Leaves out the fallback inside the element (112, "Snel weg" for a young person's element, and
   * what belongs here), which a page shows when its script does not run. Default: written.
   */
  withoutFallback?: boolean | undefined;
  /**
   * The files of the download each element needs (its `release.json`): the element's own, and, for
   * an element whose `lang` is not Dutch, those with its English texts. They are written as
   * `<link rel="modulepreload">` after the script: the browser fetches them while `embed.js`
   * arrives, instead of after it, so the element appears a round trip sooner. Their names change
   * with every version, as the integrity does.
   */
  files?: DownloadFiles | undefined;
}

/** What the download's `release.json` says each element needs, by the element's name. */
export interface DownloadFiles {
  /** Element → its own module and the chunks it imports. */
  elements?: Readonly<Record<string, readonly string[]>> | undefined;
  /** Element → the files with the English texts it shows, which its own files leave out. */
  english?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** The files to preload for an element in the language its `lang` gives (Dutch without one). */
function preloadsFor(tag: string, lang: string | undefined, files: DownloadFiles | undefined): readonly string[] {
  const own = files?.elements?.[tag] ?? [];
  return resolveLocale(lang) === 'nl' ? own : [...own, ...(files?.english?.[tag] ?? [])];
}

/**
 * The snippet for a page: `<script type="module" src=".../embed.js">` (or the `script` given) with
 * preload hints for the element's `files` and the fallback's stylesheet, then the data island (when
 * there is a patch), then the element with its fallback inside: what a page shows when the script
 * does not run, until the element replaces it.
 * @throws {TypeError} for a tag, attribute name, island id, script or file name that would not be
 * valid here, and for an attribute that would run script (`onclick`) or hide the element (`style`,
 * `hidden`).
 */
export function embedSnippet(options: EmbedSnippetOptions): string {
  const { tag, patch, folder = EMBED_FOLDER_PLACEHOLDER, integrity } = options;
  const script = options.script ?? 'embed.js';
  if (!TAG.test(tag)) throw new TypeError(`Not an Anders Kijken element: '${tag}'.`);
  if (!SCRIPT.test(script)) throw new TypeError(`Not a script of the download: '${script}'.`);
  const islandId = patch?.id ?? 'ak-lokaal';
  if (patch && !ISLAND_ID.test(islandId)) throw new TypeError(`Not a usable id for a data island: '${islandId}'.`);
  const attributes = { ...options.attributes, ...(patch ? { patch: islandId } : {}) };
  const written = Object.entries(attributes).map(([name, value]) => {
    if (!ATTRIBUTE.test(name)) throw new TypeError(`Not an attribute name: '${name}'.`);
    if (UNSAFE_ATTRIBUTE.test(name))
      throw new TypeError(`Not an attribute an element may get here: '${name}' (script or hiding it).`);
    return ` ${name}="${escapeAttribute(value)}"`;
  });
  const lines: string[] = [];
  if (!options.withoutScript) {
    const sri = integrity ? ` integrity="${escapeAttribute(integrity)}"` : '';
    lines.push(`<script type="module" src="${escapeAttribute(folder)}/${script}"${sri}></script>`);
    for (const file of preloadsFor(tag, options.attributes?.lang, options.files)) {
      if (!FILE.test(file)) throw new TypeError(`Not a file of the download: '${file}'.`);
      lines.push(`<link rel="modulepreload" href="${escapeAttribute(folder)}/${file}">`);
    }
    if (!options.withoutFallback) {
      const sri = options.stylesheetIntegrity ? ` integrity="${escapeAttribute(options.stylesheetIntegrity)}"` : '';
      lines.push(`<link rel="stylesheet" href="${escapeAttribute(folder)}/${FALLBACK_STYLESHEET}"${sri}>`);
    }
  }
  if (patch) lines.push(`<script type="application/json" id="${islandId}">`, islandJson(patch.value), '</script>');
  if (options.withoutFallback) lines.push(`<${tag}${written.join('')}></${tag}>`);
  else lines.push(`<${tag}${written.join('')}>`, ...fallbackLines(tag, attributes), `</${tag}>`);
  return lines.join('\n');
}
