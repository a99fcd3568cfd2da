import { css } from 'lit';

export const summaryStyles = css`
  .level {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding: 0.75em 1em;
    border-inline-start: 0.5em solid var(--_ak-level-color);
    background: var(--_ak-color-surface);
    border-radius: var(--_ak-radius);
  }

  .level-name {
    font-size: 1.25em;
    font-weight: bold;
    color: var(--_ak-level-color);
    margin: 0;
  }

  .level-meaning {
    margin: 0.25em 0 0;
  }

  .level-mark {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    fill: var(--_ak-level-color);
  }

  :host([data-level='none']) {
    --_ak-level-color: var(--_ak-color-level-none);
  }
  :host([data-level='attention']) {
    --_ak-level-color: var(--_ak-color-level-attention);
  }
  :host([data-level='concern']) {
    --_ak-level-color: var(--_ak-color-level-concern);
  }
  :host([data-level='suspicion']) {
    --_ak-level-color: var(--_ak-color-level-suspicion);
  }
  :host([data-level='acute']) {
    --_ak-level-color: var(--_ak-color-level-acute);
  }

  .chart {
    margin: 0;
  }

  .chart svg {
    inline-size: 100%;
    max-inline-size: 32em;
    block-size: auto;
  }

  .chart .bar {
    fill: var(--_ak-color-subtle);
  }

  .chart .bar.indicated {
    fill: var(--_ak-level-color, var(--_ak-color-action));
  }

  .chart .threshold {
    stroke: var(--_ak-color-text);
    stroke-dasharray: 2 2;
  }

  .chart text {
    fill: var(--_ak-color-text);
    font-size: 13px;
  }

  .chart figcaption {
    color: var(--_ak-color-subtle);
    font-size: 0.875em;
  }

  .gap-level {
    color: var(--_ak-color-subtle);
  }

  .all-gaps summary {
    cursor: pointer;
    color: var(--_ak-color-link);
    text-decoration: underline;
    inline-size: fit-content;
  }

  .gaps ul {
    padding-inline-start: 1.25em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 1em;
  }

  .ruleset,
  .disclaimer {
    color: var(--_ak-color-subtle);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .level {
      border-inline-start-color: CanvasText;
    }
    .chart .bar,
    .chart .bar.indicated,
    .level-mark {
      fill: CanvasText;
    }
  }

  @media print {
    .actions {
      display: none;
    }
    :host {
      color: #000;
      background: #fff;
    }
  }
`;
