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
    max-inline-size: 32em;
  }

  .chart-row {
    margin-block-end: 0.5em;
  }

  /* The label sits on its own line above the bar, in the widget's own size. */
  .chart-label {
    display: block;
  }

  .chart-track {
    display: grid;
    grid-template-columns: 1fr 3.5em;
    gap: 0.5em;
    align-items: center;
  }

  .chart-area {
    position: relative;
    block-size: 0.875em;
  }

  /* The threshold, dashed, through the bars only: the label above is never crossed. */
  .chart-area::after {
    content: '';
    position: absolute;
    inset-block: -0.25em;
    inset-inline-start: var(--_ak-threshold, 0);
    border-inline-start: 0.125em dashed var(--_ak-color-text);
  }

  .chart .bar {
    display: block;
    block-size: 100%;
    inline-size: max(0.125em, var(--_ak-bar, 0%));
    background: var(--_ak-color-subtle);
  }

  .chart .bar.indicated {
    background: var(--_ak-level-color, var(--_ak-color-action));
  }

  .chart-value {
    font-variant-numeric: tabular-nums;
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

  .details summary {
    cursor: pointer;
    color: var(--_ak-color-subtle);
    font-size: 0.875em;
    inline-size: fit-content;
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
    .level-mark {
      fill: CanvasText;
    }
    .chart .bar,
    .chart .bar.indicated {
      background: CanvasText;
      forced-color-adjust: none;
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
