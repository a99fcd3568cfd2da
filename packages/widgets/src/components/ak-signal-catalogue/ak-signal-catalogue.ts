import { safeHref, valueAt, type CatalogueEntry, type Source } from '@anders-kijken/core';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { AkElement } from '../../internal/ak-element.js';
import { matchesEntry, searchWords } from '../../internal/match-entry.js';
import { linkOrText } from '../../internal/render-guidance.js';
import { fieldStyles } from '../../styles/fields.styles.js';
import { catalogueStyles } from './ak-signal-catalogue.styles.js';
// It shows the texts of signals: in the browser files they load with this element, not with every page.
import '../../internal/signal-texts.js';

/** The filter value for risk factors, which belong to no evidence dimension. */
const CONTEXT = 'vulnerability';

/**
 * Browse and search every signal, acute signal and risk factor, by dimension, with whether it is
 * direct or indirect evidence, what each can look like and its sources. For awareness and training;
 * it asks nothing and stores nothing.
 *
 * @tagname ak-signal-catalogue
 * @summary All signals, searchable, with examples and sources.
 * @status stable
 * @since 0.1.0
 *
 * @event {AkErrorEvent} ak-error - The ruleset given is invalid, or (once) the content could not render and the
 *   fallback with 112 shows. Detail: `{ issues }`.
 *
 * @csspart base - The whole catalogue.
 * @csspart filters - The search field and the dimension filter.
 * @csspart entries - The list of signals.
 * @csspart entry - One signal.
 * @csspart issues - Problems shown inline.
 * @csspart fallback - What shows instead of the content when it cannot render: 112.
 *
 * @cssproperty --ak-color-text - Text colour. Falls back to `--basis-color-default-color-document`.
 * @cssproperty --ak-color-background - Background colour.
 * @cssproperty --ak-color-border - Borders of fields and entries.
 * @cssproperty --ak-color-subtle - Tags and secondary text.
 * @cssproperty --ak-color-link - Links and disclosures.
 * @cssproperty --ak-color-focus - Focus outline.
 * @cssproperty --ak-border-radius - Corner radius.
 *
 * @example
 * ```html
 * <ak-signal-catalogue dimension="control"></ak-signal-catalogue>
 * ```
 */
export class AkSignalCatalogue extends AkElement {
  static override styles = [...AkElement.styles, fieldStyles, catalogueStyles];

  /** Show one dimension only (`activity`, `recruitment`, `control`, `harm`, `vulnerability`), or all. */
  @property({ reflect: true }) dimension: string | undefined;

  /** The search words; also set by the search field. */
  @property() query = '';

  private get entries(): CatalogueEntry[] {
    return [...this.ruleset.signals, ...this.ruleset.riskFactors];
  }

  /** The entries the current search and filter show, in catalogue order. */
  get visibleEntries(): CatalogueEntry[] {
    const words = searchWords(this.query);
    return this.entries.filter(
      (entry) => (!this.dimension || entry.dimension === this.dimension) && matchesEntry(entry, words, this.locale),
    );
  }

  protected renderContent(): unknown {
    const { t, locale } = this;
    const visible = this.visibleEntries;
    const dimensions = [
      ...this.ruleset.dimensions.map((d) => [d.id, d.label[locale]] as const),
      [CONTEXT, t.riskTitle] as const,
    ];
    return html`<section part="base" aria-labelledby="title">
      <div id="title" role="heading" aria-level="2" class="heading heading-0">${t.catalogueTitle}</div>
      <div class="fields" part="filters" role="search">
        <label>
          ${t.catalogueSearch}
          <input
            type="search"
            .value=${this.query}
            @input=${this.guard((e: Event) => (this.query = (e.target as HTMLInputElement).value))}
          />
        </label>
        <label>
          ${t.catalogueFilter}
          <select
            @change=${this.guard((e: Event) => (this.dimension = (e.target as HTMLSelectElement).value || undefined))}
          >
            <option value="" ?selected=${!this.dimension}>${t.catalogueAll}</option>
            ${dimensions.map(([id, label]) => html`<option value=${id} ?selected=${this.dimension === id}>${label}</option>`)}
          </select>
        </label>
      </div>
      <p role="status" aria-live="polite">
        ${visible.length ? t.catalogueResults(visible.length) : t.catalogueNoResults}
      </p>
      <ul class="entries" part="entries">
        ${visible.map((entry) => this.renderEntry(entry))}
      </ul>
    </section>`;
  }

  private renderEntry(entry: CatalogueEntry) {
    const { t, locale, words } = this;
    const dimension = this.ruleset.dimensions.find((d) => d.id === entry.dimension);
    const evidence = entry.kind === 'signal' ? entry.evidence : undefined;
    const strength = entry.kind === 'risk-factor' ? undefined : valueAt(entry.strength);
    const sources = this.ruleset.sources.filter((s) => entry.sourceIds.includes(s.id));
    return html`<li class="entry" part="entry" data-id=${entry.id}>
      <div role="heading" aria-level="3" class="heading heading-2">${entry.texts.label[locale]}</div>
      <div class="tags">
        <span class="tag">${words.kinds[entry.kind]}</span>
        ${evidence ? html`<span class="tag evidence ${evidence}">${words.evidence[evidence]}</span>` : nothing}
        ${dimension ? html`<span class="tag">${dimension.label[locale]}</span>` : nothing}
        ${strength ? html`<span class="tag">${words.strengths[strength]}</span>` : nothing}
      </div>
      <p>${entry.texts.question[locale]}</p>
      ${evidence ? html`<p class="evidence-meaning">${words.evidenceMeaning[evidence]}</p>` : nothing}
      <details>
        <summary>${t.examples}</summary>
        <ul>
          ${entry.texts.examples.map((example) => html`<li>${example[locale]}</li>`)}
        </ul>
        <p><strong>${t.sources}</strong></p>
        <ul>
          ${sources.map((source) => html`<li>${this.renderSource(source)}</li>`)}
        </ul>
      </details>
    </li>`;
  }

  private renderSource(source: Source) {
    const text = `${source.publisher}, ${source.title} (${source.year})`;
    return linkOrText(safeHref('source-url', source.url), text);
  }
}
