import { css } from 'lit';

/**
 * The "Snel weg" bar with 112: sticky at the top of the widget, so it stays in view while scrolling,
 * below the host page's sticky header (`--ak-sticky-offset`, else the page's `scroll-padding-top`).
 */
export const quickExitStyles = css`
  .exit {
    position: sticky;
    inset-block-start: var(--ak-sticky-offset, var(--_ak-host-offset, 0px));
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em;
    padding-block: 0.5em;
    background: var(--_ak-color-background);
  }

  .exit button {
    background: var(--_ak-color-level-acute);
    border-color: var(--_ak-color-level-acute);
    color: #ffffff;
    font-weight: bold;
  }

  .exit .hint {
    font-size: 0.875em;
  }

  .exit-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .emergency {
    font-weight: bold;
  }

  @media (forced-colors: active) {
    .exit button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
  }
`;
