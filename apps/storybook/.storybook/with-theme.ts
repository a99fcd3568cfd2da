import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * Wraps a story in the chosen theme: the widgets' own look, a municipality's NL Design System theme
 * (Utrecht, Den Haag: its class on an ancestor, as on a municipal page), or the system colours
 * forced-colors mode uses.
 */
const THEME_CLASS: Record<string, string> = { utrecht: 'utrecht-theme', denhaag: 'denhaag-theme' };

export const withTheme: Decorator = (story, context) => {
  const theme = String(context.globals['theme'] ?? 'default');
  return html`<div class="ak-story ak-story--${theme} ${THEME_CLASS[theme] ?? ''}">${story()}</div>`;
};
