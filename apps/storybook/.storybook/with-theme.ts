import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * Wraps a story in the chosen theme: the widgets' own look, the Utrecht NL Design System theme (its
 * class on an ancestor, as on a municipal page), or the system colours forced-colors mode uses.
 */
export const withTheme: Decorator = (story, context) => {
  const theme = String(context.globals['theme'] ?? 'default');
  return html`<div class="ak-story ak-story--${theme} ${theme === 'utrecht' ? 'utrecht-theme' : ''}">${story()}</div>`;
};
