import { resolveLocale } from '@anders-kijken/core';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { en } from '../translations/en.js';
import { nl } from '../translations/nl.js';
import type { Translation } from '../translations/translation.js';

/** The language a widget shows, given the `lang` in force where it stands: core's one resolver decides. */
export function translationFor(lang: string | null | undefined): Translation {
  return resolveLocale(lang) === 'nl' ? nl : en;
}

/** The `lang` in force for an element: its own, an ancestor's (across shadow roots), or `<html lang>`. */
export function langOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.getAttribute('lang') ?? '';
}

/**
 * Keeps a widget's texts in the language in force: its own `lang` attribute, else the nearest
 * ancestor's or `<html lang>`, read by core's `resolveLocale` (Dutch by default). It follows
 * changes to the element's and the document's `lang`. In server rendering (@lit-labs/ssr) there is no
 * document and no connected lifecycle: there the element's own `lang` attribute decides.
 */
export class LocalizeController implements ReactiveController {
  private current: Translation = nl;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** The texts in the current language. */
  get value(): Translation {
    return isServer ? translationFor(this.host.getAttribute('lang')) : this.current;
  }

  hostConnected(): void {
    this.refresh();
    this.observer = new MutationObserver(() => this.refresh());
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private refresh(): void {
    const next = translationFor(langOf(this.host));
    if (next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
    }
  }
}
