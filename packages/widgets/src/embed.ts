/**
 * The loader for `<script type="module" src=".../embed.js">`. It registers only the Anders Kijken
 * elements on the page, and the ones a page adds later: each from its own module in the same folder
 * as this file (resolved from `import.meta.url`, so the folder works wherever it is put and under
 * `default-src 'self'`), with the code they share in shared chunks. Safe to load more than once.
 * For a CMS that allows no modules, `embed-classic.js` holds everything in one classic script.
 * @packageDocumentation
 */

import { resolveLocale } from '@anders-kijken/core';
import { DEFAULT_EXIT_URL, safeExitUrl } from './internal/exit-url.js';

/** Element → its own module, then the shared chunks it imports (from this build). */
const FILES = __AK_EMBED_FILES__;

const requested = new Map<string, Promise<void>>();

/**
 * Loads and registers one element, with what it needs, from beside this file. Only for an element
 * the loader cannot see: one inside another component's shadow root. Resolves once it is defined;
 * at once when the page already has it (from an app's own bundle, say), without loading anything.
 */
export function loadElement(tag: string): Promise<void> {
  const files = FILES[tag];
  if (!files) return Promise.reject(new Error(`[anders-kijken] embed.js has no element <${tag}>.`));
  if (customElements.get(tag)) return Promise.resolve();
  let loading = requested.get(tag);
  if (!loading) {
    // The shared chunks are requested beside the element's own module, not after it has arrived and
    // named them: one round trip to the server instead of two.
    loading = Promise.all(files.map((file) => import(new URL(file, import.meta.url).href))).then(() => undefined);
    loading.catch((error: unknown) => console.error(`[anders-kijken] <${tag}> could not be loaded:`, error));
    requested.set(tag, loading);
  }
  return loading;
}

const selector = Object.keys(FILES).join(',');

/** The language an element will show, by the nearest `lang` and core's one resolver. */
const languageOf = (element: Element) => resolveLocale(element.closest('[lang]')?.getAttribute('lang'));

/**
 * The modules carry the Dutch texts of the national ruleset; an element in another language loads
 * the English ones it shows before it first renders. Asked for here, beside its own files, they are
 * not a round trip later (the browser fetches a module once, however often it is imported). A
 * failure is the element's to handle (it shows Dutch): nothing to do here.
 */
function loadTextsFor(element: Element): void {
  if (languageOf(element) === 'nl') return;
  for (const file of __AK_ENGLISH_TEXTS__[element.localName] ?? [])
    import(new URL(file, import.meta.url).href).catch(() => undefined);
}

/** The fallback whose quick exit Escape takes: the first one shown. */
let exitFrom: Element | undefined;

/** Leaves for the element's own `exit-url` when it is a safe one, replacing the page in the history. */
const leave = (element: Element) =>
  location.replace(safeExitUrl(element.getAttribute('exit-url'), document.baseURI) ?? DEFAULT_EXIT_URL);

/**
 * When an element's files cannot load (offline, moved, changed, blocked), it still shows 112, and an
 * element a young person uses still has "Snel weg" (and Escape): in its light DOM, in the language
 * of the page around it. Built from nodes, not markup, so it works under Trusted Types too.
 */
function showFallback(element: Element): void {
  if (customElements.get(element.localName) || element.querySelector('[data-ak-fallback]')) return;
  const english = languageOf(element) === 'en';
  const fallback = document.createElement('p');
  fallback.dataset['akFallback'] = '';
  fallback.lang = english ? 'en' : 'nl';
  if (__AK_QUICK_EXIT_TAGS__.includes(element.localName)) {
    const exit = document.createElement('button');
    exit.type = 'button';
    exit.textContent = english ? 'Leave quickly' : 'Snel weg';
    exit.addEventListener('click', () => leave(element));
    fallback.append(exit, ' ');
    if (!exitFrom) {
      exitFrom = element;
      document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && exitFrom) leave(exitFrom);
      });
    }
  }
  const call = document.createElement('a');
  call.href = 'tel:112';
  call.textContent = '112';
  fallback.append(english ? 'In danger right now? Call ' : 'Bij direct gevaar: bel ', call, '.');
  element.append(fallback);
}

function loadWithin(node: Node): void {
  if (!(node instanceof Element)) return;
  const elements = [...(node.matches(selector) ? [node] : []), ...node.querySelectorAll(selector)];
  for (const element of elements) {
    loadTextsFor(element);
    loadElement(element.localName).catch(() => showFallback(element));
  }
}

loadWithin(document.documentElement);
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) loadWithin(node);
  // Once every element is registered there is nothing left to watch for; until then an element added
  // after a failed load still gets its fallback.
  if (Object.keys(FILES).every((tag) => customElements.get(tag))) observer.disconnect();
});
observer.observe(document.documentElement, { childList: true, subtree: true });
