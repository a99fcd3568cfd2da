import { css } from 'lit';

export const catalogueStyles = css`
  .entries {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }

  .entry {
    border: 0.0625em solid var(--_ak-color-border);
    border-radius: var(--_ak-radius);
    padding: 0.75em 1em;
  }

  .entry [role='heading'] {
    margin-block-start: 0;
  }

  .entry p {
    margin-block: 0.25em;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    font-size: 0.875em;
    color: var(--_ak-color-subtle);
  }

  .tag {
    border: 0.0625em solid var(--_ak-color-border);
    border-radius: 1em;
    padding-inline: 0.625em;
  }

  /* Direct evidence stands out by its border, never by colour alone: the word says which it is. */
  .tag.evidence.direct {
    border-width: 0.125em;
    border-color: currentColor;
    color: var(--_ak-color-text);
    font-weight: bold;
  }

  .evidence-meaning {
    font-size: 0.875em;
    color: var(--_ak-color-subtle);
  }

  details summary {
    cursor: pointer;
    color: var(--_ak-color-link);
    text-decoration: underline;
    inline-size: fit-content;
  }
`;
