import { css } from 'lit';

/**
 * The look every widget shares. Public custom properties (`--ak-*`) fall back to NL Design System
 * tokens (`--basis-*`, `--nl-*`, `--utrecht-*`) and then to safe defaults, so a municipal page's
 * theme reaches the widgets without extra work. Sizes are in `em`, so they follow the host's font.
 */
export const sharedStyles = css`
  :host {
    --_ak-color-text: var(
      --ak-color-text,
      var(--basis-color-default-color-document, var(--utrecht-document-color, #1b1b1b))
    );
    --_ak-color-background: var(
      --ak-color-background,
      var(--basis-color-default-bg-document, var(--utrecht-document-background-color, #ffffff))
    );
    --_ak-color-subtle: var(--ak-color-subtle, var(--basis-color-default-color-subtle, #4a4a4a));
    --_ak-color-border: var(--ak-color-border, var(--basis-color-default-border-default, #6b6b6b));
    --_ak-color-surface: var(--ak-color-surface, var(--basis-color-default-bg-subtle, #f3f3f3));
    --_ak-color-focus: var(
      --ak-color-focus,
      var(--basis-focus-outline-color, var(--utrecht-focus-outline-color, #0b57d0))
    );
    --_ak-color-action: var(
      --ak-color-action,
      var(--nl-button-primary-background-color, var(--utrecht-button-primary-action-background-color, #154273))
    );
    --_ak-color-action-text: var(
      --ak-color-action-text,
      var(--nl-button-primary-color, var(--utrecht-button-primary-action-color, #ffffff))
    );
    --_ak-color-link: var(--ak-color-link, var(--nl-link-color, var(--utrecht-link-color, #154273)));
    --_ak-radius: var(--ak-border-radius, var(--basis-border-radius-md, 0.25em));
    --_ak-space: var(--ak-space, 1em);
    /* Level colours pass 4.5:1 against white and are always paired with words. */
    --_ak-color-level-none: var(--ak-color-level-none, #3b6e3b);
    --_ak-color-level-attention: var(--ak-color-level-attention, #7a5a00);
    --_ak-color-level-concern: var(--ak-color-level-concern, #a34700);
    --_ak-color-level-suspicion: var(--ak-color-level-suspicion, #b3261e);
    --_ak-color-level-acute: var(--ak-color-level-acute, #7a0c0c);

    display: block;
    box-sizing: border-box;
    color: var(--_ak-color-text);
    background: var(--_ak-color-background);
    /* Controls follow the widget's own background, not a dark host page. A host with a dark
       theme sets --ak-color-scheme: dark together with its --ak-color-* colours. */
    color-scheme: var(--ak-color-scheme, light);
    accent-color: var(--_ak-color-action);
    font: inherit;
    line-height: 1.5;
    max-inline-size: 100%;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  [role='heading'] {
    font-weight: bold;
    line-height: 1.25;
    margin-block: 1.25em 0.5em;
    font-size: 1.125em;
  }

  [role='heading'].heading-0 {
    font-size: 1.375em;
    margin-block-start: 0.5em;
  }

  [role='heading'].heading-2 {
    font-size: 1em;
  }

  p {
    margin-block: 0.5em;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  button {
    cursor: pointer;
    border-radius: var(--_ak-radius);
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 0.125em solid var(--_ak-color-action);
    background: var(--_ak-color-background);
    color: var(--_ak-color-action);
    min-block-size: 2.75em;
  }

  button.primary {
    background: var(--_ak-color-action);
    color: var(--_ak-color-action-text);
  }

  a {
    color: var(--_ak-color-link);
  }

  /*
   * What focus moves to (a step, the outcome) stays clear of a host page's sticky header and of the
   * element's own quick-exit bar. Scrolling into view adds the page's scroll-padding-top itself
   * (--_ak-host-offset), so it is taken off here; without either, 4rem stands in for a header.
   */
  [tabindex='-1'] {
    scroll-margin-block-start: var(
      --ak-scroll-margin-top,
      calc(
        var(--ak-sticky-offset, var(--_ak-host-offset, 4rem)) - var(--_ak-host-offset, 0px) +
          var(--_ak-exit-bar-size, 0px) + 1rem
      )
    );
  }

  :focus-visible {
    outline: 0.1875em solid var(--_ak-color-focus);
    outline-offset: 0.125em;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .issues {
    border: 0.125em solid var(--_ak-color-level-suspicion);
    border-radius: var(--_ak-radius);
    padding: 0.75em 1em;
    margin-block-end: 1em;
  }

  .issues ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }

  @media (forced-colors: active) {
    button,
    .issues {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
