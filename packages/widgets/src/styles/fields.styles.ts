import { css } from 'lit';

/** A row of labelled fields (search, selects), shared by the referral guide and the catalogue. */
export const fieldStyles = css`
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    margin-block: 1em;
  }

  .fields label {
    display: grid;
    gap: 0.25em;
    font-weight: bold;
    flex: 1 1 14em;
    min-inline-size: 0;
    max-inline-size: 24em;
  }

  .fields input,
  .fields select {
    min-block-size: 2.75em;
    padding-inline: 0.5em;
    border: 0.125em solid var(--_ak-color-border);
    border-radius: var(--_ak-radius);
    background: var(--_ak-color-background);
    inline-size: 100%;
  }
`;
