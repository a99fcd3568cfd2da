import { guidance, type Answer } from '@anders-kijken/core';
import { youthScenarios, type YouthScenario } from '@anders-kijken/core/training';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AkElement, unexpectedIssue } from '../../internal/ak-element.js';
import { DEFAULT_EXIT_URL } from '../../internal/exit-url.js';
import { QuickExitController } from '../../internal/quick-exit.js';
import { viewTitle } from '../../internal/view-title.js';
import { pick, regionNames, renderContacts, renderNextSteps } from '../../internal/render-guidance.js';
import { guidanceStyles } from '../../styles/guidance.styles.js';
import { quickExitStyles } from '../../styles/quick-exit.styles.js';
import { en, nl, type YouthTrainingTexts } from './ak-youth-training.texts.js';
import { youthTrainingStyles } from './ak-youth-training.styles.js';

type View = 'list' | 'chat' | 'end';

/**
 * "Herken de truc": chats for young people, in short simple Dutch, about the tricks recruiters use
 * (a gift that becomes a debt, a "job" that is a trap, a photo used as pressure, lending a bank card,
 * an older partner, a group that feels like family). At each step the young person chooses what they
 * would do or what the trick is, and reads why, in words that never blame. At the end the trick is
 * explained, with where to talk. Made for a phone and for a classroom projector: the text grows with
 * the widget's width. A "Snel weg" button is always in view beside 112, and Escape does the same.
 * Nothing is stored or sent.
 *
 * @tagname ak-youth-training
 * @summary Spot the trick: chat scenarios for young people, with a quick exit.
 * @status experimental
 * @since 0.1.0
 *
 * @csspart base - The list of chats, a chat or its end.
 * @csspart quick-exit - The "Snel weg" bar with 112, always in view.
 * @csspart chats - The list of chats.
 * @csspart chat - The messages of a chat.
 * @csspart choices - The choices of a step.
 * @csspart feedback - What the young person reads after a choice.
 * @csspart trick - The trick, explained at the end.
 * @csspart next-steps - The next steps.
 * @csspart contacts - Where to talk.
 * @csspart contact - One contact.
 * @csspart issues - Problems shown inline.
 * @csspart fallback - What shows instead of the content when it cannot render: 112.
 *
 * @cssproperty --ak-color-text - Text colour. Falls back to `--basis-color-default-color-document`.
 * @cssproperty --ak-color-background - Background colour, also of the quick-exit bar.
 * @cssproperty --ak-color-surface - Background of messages from others.
 * @cssproperty --ak-color-border - Borders of messages and choices.
 * @cssproperty --ak-color-action - Buttons and the young person's own messages.
 * @cssproperty --ak-color-focus - Focus outline.
 * @cssproperty --ak-color-level-acute - The quick-exit button.
 * @cssproperty --ak-border-radius - Corner radius.
 *
 * @example
 * ```html
 * <ak-youth-training exit-url="https://www.weeronline.nl/"></ak-youth-training>
 * ```
 */
export class AkYouthTraining extends AkElement {
  static override styles = [...AkElement.styles, guidanceStyles, quickExitStyles, youthTrainingStyles];

  /** The id of one chat to open at once; an unknown id shows the list, with a console warning. */
  @property({ reflect: true }) scenario: string | undefined;

  /**
   * Where "Snel weg" goes: a neutral site that replaces this page in the history. Only an `https:`
   * address or one on the page's own site; anything else is ignored with a console warning.
   */
  @property({ attribute: 'exit-url' }) exitUrl = DEFAULT_EXIT_URL;

  /** A municipality id from the ruleset, to add its local contacts for young people. */
  @property({ reflect: true }) municipality: string | undefined;

  @state() private view: View = 'list';
  @state() private currentId: string | undefined;
  /** The step in view, from 0. */
  @state() private step = 0;
  /** Per step of the current chat, the index of the choice made. */
  @state() private chosen: (number | undefined)[] = [];
  /** The chats finished on this page. */
  @state() private done: string[] = [];

  private openedFor: string | undefined;

  private readonly exit = new QuickExitController(this, {
    leave: (url) => this.leave(url),
    warn: (issues) => this.warnOnce(issues),
    report: (error) => this.report([unexpectedIssue(error)]),
  });

  private get texts(): YouthTrainingTexts {
    return this.locale === 'nl' ? nl : en;
  }

  private get current(): YouthScenario | undefined {
    return youthScenarios.find((s) => s.id === this.currentId);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('exitUrl')) this.exit.setUrl(this.exitUrl);
    if (this.scenario !== this.openedFor) {
      this.openedFor = this.scenario;
      if (this.scenario === undefined) return;
      if (youthScenarios.some((s) => s.id === this.scenario)) this.open(this.scenario, false);
      else
        this.warnOnce([
          {
            path: ['scenario'],
            code: 'unknown_scenario',
            message: { nl: nl.unknownScenario(String(this.scenario)), en: en.unknownScenario(String(this.scenario)) },
          },
        ]);
    }
  }

  /** Clears every choice and returns to the list of chats; also what "Snel weg" does before leaving. */
  reset(): void {
    this.view = 'list';
    this.currentId = undefined;
    this.step = 0;
    this.chosen = [];
    this.done = [];
  }

  /** Leaves for the neutral site; a separate method so tests can watch it without leaving. */
  protected leave(url: string): void {
    window.location.replace(url);
  }

  private open(id: string, focus = true): void {
    this.currentId = id;
    this.step = 0;
    this.chosen = [];
    this.view = 'chat';
    if (focus) this.revealAfterUpdate('.view-title');
  }

  private showList(): void {
    this.view = 'list';
    this.revealAfterUpdate('.view-title');
  }

  private choose(index: number): void {
    const chosen = [...this.chosen];
    chosen[this.step] = index;
    this.chosen = chosen;
  }

  private advance(scenario: YouthScenario): void {
    if (this.step < scenario.steps.length - 1) {
      this.step += 1;
      // The first new message: a screen reader reads on from there, as a reader's eyes would.
      this.revealAfterUpdate(`[data-step="${this.step}"]`);
      return;
    }
    if (!this.done.includes(scenario.id)) this.done = [...this.done, scenario.id];
    this.view = 'end';
    this.revealAfterUpdate('.view-title');
  }

  protected renderContent(): unknown {
    const scenario = this.current;
    const body =
      scenario && this.view === 'end'
        ? this.renderEnd(scenario)
        : scenario && this.view === 'chat'
          ? this.renderChat(scenario)
          : this.renderList();
    return html`${this.exit.render(this.t)}${body}`;
  }

  protected override renderFallback(): unknown {
    return html`${this.exit.render(this.t)}${this.renderFallbackNotice(false)}`;
  }

  private renderList() {
    const { texts, locale } = this;
    return html`<section part="base">
      ${viewTitle(texts.title)}
      <p>${texts.intro}</p>
      <p class="hint">${texts.nothingKept}</p>
      <ul class="chats" part="chats">
        ${youthScenarios.map(
          (s) =>
            html`<li>
              <button type="button" @click=${this.guard(() => this.open(s.id))}>
                <span class="chat-title">${s.title[locale]}</span>
                ${this.done.includes(s.id) ? html`<span class="chat-done">${texts.done}</span>` : nothing}
              </button>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderChat(scenario: YouthScenario) {
    const { texts, locale } = this;
    const step = scenario.steps[this.step]!;
    const choice = this.chosen[this.step];
    const picked = choice === undefined ? undefined : step.choices[choice];
    const last = this.step === scenario.steps.length - 1;
    return html`<section part="base">
      ${viewTitle(scenario.title[locale])}
      <p class="hint">${texts.stepOf(this.step + 1, scenario.steps.length)}</p>
      <ol class="chat" part="chat" aria-label=${texts.chatLabel(scenario.title[locale])}>
        ${scenario.steps.slice(0, this.step + 1).flatMap((s, index) => [
          ...s.messages.map(
            (message, m) =>
              html`<li
                class="message ${message.from === 'me' ? 'mine' : 'theirs'}"
                data-step=${m === 0 ? String(index) : nothing}
                tabindex=${m === 0 ? '-1' : nothing}
              >
                <span class="sender">${message.from === 'me' ? texts.me : message.name}</span>
                <span class="text">${message.text[locale]}</span>
              </li>`,
          ),
          // Earlier steps show what was chosen, as the young person's own message.
          ...(index < this.step && this.chosen[index] !== undefined
            ? [
                html`<li class="message mine">
                  <span class="sender">${texts.me}</span>
                  <span class="text">${s.choices[this.chosen[index]!]?.text[locale]}</span>
                </li>`,
              ]
            : []),
        ])}
      </ol>
      <div class="question" role="group" aria-labelledby="question" part="choices">
        <p id="question" class="question-text">${step.question[locale]}</p>
        <div class="choices">
          ${step.choices.map(
            (c, index) =>
              html`<button
                type="button"
                class="choice"
                aria-pressed=${choice === index ? 'true' : 'false'}
                @click=${this.guard(() => this.choose(index))}
              >
                ${c.text[locale]}
              </button>`,
          )}
        </div>
      </div>
      <div class="feedback ${picked ? (picked.good ? 'good' : 'not-yet') : ''}" part="feedback" role="status">
        ${
          picked
            ? html`<p><strong>${picked.good ? texts.good : texts.notQuite}</strong></p>
                <p>${picked.feedback[locale]}</p>
                <p class="hint">${texts.tryOthers}</p>`
            : nothing
        }
      </div>
      <div class="nav">
        ${
          picked
            ? html`<button type="button" class="primary" @click=${this.guard(() => this.advance(scenario))}>
                ${last ? texts.showTrick : texts.next}
              </button>`
            : nothing
        }
        <button type="button" @click=${this.guard(() => this.showList())}>${texts.backToChats}</button>
      </div>
    </section>`;
  }

  private renderEnd(scenario: YouthScenario) {
    const { texts, locale, t } = this;
    const observations: Record<string, Answer> = Object.fromEntries(scenario.signalIds.map((id) => [id, 'clear']));
    // A young person chooses no level: where to talk is what `concern` gives them, with the steps this trick brings in.
    const { nextStepIds, contactIds, contactRegions, warnings } = guidance(
      { level: 'concern', audience: 'young-person', municipality: this.municipality, observations },
      this.ruleset,
    );
    this.warnOnce(warnings);
    const next = youthScenarios.find((s) => !this.done.includes(s.id));
    return html`<section part="base">
      ${viewTitle(texts.trickTitle(texts.tricks[scenario.trick]))}
      <div class="trick" part="trick">
        <p>${scenario.explanation[locale]}</p>
        <p><strong>${texts.notYourFault}</strong></p>
      </div>
      <div role="heading" aria-level="3" class="heading heading-1">${texts.whereToTalk}</div>
      <p>${texts.whereToTalkIntro}</p>
      ${renderNextSteps(pick(this.ruleset.nextSteps, nextStepIds), locale, 'young-person')}
      ${renderContacts(pick(this.ruleset.contacts, contactIds), locale, t, regionNames(this.ruleset, contactRegions, locale))}
      <div class="nav">
        ${
          next
            ? html`<button type="button" class="primary" @click=${this.guard(() => this.open(next.id))}>
                ${texts.anotherChat}
              </button>`
            : nothing
        }
        <button type="button" @click=${this.guard(() => this.open(scenario.id))}>${texts.again}</button>
        <button type="button" @click=${this.guard(() => this.showList())}>${texts.backToChats}</button>
      </div>
    </section>`;
  }
}
