import { css } from 'lit';

/** A question with its answer choices and help, the hints beside it and the buttons below: shared by the checks. */
export const questionStyles = css`
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

  .more > summary {
    cursor: pointer;
    color: var(--_ak-color-link);
    text-decoration: underline;
    inline-size: fit-content;
    margin-block: 0.5em 1em;
  }

  @media (forced-colors: active) {
    .choice:has(input:checked) {
      border-color: Highlight;
    }
  }
`;
