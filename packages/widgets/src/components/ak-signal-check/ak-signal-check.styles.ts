import { css } from 'lit';

/** The look of a guided check; `<ak-youth-check>` shares it. */
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

  .question {
    border: 0.0625em solid var(--_ak-color-border);
    border-radius: var(--_ak-radius);
    padding: 0.75em 1em;
    margin: 0 0 1em;
    min-inline-size: 0;
  }

  /* A floated legend sits inside the box instead of breaking its top border. */
  .question legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    font-weight: bold;
  }

  .question legend + * {
    clear: both;
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.5em;
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.375em 0.75em;
    border: 0.0625em solid var(--_ak-color-border);
    border-radius: var(--_ak-radius);
    min-block-size: 2.75em;
    cursor: pointer;
  }

  .choice:has(input:checked) {
    border-color: var(--_ak-color-action);
    box-shadow: inset 0 0 0 0.0625em var(--_ak-color-action);
    font-weight: bold;
  }

  .choice input {
    inline-size: 1.125em;
    block-size: 1.125em;
    margin: 0;
    accent-color: var(--_ak-color-action);
  }

  .help summary {
    cursor: pointer;
    color: var(--_ak-color-link);
    text-decoration: underline;
    inline-size: fit-content;
  }

  .help ul {
    margin-block: 0.5em;
  }

  .sources {
    font-size: 0.875em;
    color: var(--_ak-color-subtle);
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

  .hint {
    color: var(--_ak-color-subtle);
    margin: 0;
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 1em;
  }

  @media (forced-colors: active) {
    .danger.active {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .choice:has(input:checked) {
      border-color: Highlight;
    }
  }
`;
