import {
  YOUTH_CHOICES,
  resultHeading,
  opensGate,
  safeAssess,
  youthCheckSteps,
  youthObservations,
  type Answer,
  type Assessment,
  type AssessmentInput,
  type YouthChoice,
  type YouthStep,
} from '@anders-kijken/core';
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AkAssessEvent } from '../../events/ak-assess.js';
import { AkChangeEvent } from '../../events/ak-change.js';
import { AkResetEvent } from '../../events/ak-reset.js';
import { AkElement, unexpectedIssue } from '../../internal/ak-element.js';
import { checked } from '../../internal/checked.js';
import { DEFAULT_EXIT_URL } from '../../internal/exit-url.js';
import { QuickExitController } from '../../internal/quick-exit.js';
import { renderQuestion } from '../../internal/render-question.js';
import { guidance, regionNames, renderContacts, renderNextSteps } from '../../internal/render-guidance.js';
import { guidanceStyles } from '../../styles/guidance.styles.js';
import { questionStyles } from '../../styles/question.styles.js';
import { quickExitStyles } from '../../styles/quick-exit.styles.js';
import { youthStyles } from './ak-youth-check.styles.js';

/** Age bands and the age each stands for: only the line at 18 matters to the rules. */
const AGE_BANDS = { '12': 12, '13-15': 14, '16-17': 17, '18+': 18 } as const;
type AgeBand = keyof typeof AGE_BANDS;

/** The choice that stands for an answer, for a check filled in with `setInput`. */
const CHOICE_FOR: Record<Answer, YouthChoice | undefined> = {
  clear: 'yes',
  possible: 'unsure',
  no: 'no',
  unknown: undefined,
};

/**
 * A short check for young people themselves: an age band, the questions about danger now, then a
 * few gate questions ("Doe je klusjes of opdrachten voor iemand?") that open their follow-ups when
 * answered Ja, Soms or "Ik weet het niet zeker", so that a young person with nothing to tell answers
 * a handful of questions. Each question is in simple Dutch, asked so that "Ja" means the signal is
 * there ("Ben je bang voor wat er gebeurt als je stopt?"). Ja and Soms count as yes, "Ik weet het
 * niet zeker" as maybe, a skipped question as unknown, and so does a follow-up behind a gate
 * answered Nee: it was not asked (its answer is kept for when the gate opens again). Then where to
 * talk, without naming a level or labelling anyone. A "Snel weg" button is always in view beside
 * 112, and Escape does the same: it clears the check and replaces the page with a neutral site in
 * the history. That is the only navigation a widget ever makes. No name, no identity, nothing
 * stored or sent. Whatever goes wrong (an unknown municipality, a broken ruleset, a render error),
 * 112 and the quick exit stay, and an answer of danger now shows 112.
 *
 * @tagname ak-youth-check
 * @summary A short, simple check for young people, with a quick exit.
 * @status stable
 * @since 0.1.0
 *
 * @event {AkChangeEvent} ak-change - The young person changed an answer. Detail: `{ input }`, Ja and Soms as `clear`.
 * @event {AkAssessEvent} ak-assess - The result is shown. Detail: `{ assessment }` (for the page; the young person sees no level).
 * @event {AkResetEvent} ak-reset - The check was cleared, also by "Snel weg".
 * @event {AkErrorEvent} ak-error - An invalid ruleset or `setInput` (nothing entered is lost), or (once) content
 *   that could not render. Detail: `{ issues }`.
 *
 * @csspart base - The questions or the result.
 * @csspart quick-exit - The "Snel weg" bar with 112, always in view.
 * @csspart question - One question with its four answers, a gate question too.
 * @csspart intro-line - A line before a group of questions ("Sommige vragen gaan over seks; je mag ze overslaan.").
 * @csspart help - The examples of a question.
 * @csspart result - Where to talk, after the questions.
 * @csspart next-steps - The next steps.
 * @csspart contacts - The list of contacts.
 * @csspart contact - One contact.
 * @csspart issues - Problems shown inline.
 * @csspart fallback - What shows instead of the questions when they cannot render: 112.
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
  static override styles = [...AkElement.styles, questionStyles, guidanceStyles, quickExitStyles, youthStyles];

  /**
   * Where "Snel weg" goes: a neutral site that replaces this page in the history. Only an `https:`
   * address or one on the page's own site; anything else (`javascript:`, `data:`, a malformed
   * address) is ignored with a console warning, and the default is used.
   */
  @property({ attribute: 'exit-url' }) exitUrl = DEFAULT_EXIT_URL;

  /** A municipality id from the ruleset, to add its local contacts for young people. */
  @property({ reflect: true }) municipality: string | undefined;

  @state() private band: AgeBand | undefined;
  /** The choice per question: keyed by entry id (`id#2` for an entry's second question) and by gate id. */
  @state() private choices: Record<string, YouthChoice> = {};
  @state() private assessment: Assessment | undefined;
  /** Set when the answers could not be assessed: the result then shows 112 and nothing it cannot vouch for. */
  @state() private assessFailed = false;

  private readonly exit = new QuickExitController(this, {
    leave: (url) => this.leave(url),
    warn: (issues) => this.warnOnce(issues),
    report: (error) => this.report([unexpectedIssue(error)]),
  });

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('exitUrl')) this.exit.setUrl(this.exitUrl);
  }

  /** What the check asks now, in order: danger now first, then each gate with the follow-ups it opens. */
  private get steps(): YouthStep[] {
    return youthCheckSteps(this.ruleset, (gateId) => opensGate(this.choices[gateId]));
  }

  /**
   * The answers as input for `assess` (Ja and Soms as `clear`, an entry with two questions as the
   * higher answer), with the age band's age or `unknown`. Follow-ups behind a closed gate are left out.
   */
  getInput(): AssessmentInput {
    const input: AssessmentInput = {
      age: this.band ? AGE_BANDS[this.band] : 'unknown',
      observations: youthObservations(this.steps, this.choices),
      audience: 'young-person',
    };
    if (this.municipality) input.municipality = this.municipality;
    return input;
  }

  /** Fills the check with an input, validated; invalid input is refused and nothing is lost. */
  setInput(input: AssessmentInput): void {
    this.guard(() => {
      if (!this.assessedOrReport(safeAssess(input, this.ruleset))) return;
      const choices: Record<string, YouthChoice> = {};
      for (const [id, answer] of Object.entries(input.observations)) {
        const choice = CHOICE_FOR[answer];
        if (!choice) continue;
        choices[id] = choice;
        // An answer behind gates opens the first of them, so the check shows what it was given.
        const gates = (this.ruleset.youthGates ?? []).filter((gate) => gate.opens.includes(id));
        const first = gates[0];
        if (first && !gates.some((gate) => opensGate(choices[gate.id]))) choices[first.id] = 'yes';
      }
      this.choices = choices;
      const age = input.age;
      this.band = age === 'unknown' ? undefined : age <= 12 ? '12' : age <= 15 ? '13-15' : age <= 17 ? '16-17' : '18+';
    })();
  }

  /** Clears every answer and the result. Fires `ak-reset`. */
  reset(): void {
    this.choices = {};
    this.band = undefined;
    this.assessment = undefined;
    this.assessFailed = false;
    this.issues = [];
    this.emit(new AkResetEvent());
  }

  /** Leaves for the neutral site; a separate method so tests can watch it without leaving. */
  protected leave(url: string): void {
    window.location.replace(url);
  }

  private change(update: () => void): void {
    update();
    this.emit(new AkChangeEvent(this.getInput()));
  }

  private showResult(): void {
    let assessment: Assessment | undefined;
    try {
      assessment = this.assessedOrReport(safeAssess(this.getInput(), this.ruleset));
    } finally {
      // Whatever failed, the young person gets a result: 112 at least, never only an error.
      this.assessFailed = !assessment;
      this.assessment = assessment;
      this.revealAfterUpdate('.result-title');
    }
    if (assessment) this.emit(new AkAssessEvent(assessment));
  }

  /** Whether an acute question was answered with anything but "Nee", read from the answers alone. */
  private get dangerAnswered(): boolean {
    return this.steps.some(
      (step) => step.kind === 'question' && step.entry.kind === 'acute' && opensGate(this.choices[step.key]),
    );
  }

  protected renderContent(): unknown {
    return html`${this.exit.render(this.t)}
    ${
      this.assessment
        ? this.renderResult(this.assessment)
        : this.assessFailed
          ? this.renderFailedResult()
          : this.renderQuestions()
    }`;
  }

  protected override renderFallback(): unknown {
    return html`${this.exit.render(this.t)}${this.renderFallbackNotice(false)}`;
  }

  /** The result when the answers could not be assessed: 112, worded as danger when danger was answered. */
  private renderFailedResult() {
    const { t } = this;
    const danger = this.dangerAnswered;
    return html`<section class="result" part="result" aria-labelledby="result-title">
      <div id="result-title" class="result-title heading heading-0" role="heading" aria-level="2" tabindex="-1">
        ${t.youthWhereToTalk}
      </div>
      ${
        danger
          ? html`<p role="status" aria-live="polite" class="danger-text">${t.youthResultDanger}</p>`
          : html`<p role="status" aria-live="polite">${t.unexpectedError}</p>
              ${this.renderEmergency()}`
      }
      <div class="nav">
        <button type="button" @click=${this.guard(() => (this.assessFailed = false))}>${t.change}</button>
        <button type="button" @click=${this.guard(() => this.reset())}>${t.restart}</button>
      </div>
    </section>`;
  }

  private renderQuestions() {
    const { t } = this;
    return html`<form
      part="base"
      novalidate
      @submit=${this.guard((event: Event) => (event.preventDefault(), this.showResult()))}
    >
      <div role="heading" aria-level="2" class="heading heading-0">${t.youthTitle}</div>
      <p>${t.youthIntro}</p>
      <p class="hint">${t.youthSkipHint}</p>
      <fieldset class="question">
        <legend>${t.youthAgeQuestion}</legend>
        <div class="choices">
          ${(Object.keys(AGE_BANDS) as AgeBand[]).map(
            (band) =>
              html`<label class="choice">
                <input
                  type="radio"
                  name="age-band"
                  ${checked(this.band === band)}
                  @change=${this.guard(() => this.change(() => (this.band = band)))}
                />
                <span>${t.youthAgeBands[band]}</span>
              </label>`,
          )}
        </div>
      </fieldset>
      ${this.steps.map((step) => this.renderStep(step))}
      <div class="nav">
        <button type="submit" class="primary">${t.showResult}</button>
      </div>
    </form>`;
  }

  /** One gate question, line or question, with the choices it offers. */
  private renderStep(step: YouthStep) {
    const { locale } = this;
    if (step.kind === 'intro') return html`<p class="intro-line" part="intro-line">${step.text[locale]}</p>`;
    // A question about this moment has no "Soms": danger now is there or it is not.
    const aboutNow = step.kind === 'question' && step.entry.texts.youthQuestionAboutNow === true;
    const key = step.kind === 'gate' ? step.gate.id : step.key;
    return renderQuestion({
      ...(step.kind === 'question' ? { entry: step.entry } : {}),
      key,
      locale,
      question: step.kind === 'gate' ? step.gate.question[locale] : step.text[locale],
      choices: YOUTH_CHOICES.filter((c) => !(c === 'sometimes' && aboutNow)).map((value) => ({
        value,
        label: this.words.youthChoices[value],
      })),
      selected: this.choices[key],
      onChoose: this.guard((id: string, value: YouthChoice) =>
        this.change(() => (this.choices = { ...this.choices, [id]: value })),
      ),
    });
  }

  /**
   * Where to talk, worded by how worrying the answers are, never naming a level or the young person.
   * The heading is the deciding rule's for young people when it has one ("Praat er nu over met
   * 113"), otherwise "Hier kun je praten"; 112 shows below it whenever there is danger.
   */
  private renderResult(assessment: Assessment) {
    const { t, locale } = this;
    const heading = resultHeading(assessment, locale, this.ruleset);
    const { steps, contacts } = guidance(this.ruleset, assessment.nextStepIds, assessment.contactIds);
    // Danger keeps the widget's own words: they ship in English with the quick exit (en-safety.ts).
    const message =
      assessment.level === 'acute' ? t.youthResultDanger : this.words.levelMeanings['young-person'][assessment.level];
    return html`<section class="result" part="result" aria-labelledby="result-title">
      <div id="result-title" class="result-title heading heading-0" role="heading" aria-level="2" tabindex="-1">
        ${heading}
      </div>
      <p role="status" aria-live="polite" class=${assessment.level === 'acute' ? 'danger-text' : ''}>${message}</p>
      ${renderNextSteps(steps, locale, 'young-person')}
      ${renderContacts(contacts, locale, t, regionNames(this.ruleset, assessment.contactRegions, locale))}
      <div class="nav">
        <button type="button" @click=${this.guard(() => (this.assessment = undefined))}>${t.change}</button>
        <button type="button" @click=${this.guard(() => this.reset())}>${t.restart}</button>
      </div>
    </section>`;
  }
}
