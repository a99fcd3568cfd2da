import { css } from 'lit';

/** The look of the guided check: progress, the acute-danger notice and the age field. */
export const checkStyles = css`
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    color: var(--_ak-color-subtle);
  }

  .progress progress {
    inline-size: min(100%, 12em);
    accent-color: var(--_ak-color-action);
  }

  .step-title {
    font-size: 1.375em;
    font-weight: bold;
    margin-block: 0.5em;
  }

  /* Focus moves here when the outcome appears; the region itself needs no outline. */
  ak-assessment-summary:focus {
    outline: none;
  }

  .step-title:focus {
    outline: none;
  }

  .step-title:focus-visible {
    outline: 0.1875em solid var(--_ak-color-focus);
  }

  .danger {
    border: 0.125em solid var(--_ak-color-level-acute);
    border-radius: var(--_ak-radius);
    padding: 0.5em 1em;
    margin-block: 0.5em 1em;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .danger.active {
    background: var(--_ak-color-level-acute);
    color: #ffffff;
  }

  .danger.active button {
    color: #ffffff;
    border-color: #ffffff;
    background: transparent;
  }

  .age {
    display: grid;
    gap: 0.5em;
    max-inline-size: 24em;
    margin-block-end: 1.5em;
  }

  .age .choice {
    justify-self: start;
  }

  .age input[type='text'] {
    inline-size: 6em;
    padding: 0.5em;
    border: 0.125em solid var(--_ak-color-border);
    border-radius: var(--_ak-radius);
  }

  .age input[aria-invalid='true'] {
    border-color: var(--_ak-color-level-suspicion);
  }

  .field-error {
    color: var(--_ak-color-level-suspicion);
    font-weight: bold;
  }

  @media (forced-colors: active) {
    .danger.active {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
  }
`;
