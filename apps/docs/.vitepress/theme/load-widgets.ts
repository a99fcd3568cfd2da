import { withBase } from 'vitepress';

/** Adds an element to the head once, marked with `data-<marker>`; a second call does nothing. */
function addOnce(marker: string, tag: 'script' | 'link', attributes: Record<string, string>): void {
  if (typeof document === 'undefined' || document.head.querySelector(`[data-${marker}]`)) return;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ ...attributes, [`data-${marker}`]: '' }))
    element.setAttribute(name, value);
  document.head.append(element);
}

/**
 * Loads the real `embed.js`, the file web editors embed, so every live widget on the site is it: the
 * loader brings each element as a page of the site shows it, the practice widgets too.
 */
export const loadWidgets = (): void =>
  addOnce('ak-embed', 'script', { type: 'module', src: withBase('/widgets/embed.js') });

/**
 * Loads the Utrecht and Den Haag design tokens; they only apply inside an element with the
 * `utrecht-theme` or `denhaag-theme` class.
 */
export const loadTheme = (): void => {
  addOnce('ak-theme', 'link', { rel: 'stylesheet', href: withBase('/themes/utrecht.css') });
  addOnce('ak-theme-denhaag', 'link', { rel: 'stylesheet', href: withBase('/themes/denhaag.css') });
};
