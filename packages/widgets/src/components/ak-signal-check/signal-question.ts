import { ANSWERS, type Answer, type CatalogueEntry, type Locale, type Source } from '@anders-kijken/core';
import { html, nothing } from 'lit';

/** What a question needs to render: texts, the current answer, and where to report a change. */
export interface QuestionContext {
  locale: Locale;
  labels: Record<Answer, string>;
  examplesLabel: string;
  sourcesLabel: string;
  sources: readonly Source[];
  answer: Answer | undefined;
  onAnswer: (id: string, answer: Answer) => void;
  /** The question to ask: the professional's by default, the youth check's simple one when set. */
  question?: string;
  /** Whether to offer the examples; they are written for adults. Default: true. */
  showHelp?: boolean;
}

/**
 * One signal as a group of four radio buttons (no, don't know, possibly, clearly) with its
 * "what this can look like" examples and sources on demand.
 */
export function renderSignalQuestion(entry: CatalogueEntry, context: QuestionContext) {
  const { locale, labels, answer, onAnswer } = context;
  const sources = context.sources.filter((source) => entry.sourceIds.includes(source.id));
  return html`<fieldset class="question" part="question" data-id=${entry.id}>
    <legend>${context.question ?? entry.texts.question[locale]}</legend>
    <div class="choices">
      ${ANSWERS.map(
        (value) =>
          html`<label class="choice">
            <input
              type="radio"
              name=${entry.id}
              value=${value}
              .checked=${answer === value}
              @change=${() => onAnswer(entry.id, value)}
            />
            <span>${labels[value]}</span>
          </label>`,
      )}
    </div>
    ${
      context.showHelp === false
        ? nothing
        : html`<details class="help" part="help">
            <summary>${context.examplesLabel}</summary>
            <ul>
              ${entry.texts.examples.map((example) => html`<li>${example[locale]}</li>`)}
            </ul>
            ${
              sources.length
                ? html`<p class="sources">
                    ${context.sourcesLabel}: ${sources.map((s) => `${s.publisher} (${s.year})`).join('; ')}
                  </p>`
                : nothing
            }
          </details>`
    }
  </fieldset>`;
}
