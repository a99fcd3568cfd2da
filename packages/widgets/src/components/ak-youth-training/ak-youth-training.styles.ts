import { css } from 'lit';

/** A chat that reads on a phone and on a classroom projector: the type grows with the widget's width. */
export const youthTrainingStyles = css`
  :host {
    container-type: inline-size;
  }

  .chats {
    list-style: none;
    padding: 0;
    margin: 0.5em 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.5em;
  }

  .chats button {
    inline-size: 100%;
    display: grid;
    gap: 0.125em;
    text-align: start;
  }

  .chat-title {
    font-weight: bold;
  }

  .chat-done {
    font-size: 0.875em;
  }

  .chat {
    list-style: none;
    padding: 0;
    margin: 1em 0;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    max-inline-size: 40em;
  }

  .message {
    display: grid;
    gap: 0.125em;
    max-inline-size: 85%;
    padding: 0.5em 0.75em;
    border: 0.0625em solid var(--_ak-color-border);
    border-radius: 1em;
  }

  .theirs {
    align-self: flex-start;
    background: var(--_ak-color-surface);
    border-end-start-radius: 0.25em;
  }

  .mine {
    align-self: flex-end;
    background: var(--_ak-color-action);
    border-color: var(--_ak-color-action);
    color: var(--_ak-color-action-text);
    border-end-end-radius: 0.25em;
  }

  .sender {
    font-size: 0.875em;
    font-weight: bold;
  }

  .question-text {
    font-weight: bold;
    font-size: 1.125em;
  }

  .choices {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    max-inline-size: 40em;
  }

  .choice {
    text-align: start;
  }

  .choice[aria-pressed='true'] {
    background: var(--_ak-color-action);
    color: var(--_ak-color-action-text);
    font-weight: bold;
  }

  .feedback:not(:empty) {
    margin-block: 1em;
    padding: 0.5em 1em;
    border-inline-start: 0.25em solid var(--_ak-color-border);
    max-inline-size: 40em;
  }

  .feedback.good {
    border-color: var(--_ak-color-level-none);
  }

  .feedback.not-yet {
    border-color: var(--_ak-color-level-concern);
  }

  .trick {
    font-size: 1.125em;
    max-inline-size: 40em;
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 1em;
  }

  .hint {
    color: var(--_ak-color-subtle);
  }

  /* On a projector or a wide screen the whole class reads along. */
  @container (min-width: 48em) {
    section {
      font-size: 1.375em;
    }
  }

  @media (forced-colors: active) {
    .message,
    .choice[aria-pressed='true'] {
      border: 0.125em solid CanvasText;
    }
  }
`;
