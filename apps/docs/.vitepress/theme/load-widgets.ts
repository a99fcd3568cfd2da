import { withBase } from 'vitepress';

/** Adds a tag to the head once; the same URL is never loaded twice. */
function addOnce(selector: string, create: () => HTMLElement): void {
  if (typeof document === 'undefined' || document.head.querySelector(selector)) return;
  document.head.append(create());
}

/** Loads the real `embed.js`, the file web editors embed, so every live widget on the site is it. */
export function loadWidgets(): void {
  addOnce('script[data-ak-embed]', () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = withBase('/widgets/embed.js');
    script.dataset['akEmbed'] = '';
    return script;
  });
}

/** Loads the Utrecht design tokens; they only apply inside an element with the `utrecht-theme` class. */
export function loadTheme(): void {
  addOnce('link[data-ak-theme]', () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = withBase('/themes/utrecht.css');
    link.dataset['akTheme'] = '';
    return link;
  });
}
