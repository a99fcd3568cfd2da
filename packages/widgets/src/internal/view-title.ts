import { html } from 'lit';

/** The title of a widget's view (a list, a case, its feedback): a heading focus moves to when the view changes. */
export const viewTitle = (text: string) =>
  html`<div class="view-title heading heading-0" role="heading" aria-level="2" tabindex="-1">${text}</div>`;
