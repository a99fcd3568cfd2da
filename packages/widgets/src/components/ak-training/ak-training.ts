import { explain, levelLabel, LEVELS, type CatalogueEntry, type Level, type LevelReader } from '@anders-kijken/core';
import {
  checkPractice,
  firstStepChoices,
  practiceCases,
  type PracticeCase,
  type PracticeFeedback,
} from '@anders-kijken/core/training';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AkElement } from '../../internal/ak-element.js';
import { checked } from '../../internal/checked.js';
import { matchesEntry, searchWords } from '../../internal/match-entry.js';
import { viewTitle } from '../../internal/view-title.js';
import { pick, renderNextSteps } from '../../internal/render-guidance.js';
import { fieldStyles } from '../../styles/fields.styles.js';
import { guidanceStyles } from '../../styles/guidance.styles.js';
import { questionStyles } from '../../styles/question.styles.js';
import { en, nl, type TrainingTexts } from './ak-training.texts.js';
import { trainingStyles } from './ak-training.styles.js';
// It shows the texts of signals: in the browser files they load with this element, not with every page.
import '../../internal/signal-texts.js';

/** What someone entered for one case, kept only in the element. */
interface CaseAnswer {
  observations: string[];
  level?: Level | undefined;
  firstStepId?: string | undefined;
  /** Set once sent complete: the feedback is shown for it; changing an answer clears it. */
  submitted?: boolean | undefined;
}

type View = 'list' | 'case' | 'feedback' | 'summary';

/**
 * Practice for professionals and parents: read an invented case, tick what you notice (searching
 * the catalogue by words), choose the level and the first step, then see what you saw and missed
 * (with what each can look like), what you ticked that the story does not show, the level the
 * check's rules give for the case and why, and the next steps. At the end an overview of every case
 * done. The cases come from `@anders-kijken/core/training`; the feedback from the same `assess` and
 * `explain` as the check. Progress lives only in the element: nothing is stored or sent.
 *
 * @tagname ak-training
 * @summary Practise recognising criminal exploitation on cases, with feedback from the check's rules.
 * @status experimental
 * @since 0.1.0
 *
 * @csspart base - The list, a case, its feedback or the overview.
 * @csspart cases - The list of cases.
 * @csspart story - The story of a case.
 * @csspart observations - The search and the signals to tick.
 * @csspart feedback - The feedback on a case.
 * @csspart next-steps - The next steps the rules give.
 * @csspart summary - The overview table.
 * @csspart issues - Problems shown inline.
 * @csspart fallback - What shows instead of the content when it cannot render: 112.
 *
 * @cssproperty --ak-color-text - Text colour. Falls back to `--basis-color-default-color-document`.
 * @cssproperty --ak-color-background - Background colour.
 * @cssproperty --ak-color-surface - Background of the story.
 * @cssproperty --ak-color-border - Borders of questions.
 * @cssproperty --ak-color-action - Buttons and selected answers.
 * @cssproperty --ak-color-focus - Focus outline.
 * @cssproperty --ak-border-radius - Corner radius.
 *
 * @example
 * ```html
 * <ak-training></ak-training>
 * <ak-training case="sanne-shop-theft" lang="en"></ak-training>
 * ```
 */
export class AkTraining extends AkElement {
  static override styles = [...AkElement.styles, questionStyles, fieldStyles, guidanceStyles, trainingStyles];

  /** The id of one case to open at once; an unknown id shows the list, with a console warning. */
  @property({ reflect: true }) case: string | undefined;

  /** Only the cases for this reader: `professional` or `parent`. Without it (or with another value), all cases. */
  @property({ reflect: true }) audience: 'professional' | 'parent' | undefined;

  @state() private view: View = 'list';
  @state() private currentId: string | undefined;
  @state() private answers: Record<string, CaseAnswer> = {};
  @state() private query = '';
  /** What is missing when the answers were sent unfinished: shown beside the fieldset and focused. */
  @state() private missing: ('level' | 'step')[] = [];

  /** The case the `case` attribute asked for last, so it opens once and a reader can leave it. */
  private openedFor: string | undefined;

  private get texts(): TrainingTexts {
    return this.locale === 'nl' ? nl : en;
  }

  /** The cases on offer, filtered by `audience` when it names one. */
  get cases(): PracticeCase[] {
    // An attribute can hold any text: only a reader the cases have filters them.
    const audience: string | undefined = this.audience;
    return audience === 'professional' || audience === 'parent'
      ? practiceCases.filter((c) => c.audience === audience)
      : practiceCases;
  }

  private get current(): PracticeCase | undefined {
    return this.cases.find((c) => c.id === this.currentId);
  }

  private answerFor(id: string): CaseAnswer {
    return this.answers[id] ?? { observations: [] };
  }

  protected override willUpdate(): void {
    if (this.case !== this.openedFor) {
      this.openedFor = this.case;
      if (this.case === undefined) return;
      if (this.cases.some((c) => c.id === this.case)) this.open(this.case, false);
      else
        this.warnOnce([
          {
            path: ['case'],
            code: 'unknown_case',
            message: { nl: nl.unknownCase(String(this.case)), en: en.unknownCase(String(this.case)) },
          },
        ]);
    }
  }

  /** Clears every answer and returns to the list. */
  reset(): void {
    this.answers = {};
    this.query = '';
    this.missing = [];
    this.show('list');
  }

  private show(view: View, focus = true): void {
    this.view = view;
    if (focus) this.revealAfterUpdate('.view-title');
  }

  private open(id: string, focus = true): void {
    this.currentId = id;
    this.query = '';
    this.missing = [];
    this.show(this.answers[id]?.submitted ? 'feedback' : 'case', focus);
  }

  private changeAnswer(id: string, change: Partial<CaseAnswer>): void {
    // Any change to an answer makes its feedback stale: it is given again on the next submit.
    this.answers = { ...this.answers, [id]: { ...this.answerFor(id), ...change, submitted: false } };
    this.missing = this.missing.filter(
      (m) => !(m === 'level' && change.level) && !(m === 'step' && change.firstStepId),
    );
  }

  private toggle(id: string, entryId: string, on: boolean): void {
    const observations = this.answerFor(id).observations.filter((o) => o !== entryId);
    this.changeAnswer(id, { observations: on ? [...observations, entryId] : observations });
  }

  private submit(practiceCase: PracticeCase): void {
    const answer = this.answerFor(practiceCase.id);
    const missing: ('level' | 'step')[] = [];
    if (!answer.level) missing.push('level');
    if (!answer.firstStepId) missing.push('step');
    this.missing = missing;
    if (missing.length > 0) {
      // Nothing entered is lost: the reader is taken to what is still open.
      this.revealAfterUpdate(`[data-missing="${missing[0]}"]`);
      return;
    }
    this.answers = { ...this.answers, [practiceCase.id]: { ...answer, submitted: true } };
    this.show('feedback');
  }

  /**
   * The feedback on a case sent complete, from the ruleset in use now: a patch that arrives later
   * is in it too. `undefined` while the case is not sent.
   */
  private feedbackFor(practiceCase: PracticeCase): PracticeFeedback | undefined {
    const answer = this.answers[practiceCase.id];
    if (!answer?.submitted) return undefined;
    const feedback = checkPractice(practiceCase, answer, this.ruleset);
    this.warnOnce(feedback.assessment.warnings);
    return feedback;
  }

  private get reader(): LevelReader {
    return this.current?.audience === 'parent' ? 'parent' : 'professional';
  }

  private entry(id: string): CatalogueEntry | undefined {
    return [...this.ruleset.signals, ...this.ruleset.riskFactors].find((e) => e.id === id);
  }

  private label(id: string): string {
    return this.entry(id)?.texts.label[this.locale] ?? id;
  }

  private stepTitle(id: string | undefined): string {
    const step = this.ruleset.nextSteps.find((s) => s.id === id);
    return step ? step.title[this.locale] : this.texts.noLevel;
  }

  protected renderContent(): unknown {
    const practiceCase = this.current;
    if (this.view === 'summary') return this.renderSummary();
    const feedback = practiceCase && this.view === 'feedback' ? this.feedbackFor(practiceCase) : undefined;
    if (practiceCase && feedback) return this.renderFeedback(practiceCase, feedback);
    if (practiceCase && this.view !== 'list') return this.renderCase(practiceCase);
    return this.renderList();
  }

  private renderList() {
    const { texts, words } = this;
    const done = this.cases.filter((c) => this.answers[c.id]?.submitted);
    return html`<section part="base">
      ${viewTitle(texts.title)}
      <p>${texts.intro}</p>
      <p class="hint">${texts.nothingKept}</p>
      <ul class="cases" part="cases">
        ${this.cases.map((c) => {
          const feedback = this.feedbackFor(c);
          return html`<li>
            <button type="button" class="case-button" @click=${this.guard(() => this.open(c.id))}>
              <span class="case-title">${c.title[this.locale]}</span>
              <span class="case-meta"
                >${texts.settings[c.setting]} · ${texts.ageYears(c.age)} · ${words.audiences[c.audience]}</span
              >
              ${feedback ? html`<span class="case-done">${texts.done(feedback.level.right)}</span>` : nothing}
            </button>
          </li>`;
        })}
      </ul>
      ${
        done.length > 0
          ? html`<div class="nav">
              <button type="button" @click=${this.guard(() => this.show('summary'))}>${texts.toSummary}</button>
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderCase(practiceCase: PracticeCase) {
    const { texts, locale } = this;
    const answer = this.answerFor(practiceCase.id);
    const ticked = new Set(answer.observations);
    const words = searchWords(this.query);
    const entries = [...this.ruleset.signals, ...this.ruleset.riskFactors];
    // Ticked signals stay in view whatever the search, so nothing chosen disappears.
    const shown = entries.filter((entry) => ticked.has(entry.id) || matchesEntry(entry, words, locale));
    return html`<section part="base">
      ${viewTitle(practiceCase.title[locale])}
      <p class="case-meta">
        ${texts.settings[practiceCase.setting]} · ${texts.ageYears(practiceCase.age)}
        ${practiceCase.audience === 'parent' ? html` · ${texts.readAsParent}` : nothing}
      </p>
      <div class="story" part="story" role="group" aria-label=${texts.storyLabel}>
        <p>${practiceCase.story[locale]}</p>
      </div>
      <form novalidate @submit=${this.guard((event: Event) => (event.preventDefault(), this.submit(practiceCase)))}>
        <fieldset class="question" part="observations">
          <legend>${texts.noticeLegend}</legend>
          <p class="hint">${texts.noticeHint}</p>
          <div class="fields" role="search">
            <label>
              ${texts.search}
              <input
                type="search"
                .value=${this.query}
                @input=${this.guard((e: Event) => (this.query = (e.target as HTMLInputElement).value))}
              />
            </label>
          </div>
          <p class="hint" aria-live="polite">${texts.shown(shown.length, ticked.size)}</p>
          ${shown.length === 0 ? html`<p>${texts.noneFound}</p>` : nothing}
          <ul class="options">
            ${shown.map(
              (entry) =>
                html`<li>
                  <label class="choice">
                    <input
                      type="checkbox"
                      name="observation"
                      value=${entry.id}
                      ${checked(ticked.has(entry.id))}
                      @change=${this.guard((e: Event) =>
                        this.toggle(practiceCase.id, entry.id, (e.target as HTMLInputElement).checked),
                      )}
                    />
                    <span>${entry.texts.label[locale]}</span>
                  </label>
                </li>`,
            )}
          </ul>
        </fieldset>
        ${this.renderChoice({
          which: 'level',
          legend: texts.levelLegend,
          missingText: texts.chooseLevel,
          options: LEVELS.map((level) => [level, levelLabel(level, locale, this.reader)] as const),
          chosen: answer.level,
          choose: (level) => this.changeAnswer(practiceCase.id, { level }),
        })}
        ${this.renderChoice({
          which: 'step',
          legend: texts.stepLegend,
          missingText: texts.chooseStep,
          options: firstStepChoices(practiceCase, 4, this.ruleset).map((id) => [id, this.stepTitle(id)] as const),
          chosen: answer.firstStepId,
          choose: (firstStepId) => this.changeAnswer(practiceCase.id, { firstStepId }),
          stacked: true,
        })}
        <div class="nav">
          <button type="submit" class="primary">${texts.showFeedback}</button>
          <button type="button" @click=${this.guard(() => this.show('list'))}>${texts.backToCases}</button>
        </div>
      </form>
    </section>`;
  }

  /**
   * One choice of a case (the level, the first step) as a group of radio buttons. When it was left
   * open on sending, it says so, and focus comes to the group, which the message describes.
   */
  private renderChoice<V extends string>(choice: {
    which: 'level' | 'step';
    legend: string;
    missingText: string;
    options: readonly (readonly [V, string])[];
    chosen: V | undefined;
    choose: (value: V) => void;
    stacked?: boolean;
  }) {
    const missing = this.missing.includes(choice.which);
    const name = choice.which === 'level' ? 'level' : 'first-step';
    return html`<fieldset
      class="question"
      data-missing=${choice.which}
      tabindex="-1"
      aria-describedby=${missing ? `missing-${choice.which}` : nothing}
    >
      <legend>${choice.legend}</legend>
      ${missing ? html`<p class="missing" id="missing-${choice.which}">${choice.missingText}</p>` : nothing}
      <div class="choices ${choice.stacked ? 'stacked' : ''}">
        ${choice.options.map(
          ([value, label]) =>
            html`<label class="choice">
              <input
                type="radio"
                name=${name}
                value=${value}
                ${checked(choice.chosen === value)}
                @change=${this.guard(() => choice.choose(value))}
              />
              <span>${label}</span>
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderFeedback(practiceCase: PracticeCase, feedback: PracticeFeedback) {
    const { texts, locale, reader } = this;
    const keyCount = feedback.saw.length + feedback.missed.length;
    const levelName = (level: Level | undefined) => (level ? levelLabel(level, locale, reader) : texts.noLevel);
    // The last sentence of `explain` is the disclaimer, which this page says in its own words.
    const sentences = explain({ ...feedback.assessment, informationGaps: [] }, locale, this.ruleset).slice(0, -1);
    const next = this.cases.find((c) => c !== practiceCase && !this.answers[c.id]?.submitted);
    const heading = (text: string) => html`<div role="heading" aria-level="3" class="heading heading-1">${text}</div>`;
    const list = (ids: string[], withExamples = false) =>
      html`<ul class="signals">
        ${ids.map((id) => {
          const entry = this.entry(id);
          return html`<li>
            <strong>${this.label(id)}</strong>
            ${
              withExamples && entry
                ? html`<p class="examples-title">${texts.examples}</p>
                    <ul>
                      ${entry.texts.examples.map((example) => html`<li>${example[locale]}</li>`)}
                    </ul>`
                : nothing
            }
          </li>`;
        })}
      </ul>`;
    return html`<section part="base feedback" data-level=${feedback.level.rules}>
      ${viewTitle(texts.feedbackTitle(practiceCase.title[locale]))} ${heading(texts.levelTitle)}
      <div class="verdict ${feedback.level.right ? 'right' : 'wrong'}">
        <p>${texts.yourLevel(levelName(feedback.level.given))}</p>
        <p>
          <strong>${texts.rulesLevel(levelName(feedback.level.rules))}</strong>
          ${feedback.level.right ? texts.levelRight : texts.levelWrong}
        </p>
      </div>
      ${
        keyCount === 0
          ? html`${heading(texts.sawTitle(0, 0))}
              <p>${texts.nothingInStory}</p>`
          : html`${heading(texts.sawTitle(feedback.saw.length, keyCount))}
            ${feedback.saw.length > 0 ? list(feedback.saw) : nothing}
            ${feedback.missed.length > 0 ? html`${heading(texts.missedTitle)}${list(feedback.missed, true)}` : nothing}`
      }
      ${
        feedback.extra.length > 0
          ? html`${heading(texts.extraTitle)}
              <p class="hint">${texts.extraHint}</p>
              ${list(feedback.extra)}`
          : nothing
      }
      ${heading(texts.reflectionTitle)}
      <p>${practiceCase.reflection[locale]}</p>
      ${heading(texts.stepTitle)}
      <p>
        ${texts.yourStep(this.stepTitle(feedback.firstStep.given))}
        ${feedback.firstStep.right ? texts.stepFits : texts.stepDoesNotFit}
      </p>
      <p>${texts.keyStep(this.stepTitle(feedback.firstStep.key))}</p>
      <details class="more">
        <summary>${texts.rulesSteps(feedback.assessment.nextStepIds.length)}</summary>
        ${renderNextSteps(pick(this.ruleset.nextSteps, feedback.assessment.nextStepIds), locale, feedback.assessment.audience)}
      </details>
      ${heading(texts.why)}
      <ul class="explanation">
        ${sentences.map((sentence) => html`<li>${sentence}</li>`)}
      </ul>
      <div class="nav">
        ${
          next
            ? html`<button type="button" class="primary" @click=${this.guard(() => this.open(next.id))}>
                ${texts.nextCase}
              </button>`
            : nothing
        }
        <button type="button" @click=${this.guard(() => this.show('summary'))}>${texts.toSummary}</button>
        <button type="button" @click=${this.guard(() => this.show('case'))}>${texts.changeAnswers}</button>
        <button type="button" @click=${this.guard(() => this.show('list'))}>${texts.backToCases}</button>
      </div>
    </section>`;
  }

  private renderSummary() {
    const { texts, locale } = this;
    const done = this.cases.flatMap((c) => {
      const feedback = this.feedbackFor(c);
      return feedback ? [{ c, feedback }] : [];
    });
    const levelName = (level: Level | undefined, c: PracticeCase) =>
      level ? levelLabel(level, locale, c.audience === 'parent' ? 'parent' : 'professional') : texts.noLevel;
    return html`<section part="base summary">
      ${viewTitle(texts.summaryTitle)}
      <p class="hint">${texts.summaryIntro}</p>
      ${
        done.length === 0
          ? html`<p>${texts.summaryEmpty}</p>`
          : html`<div class="table-scroll" role="region" aria-label=${texts.summaryTitle} tabindex="0">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${texts.summaryCase}</th>
                    <th scope="col">${texts.summaryYourLevel}</th>
                    <th scope="col">${texts.summaryRulesLevel}</th>
                    <th scope="col">${texts.summarySaw}</th>
                    <th scope="col">${texts.summaryExtra}</th>
                  </tr>
                </thead>
                <tbody>
                  ${done.map(
                    ({ c, feedback }) =>
                      html`<tr>
                        <th scope="row">${c.title[locale]}</th>
                        <td>${levelName(feedback.level.given, c)}</td>
                        <td>${levelName(feedback.level.rules, c)}</td>
                        <td>${feedback.saw.length} / ${feedback.saw.length + feedback.missed.length}</td>
                        <td>${feedback.extra.length}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
      <div class="nav">
        <button type="button" class="primary" @click=${this.guard(() => this.show('list'))}>
          ${texts.backToCases}
        </button>
        <button type="button" @click=${this.guard(() => this.reset())}>${texts.restart}</button>
      </div>
    </section>`;
  }
}
