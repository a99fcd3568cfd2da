import type { CatalogueEntry, Locale, Source } from '@anders-kijken/core';
import { html, nothing } from 'lit';
import { checked } from './checked.js';

/** One answer a question offers: the value it stands for and the words a reader sees. */
export interface Choice<V extends string> {
  value: V;
  label: string;
}

/** What a question needs to render: its words, its choices, the current choice and where to report a change. */
export interface QuestionOptions<V extends string> {
  /** The entry asked about; left out for a question that is about no one entry (a youth gate question). */
  entry?: CatalogueEntry;
  /**
   * The radio group's name and the id given to `onChoose`: by default the entry's id. The youth check
   * gives an entry's second question `id#2`, and a gate question the gate's id.
   */
  key?: string;
  locale: Locale;
  /** The question to ask: the professional's, the parent's or the youth check's words. */
  question: string;
  choices: readonly Choice<V>[];
  selected: V | undefined;
  onChoose: (id: string, value: V) => void;
  /** "What this can look like", with the sources behind it; left out in the youth check, whose examples are written for adults. */
  help?: { label: string; sourcesLabel: string; sources: readonly Source[] };
}

/**
 * One catalogue entry as a group of radio buttons, with its "what this can look like" examples and
 * sources on demand. The same for the professional, parent and youth check; only the words and the
 * choices differ.
 */
export function renderQuestion<V extends string>(options: QuestionOptions<V>) {
  const { entry, locale, help, selected, onChoose } = options;
  const id = options.key ?? entry?.id ?? '';
  const sources = help && entry ? help.sources.filter((source) => entry.sourceIds.includes(source.id)) : [];
  return html`<fieldset class="question" part="question" data-id=${id}>
    <legend>${options.question}</legend>
    <div class="choices">
      ${options.choices.map(
        (choice) =>
          html`<label class="choice">
            <input
              type="radio"
              name=${id}
              value=${choice.value}
              ${checked(selected === choice.value)}
              @change=${() => onChoose(id, choice.value)}
            />
            <span>${choice.label}</span>
          </label>`,
      )}
    </div>
    ${
      help && entry
        ? html`<details class="help" part="help">
            <summary>${help.label}</summary>
            <ul>
              ${entry.texts.examples.map((example) => html`<li>${example[locale]}</li>`)}
            </ul>
            ${
              sources.length
                ? html`<p class="sources">
                    ${help.sourcesLabel}: ${sources.map((s) => `${s.publisher} (${s.year})`).join('; ')}
                  </p>`
                : nothing
            }
          </details>`
        : nothing
    }
  </fieldset>`;
}
