import {
  AGE_RANGE,
  ANSWERS,
  safeAssess,
  type Answer,
  type Assessment,
  type AssessmentInput,
  type Audience,
  type CatalogueEntry,
} from '@anders-kijken/core';
import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { AkAssessEvent } from '../../events/ak-assess.js';
import { AkChangeEvent } from '../../events/ak-change.js';
import { AkResetEvent } from '../../events/ak-reset.js';
import { AkElement } from '../../internal/ak-element.js';
import { checked } from '../../internal/checked.js';
import { reveal } from '../../internal/reveal.js';
import { renderQuestion } from '../../internal/render-question.js';
import { questionStyles } from '../../styles/question.styles.js';
import { checkStyles } from './ak-signal-check.styles.js';
// It shows the texts of signals: in the browser files they load with this element, not with every page.
import '../../internal/signal-texts.js';

/** One screen of the check. */
interface Step {
  id: string;
  title: string;
  intro: string;
  entries: CatalogueEntry[];
}

/**
 * The guided check for a professional, or with `audience="parent"` a worried adult: the age and
 * acute danger first, then the signals dimension by dimension, then circumstances as context, and
 * then the outcome in `<ak-assessment-summary>`. Every question can be answered no, don't know,
 * possibly or yes, clearly, with "what this can look like" on demand. A parent gets the questions a
 * parent can answer first, in plain words about "je kind", and the rest behind "more questions".
 * Nothing is stored or sent.
 *
 * @tagname ak-signal-check
 * @summary The guided check of signals, with an explained outcome.
 * @status stable
 * @since 0.1.0
 *
 * @event {AkChangeEvent} ak-change - The user changed an answer. Detail: `{ input }`, the whole input as `getInput()` returns it.
 * @event {AkAssessEvent} ak-assess - The outcome is shown. Detail: `{ assessment }`.
 * @event {AkResetEvent} ak-reset - The check was cleared.
 * @event {AkErrorEvent} ak-error - An invalid ruleset or `setInput` (nothing entered is lost), or (once) content
 *   that could not render. Detail: `{ issues }`.
 *
 * @csspart base - The form around each step.
 * @csspart progress - The step indicator ("stap 2 van 6").
 * @csspart danger - The acute-danger notice shown on every step.
 * @csspart question - One question with its four answers.
 * @csspart more - The disclosure with the questions a parent sees less often.
 * @csspart help - The "what this can look like" disclosure of a question.
 * @csspart nav - The previous and next buttons.
 * @csspart result - The outcome step.
 * @csspart issues - Problems shown inline.
 * @csspart fallback - What shows instead of the content when it cannot render: 112.
 *
 * @cssproperty --ak-color-text - Text colour. Falls back to `--basis-color-default-color-document`.
 * @cssproperty --ak-color-background - Background colour.
 * @cssproperty --ak-color-border - Borders of questions and fields.
 * @cssproperty --ak-color-action - Buttons and selected answers. Falls back to `--nl-button-primary-background-color`.
 * @cssproperty --ak-color-action-text - Text on primary buttons.
 * @cssproperty --ak-color-focus - Focus outline.
 * @cssproperty --ak-color-link - Links and disclosures.
 * @cssproperty --ak-color-level-acute - The acute-danger notice.
 * @cssproperty --ak-border-radius - Corner radius.
 *
 * @example
 * ```html
 * <script type="module" src="https://example.org/anders-kijken/embed.js"></script>
 * <ak-signal-check municipality="den-haag"></ak-signal-check>
 * ```
 */
export class AkSignalCheck extends AkElement {
  static override styles = [...AkElement.styles, questionStyles, checkStyles];

  /** Who uses the check: `professional` (default) or `parent`. Chooses next steps, never the level. */
  @property({ reflect: true }) audience: Extract<Audience, 'professional' | 'parent'> = 'professional';

  /** A municipality id from the ruleset, such as `den-haag`, to add its local contacts. */
  @property({ reflect: true }) municipality: string | undefined;

  @state() private step = 0;
  @state() private answers: Record<string, Answer> = {};
  @state() private ageText = '';
  @state() private ageUnknown = false;
  @state() private ageError = false;
  /** Arrested or a suspect: brings in the step about the lawyer, never changes the level. */
  @state() private suspect = false;
  @state() private assessment: Assessment | undefined;

  @query('.step-title') private stepTitle!: HTMLElement | null;
  @query('ak-assessment-summary') private summary!: HTMLElement | null;
  @query('#age') private ageInput!: HTMLInputElement | null;

  private moved = false;

  /** The screens: age and acute danger, one per dimension, then risk factors. A parent reads them about "je kind". */
  private get steps(): Step[] {
    const { t, locale, ruleset } = this;
    const parent = this.audience === 'parent';
    const acute = ruleset.signals.filter((s) => s.kind === 'acute');
    return [
      { id: 'start', title: `${t.ageTitle} · ${t.acuteTitle}`, intro: t.acuteIntro, entries: acute },
      ...ruleset.dimensions.map((dimension) => ({
        id: dimension.id,
        title: ((parent && dimension.parentLabel) || dimension.label)[locale],
        intro: `${((parent && dimension.parentQuestion) || dimension.question)[locale]} ${t.dimensionIntro}`,
        entries: ruleset.signals.filter((s) => s.kind === 'signal' && s.dimension === dimension.id),
      })),
      {
        id: 'context',
        title: t.riskTitle,
        intro: parent ? t.riskIntroParent : t.riskIntro,
        entries: ruleset.riskFactors,
      },
    ];
  }

  private get age(): AssessmentInput['age'] {
    if (this.ageUnknown) return 'unknown';
    const value = Number(this.ageText.trim());
    return this.ageText.trim() !== '' && Number.isInteger(value) && value >= AGE_RANGE.min && value <= AGE_RANGE.max
      ? value
      : 'unknown';
  }

  /** The check's answers as input for `assess`. An age not (validly) entered is `unknown`. */
  getInput(): AssessmentInput {
    const input: AssessmentInput = { age: this.age, observations: { ...this.answers }, audience: this.audience };
    if (this.suspect) input.suspect = true;
    if (this.municipality) input.municipality = this.municipality;
    return input;
  }

  /**
   * Fills the check with an input, validated against the ruleset. Invalid input is refused with an
   * `ak-error` event and an inline message, and the answers already there stay.
   */
  setInput(input: AssessmentInput): void {
    this.guard(() => {
      const assessment = this.assessedOrReport(safeAssess(input, this.ruleset));
      if (!assessment) return;
      this.answers = { ...input.observations };
      this.ageUnknown = input.age === 'unknown';
      this.ageText = input.age === 'unknown' ? '' : String(input.age);
      this.ageError = false;
      this.suspect = input.suspect === true;
      if (this.step === this.steps.length) this.assessment = assessment;
    })();
  }

  /** Clears every answer and goes back to the first step. Fires `ak-reset`. */
  reset(): void {
    this.answers = {};
    this.ageText = '';
    this.ageUnknown = false;
    this.ageError = false;
    this.suspect = false;
    this.assessment = undefined;
    this.issues = [];
    this.goTo(0);
    this.emit(new AkResetEvent());
  }

  protected override updated(): void {
    if (!this.moved) return;
    this.moved = false;
    // Focus follows the step, so keyboard and screen-reader users start at its title.
    reveal(this.step === this.steps.length ? this.summary : this.stepTitle);
  }

  private goTo(step: number): void {
    this.step = step;
    this.moved = true;
  }

  private answer(id: string, answer: Answer): void {
    this.answers = { ...this.answers, [id]: answer };
    this.emit(new AkChangeEvent(this.getInput()));
  }

  private next(): void {
    if (this.step === 0 && !this.ageUnknown && this.age === 'unknown') {
      this.ageError = true;
      this.ageInput?.focus();
      return;
    }
    if (this.step + 1 === this.steps.length) {
      this.showResult();
      return;
    }
    this.goTo(this.step + 1);
  }

  private showResult(): void {
    const assessment = this.assessedOrReport(safeAssess(this.getInput(), this.ruleset));
    if (!assessment) return;
    this.assessment = assessment;
    this.goTo(this.steps.length);
    this.emit(new AkAssessEvent(assessment));
  }

  protected renderContent(): unknown {
    const steps = this.steps;
    if (this.step >= steps.length) return this.renderResult();
    const step = steps[this.step] as Step;
    const { t } = this;
    const last = this.step + 1 === steps.length;
    return html`<form
      part="base"
      novalidate
      @submit=${this.guard((event: Event) => (event.preventDefault(), this.next()))}
    >
      <div class="progress" part="progress">
        <span>${t.stepOf(this.step + 1, steps.length)}</span>
        <progress max=${steps.length} .value=${this.step + 1} aria-label=${t.progressLabel}></progress>
      </div>
      ${this.step > 0 ? this.renderDanger() : nothing}
      <div class="step-title" role="heading" aria-level="2" tabindex="-1">${step.title}</div>
      <p>
        ${
          this.step === 0
            ? html`<strong class="emergency">${t.emergencyCall} <a href="tel:112">112</a>.</strong>`
            : nothing
        }
        ${step.intro}
      </p>
      ${this.step === 0 ? this.renderAge() : nothing} ${this.renderQuestions(step.entries)}
      <div class="nav" part="nav">
        ${
          this.step > 0
            ? html`<button type="button" @click=${this.guard(() => this.goTo(this.step - 1))}>${t.previous}</button>`
            : nothing
        }
        <button type="submit" class="primary">${last ? t.showResult : t.next}</button>
      </div>
    </form>`;
  }

  /**
   * The questions of a step. A parent sees the ones written for parents first, in those words, and
   * the rest behind "more questions"; a professional sees every question as it is.
   */
  private renderQuestions(entries: readonly CatalogueEntry[]) {
    const { t, locale, words } = this;
    const choices = ANSWERS.map((value) => ({ value, label: words.answers[value] }));
    const question = (entry: CatalogueEntry, wording: string) =>
      renderQuestion({
        entry,
        locale,
        question: wording,
        choices,
        selected: this.answers[entry.id],
        onChoose: this.guard((id: string, value: Answer) => this.answer(id, value)),
        help: { label: t.examples, sourcesLabel: t.sources, sources: this.ruleset.sources },
      });
    if (this.audience !== 'parent') return entries.map((entry) => question(entry, entry.texts.question[locale]));
    const forParents = entries.filter((entry) => entry.texts.parentQuestion);
    const rest = entries.filter((entry) => !entry.texts.parentQuestion);
    return html`${forParents.map((entry) => question(entry, entry.texts.parentQuestion?.[locale] ?? ''))}
    ${
      rest.length === 0
        ? nothing
        : html`<details class="more" part="more" ?open=${rest.some((entry) => this.answers[entry.id])}>
            <summary>${t.moreQuestions(rest.length)}</summary>
            <p class="hint">${t.moreQuestionsIntro}</p>
            ${rest.map((entry) => question(entry, entry.texts.question[locale]))}
          </details>`
    }`;
  }

  /** Acute danger stays in view on every step: a reminder, or an alert once it is answered. */
  private renderDanger() {
    const { t } = this;
    const acuteObserved = this.ruleset.signals.some(
      (s) => s.kind === 'acute' && (this.answers[s.id] === 'possible' || this.answers[s.id] === 'clear'),
    );
    return html`<div
      class="danger ${acuteObserved ? 'active' : ''}"
      part="danger"
      role=${acuteObserved ? 'alert' : 'note'}
    >
      <strong>${t.emergencyCall} <a href="tel:112">112</a></strong>
      <button type="button" @click=${this.guard(() => this.goTo(0))}>${t.acuteTitle}</button>
    </div>`;
  }

  private renderAge() {
    const { t } = this;
    return html`<div class="age">
      <label for="age"><strong>${this.audience === 'parent' ? t.ageQuestionParent : t.ageQuestion}</strong></label>
      <p class="hint" id="age-hint">${t.ageHint}</p>
      <input
        id="age"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        .value=${this.ageText}
        ?disabled=${this.ageUnknown}
        aria-invalid=${this.ageError ? 'true' : 'false'}
        aria-describedby=${this.ageError ? 'age-hint age-error' : 'age-hint'}
        @input=${this.guard((event: Event) => {
          this.ageText = (event.target as HTMLInputElement).value;
          this.ageError = false;
          this.emit(new AkChangeEvent(this.getInput()));
        })}
      />
      <label class="choice">
        <input
          type="checkbox"
          ${checked(this.ageUnknown)}
          @change=${this.guard((event: Event) => {
            this.ageUnknown = (event.target as HTMLInputElement).checked;
            this.ageError = false;
            this.emit(new AkChangeEvent(this.getInput()));
          })}
        />
        <span>${t.ageUnknown}</span>
      </label>
      ${this.ageError ? html`<p class="field-error" id="age-error">${t.ageInvalid(AGE_RANGE.min, AGE_RANGE.max)}</p>` : nothing}
      <label class="choice">
        <input
          type="checkbox"
          ${checked(this.suspect)}
          @change=${this.guard((event: Event) => {
            this.suspect = (event.target as HTMLInputElement).checked;
            this.emit(new AkChangeEvent(this.getInput()));
          })}
        />
        <span>${t.suspect[this.audience === 'parent' ? 'parent' : 'professional']}</span>
      </label>
    </div>`;
  }

  private renderResult() {
    const { t } = this;
    return html`<div part="result">
      <ak-assessment-summary
        tabindex="-1"
        lang=${t.$code}
        .ruleset=${this.ruleset}
        .assessment=${this.assessment}
      ></ak-assessment-summary>
      <div class="nav" part="nav">
        <button type="button" @click=${this.guard(() => this.goTo(0))}>${t.change}</button>
        <button type="button" @click=${this.guard(() => this.reset())}>${t.restart}</button>
      </div>
    </div>`;
  }
}
