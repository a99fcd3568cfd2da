import { type Answer, type Assessment, type AssessmentInput, type CatalogueEntry } from '@anders-kijken/core';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AkAssessEvent } from '../../events/ak-assess.js';
import { AkChangeEvent } from '../../events/ak-change.js';
import { AkResetEvent } from '../../events/ak-reset.js';
import { AkElement } from '../../internal/ak-element.js';
import { guidance, renderContacts, renderNextSteps } from '../../internal/render-guidance.js';
import { guidanceStyles } from '../../styles/guidance.styles.js';
import { checkStyles } from '../ak-signal-check/ak-signal-check.styles.js';
import { renderSignalQuestion } from '../ak-signal-check/signal-question.js';
import { youthStyles } from './ak-youth-check.styles.js';

/** Age bands and the age each stands for: only the line at 18 matters to the rules. */
const AGE_BANDS = { '12': 12, '13-15': 14, '16-17': 17, '18+': 18 } as const;
type AgeBand = keyof typeof AGE_BANDS;

/** A neutral site to leave for; a page can choose its own with `exit-url`. */
const DEFAULT_EXIT_URL = 'https://www.google.nl/';

/**
 * A short check for young people themselves: an age band, then 8 to 12 questions in simple Dutch
 * ("Is het nog vrijwillig?"), then where to talk, without labelling anyone. A "Snel weg" button is
 * always in view: it clears the check and replaces the page with a neutral site. That click is the
 * only navigation a widget ever makes. No name, no identity, nothing stored or sent.
 *
 * @tagname ak-youth-check
 * @summary A short, simple check for young people, with a quick exit.
 * @status stable
 * @since 0.1.0
 *
 * @event ak-change - The young person changed an answer. Detail: the input.
 * @event ak-assess - The result is shown. Detail: the assessment (for the page; the young person sees no level).
 * @event ak-reset - The check was cleared, also by "Snel weg".
 * @event ak-error - An invalid ruleset or `setInput`; nothing entered is lost. Detail: `{ issues }`.
 *
 * @csspart base - The questions or the result.
 * @csspart quick-exit - The "Snel weg" bar, always in view.
 * @csspart question - One question with its four answers.
 * @csspart help - The examples of a question.
 * @csspart result - Where to talk, after the questions.
 * @csspart next-steps - The next steps.
 * @csspart contacts - The list of contacts.
 * @csspart contact - One contact.
 * @csspart issues - Problems shown inline.
 *
 * @cssproperty --ak-color-text - Text colour. Falls back to `--basis-color-default-color-document`.
 * @cssproperty --ak-color-background - Background colour, also of the quick-exit bar.
 * @cssproperty --ak-color-border - Borders of questions.
 * @cssproperty --ak-color-action - Buttons and selected answers.
 * @cssproperty --ak-color-focus - Focus outline.
 * @cssproperty --ak-color-level-acute - The quick-exit button.
 * @cssproperty --ak-border-radius - Corner radius.
 *
 * @example
 * ```html
 * <ak-youth-check exit-url="https://www.weeronline.nl/"></ak-youth-check>
 * ```
 */
export class AkYouthCheck extends AkElement {
  static override styles = [...AkElement.styles, checkStyles, guidanceStyles, youthStyles];

  /** Where "Snel weg" goes: a neutral site that replaces this page in the history. */
  @property({ attribute: 'exit-url' }) exitUrl = DEFAULT_EXIT_URL;

  /** A municipality id from the ruleset, to add its local contacts for young people. */
  @property({ reflect: true }) municipality: string | undefined;

  @state() private band: AgeBand | undefined;
  @state() private answers: Record<string, Answer> = {};
  @state() private assessment: Assessment | undefined;

  /** The questions for young people: those with a youth question, acute danger first. */
  private get entries(): CatalogueEntry[] {
    const all = [...this.ruleset.signals, ...this.ruleset.riskFactors].filter((entry) => entry.texts.youthQuestion);
    return [...all.filter((e) => e.kind === 'acute'), ...all.filter((e) => e.kind !== 'acute')];
  }

  /** The answers as input for `assess`, with the age band's age or `unknown`. */
  getInput(): AssessmentInput {
    const input: AssessmentInput = {
      age: this.band ? AGE_BANDS[this.band] : 'unknown',
      observations: { ...this.answers },
      audience: 'young-person',
    };
    if (this.municipality) input.municipality = this.municipality;
    return input;
  }

  /** Fills the check with an input, validated; invalid input is refused and nothing is lost. */
  setInput(input: AssessmentInput): void {
    this.guard(() => {
      if (!this.assessOrReport(input)) return;
      this.answers = { ...input.observations };
      const age = input.age;
      this.band = age === 'unknown' ? undefined : age <= 12 ? '12' : age <= 15 ? '13-15' : age <= 17 ? '16-17' : '18+';
    })();
  }

  /** Clears every answer and the result. Fires `ak-reset`. */
  reset(): void {
    this.answers = {};
    this.band = undefined;
    this.assessment = undefined;
    this.issues = [];
    this.emit(new AkResetEvent());
  }

  /** Leaves for the neutral site; a separate method so tests can watch it without leaving. */
  protected leave(url: string): void {
    window.location.replace(url);
  }

  private quickExit(): void {
    this.reset();
    this.leave(this.exitUrl || DEFAULT_EXIT_URL);
  }

  private change(update: () => void): void {
    update();
    this.emit(new AkChangeEvent(this.getInput()));
  }

  private showResult(): void {
    const assessment = this.assessOrReport(this.getInput());
    if (!assessment) return;
    this.assessment = assessment;
    this.emit(new AkAssessEvent(assessment));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.result-title')?.focus());
  }

  protected renderContent(): unknown {
    const { t } = this;
    return html`<div class="exit" part="quick-exit">
        <span class="hint">${t.quickExitHint}</span>
        <button type="button" @click=${this.guard(() => this.quickExit())}>${t.quickExit}</button>
      </div>
      ${this.assessment ? this.renderResult(this.assessment) : this.renderQuestions()}`;
  }

  private renderQuestions() {
    const { t, locale } = this;
    return html`<form
      part="base"
      novalidate
      @submit=${this.guard((event: Event) => (event.preventDefault(), this.showResult()))}
    >
      <div role="heading" aria-level="2" class="heading heading-0">${t.youthTitle}</div>
      <p>${t.youthIntro}</p>
      <fieldset class="question">
        <legend>${t.youthAgeQuestion}</legend>
        <div class="choices">
          ${(Object.keys(AGE_BANDS) as AgeBand[]).map(
            (band) =>
              html`<label class="choice">
                <input
                  type="radio"
                  name="age-band"
                  .checked=${this.band === band}
                  @change=${this.guard(() => this.change(() => (this.band = band)))}
                />
                <span>${t.youthAgeBands[band]}</span>
              </label>`,
          )}
        </div>
      </fieldset>
      ${this.entries.map((entry) =>
        renderSignalQuestion(entry, {
          locale,
          labels: t.youthAnswers,
          examplesLabel: t.examples,
          sourcesLabel: t.sources,
          sources: [],
          showHelp: false,
          answer: this.answers[entry.id],
          question: entry.texts.youthQuestion?.[locale] ?? entry.texts.question[locale],
          onAnswer: this.guard((id: string, value: Answer) =>
            this.change(() => (this.answers = { ...this.answers, [id]: value })),
          ),
        }),
      )}
      <div class="nav">
        <button type="submit" class="primary">${t.showResult}</button>
      </div>
    </form>`;
  }

  /** Where to talk, worded by how worrying the answers are, never naming a level or the young person. */
  private renderResult(assessment: Assessment) {
    const { t, locale } = this;
    const { steps, contacts } = guidance(this.ruleset, assessment.nextStepIds, assessment.contactIds);
    const message =
      assessment.level === 'acute'
        ? t.youthResultDanger
        : assessment.level === 'concern' || assessment.level === 'suspicion'
          ? t.youthResultWorried
          : t.youthResultCalm;
    return html`<section class="result" part="result" aria-labelledby="result-title">
      <div id="result-title" class="result-title heading heading-0" role="heading" aria-level="2" tabindex="-1">
        ${t.youthWhereToTalk}
      </div>
      <p role="status" aria-live="polite" class=${assessment.level === 'acute' ? 'danger-text' : ''}>${message}</p>
      ${assessment.level === 'none' || assessment.level === 'attention' ? nothing : html`<p>${t.youthNotYourFault}</p>`}
      ${renderNextSteps(steps, locale)} ${renderContacts(contacts, locale, t)}
      <div class="nav">
        <button type="button" @click=${this.guard(() => (this.assessment = undefined))}>${t.change}</button>
        <button type="button" @click=${this.guard(() => this.reset())}>${t.restart}</button>
      </div>
    </section>`;
  }
}
