import { css } from 'lit';

export const trainingStyles = css`
  .cases,
  .options {
    list-style: none;
    padding: 0;
    margin: 0.5em 0;
    display: grid;
    gap: 0.5em;
  }

  .cases {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
  }

  .options {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    max-block-size: 24em;
    overflow-y: auto;
    padding: 0.125em;
  }

  .options .choice {
    inline-size: 100%;
    align-items: flex-start;
  }

  .options .choice input {
    margin-block-start: 0.25em;
    flex: none;
  }

  .case-button {
    display: grid;
    gap: 0.125em;
    inline-size: 100%;
    text-align: start;
  }

  .case-title {
    font-weight: bold;
  }

  .case-meta,
  .case-done {
    color: var(--_ak-color-subtle);
    font-size: 0.875em;
  }

  .case-button .case-meta,
  .case-button .case-done {
    color: inherit;
  }

  .story {
    background: var(--_ak-color-surface);
    border-inline-start: 0.25em solid var(--_ak-color-action);
    border-radius: var(--_ak-radius);
    padding: 0.75em 1em;
    margin-block: 1em;
    max-inline-size: 40em;
  }

  .stacked {
    flex-direction: column;
    align-items: stretch;
  }

  .stacked .choice input {
    flex: none;
  }

  .missing {
    color: var(--_ak-color-level-suspicion);
    font-weight: bold;
  }

  fieldset[tabindex='-1']:focus {
    outline: 0.1875em solid var(--_ak-color-focus);
  }

  .verdict {
    border-inline-start: 0.25em solid var(--_ak-color-border);
    padding-inline-start: 0.75em;
  }

  .verdict.right {
    border-color: var(--_ak-color-level-none);
  }

  .verdict.wrong {
    border-color: var(--_ak-color-level-concern);
  }

  .explanation,
  .signals {
    padding-inline-start: 1.25em;
  }

  .signals > li + li {
    margin-block-start: 0.5em;
  }

  .examples-title {
    margin-block-end: 0;
    color: var(--_ak-color-subtle);
  }

  .table-scroll {
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
  }

  th,
  td {
    text-align: start;
    padding: 0.375em 0.5em;
    border-block-end: 0.0625em solid var(--_ak-color-border);
    vertical-align: top;
  }

  @media (forced-colors: active) {
    .story,
    .verdict {
      border-color: CanvasText;
    }
  }
`;
