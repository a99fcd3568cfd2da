import type { Issue, Ruleset } from '@anders-kijken/core';
import type { PatchResult, applyPatch as ApplyPatch } from './apply-patch.js';
import { allTextsReady } from './texts-by-locale.js';

/** The patch a data island gave, per island and text: several widgets on a page share one. */
const applied = new WeakMap<Element, { text: string; base: Ruleset; result: Promise<PatchResult> }>();

const problem = (code: string, nl: string, en: string): PatchResult => ({
  issues: [{ path: ['patch'], code, message: { nl, en } } as Issue],
});

/** The element with this id in the host's own tree (document or shadow root), else in its document. */
function findIsland(host: Element, id: string): Element | null {
  const root = host.getRootNode() as Partial<Document | ShadowRoot>;
  return root.getElementById?.(id) ?? host.ownerDocument.getElementById(id);
}

const parsed = () =>
  document.readyState === 'loading'
    ? new Promise<void>((done) => document.addEventListener('DOMContentLoaded', () => done(), { once: true }))
    : Promise.resolve();

/**
 * Reads the ruleset patch in `<script type="application/json" id="…">` on the page and extends
 * `base` with it. The JSON is parsed, never executed, so it works under `default-src 'self'`. Never
 * throws: a missing island, broken JSON or a refused patch gives issues with paths under `patch`.
 */
export async function patchFromPage(host: Element, id: string, base: Ruleset): Promise<PatchResult> {
  let island = findIsland(host, id);
  // An element parsed before its island (embed.js already loaded) looks again once the page is parsed.
  if (!island) {
    await parsed();
    island = findIsland(host, id);
  }
  if (!island)
    return problem(
      'patch_not_found',
      `Er staat geen element met id '${id}' op de pagina.`,
      `There is no element with id '${id}' on the page.`,
    );
  if (island.localName !== 'script' || (island as HTMLScriptElement).type !== 'application/json')
    return problem(
      'patch_not_json_script',
      `Het element met id '${id}' is geen <script type="application/json">.`,
      `The element with id '${id}' is not a <script type="application/json">.`,
    );
  const text = island.textContent ?? '';
  const known = applied.get(island);
  if (known && known.text === text && known.base === base) return known.result;
  const result = read(text, base);
  applied.set(island, { text, base, result });
  return result;
}

async function read(text: string, base: Ruleset): Promise<PatchResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return problem('patch_invalid_json', `De JSON klopt niet: ${detail}.`, `The JSON is not valid: ${detail}.`);
  }
  let applyPatch: typeof ApplyPatch;
  try {
    // Only pages with a patch load the schemas; in embed.js this is the file embed-patch.js beside it.
    // The extended ruleset copies the base: the national ruleset's texts in every language must be there first.
    [{ applyPatch }] = await Promise.all([import('./apply-patch.js'), allTextsReady()]);
  } catch {
    return problem(
      'patch_unavailable',
      'Het bestand embed-patch.js kon niet worden geladen; zet het naast embed.js.',
      'The file embed-patch.js could not be loaded; put it beside embed.js.',
    );
  }
  return applyPatch(base, json);
}
