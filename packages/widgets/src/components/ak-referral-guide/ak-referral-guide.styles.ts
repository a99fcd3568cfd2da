import { css } from 'lit';

export const referralStyles = css`
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    margin-block: 1em;
  }

  label {
    display: grid;
    gap: 0.25em;
    font-weight: bold;
  }

  select {
    min-block-size: 2.75em;
    padding-inline: 0.5em;
    border: 0.125em solid var(--_ak-color-border);
    border-radius: var(--_ak-radius);
    background: var(--_ak-color-background);
    max-inline-size: 100%;
  }

  .meaning {
    color: var(--_ak-color-subtle);
  }
`;
