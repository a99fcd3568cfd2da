import { AUDIENCES, LEVELS, guidance, isLevel, levelLabel, type Audience, type Level } from '@anders-kijken/core';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { AkElement } from '../../internal/ak-element.js';
import { pick, renderContacts, renderNextSteps } from '../../internal/render-guidance.js';
import { guidanceStyles } from '../../styles/guidance.styles.js';
import { fieldStyles } from '../../styles/fields.styles.js';
import { referralStyles } from './ak-referral-guide.styles.js';

const isAudience = (value: unknown): value is Audience => (AUDIENCES as readonly unknown[]).includes(value);

/**
 * "Waar kan ik terecht?": the next steps and contacts for a level and audience, with a
 * municipality's local contacts. The reader chooses how serious it is and who they are; it asks
 * nothing else. Usable on its own, on a municipality's information page.
 *
 * @tagname ak-referral-guide
 * @summary Where to go: next steps and contacts for a level and audience.
 * @status stable
 * @since 0.1.0
 *
 * @event ak-error - The ruleset given is invalid. Detail: `{ issues }`.
 *
 * @csspart base - The whole guide.
 * @csspart choices - The level and audience choices.
 * @csspart next-steps - The next steps.
 * @csspart contacts - The list of contacts.
 * @csspart contact - One contact.
 * @csspart issues - Problems shown inline.
 *
 * @cssproperty --ak-color-text - Text colour. Falls back to `--basis-color-default-color-document`.
 * @cssproperty --ak-color-background - Background colour.
 * @cssproperty --ak-color-border - Borders of the choices and contacts.
 * @cssproperty --ak-color-link - Links. Falls back to `--nl-link-color`.
 * @cssproperty --ak-color-focus - Focus outline.
 * @cssproperty --ak-border-radius - Corner radius.
 *
 * @example
 * ```html
 * <ak-referral-guide municipality="maastricht" level="concern" audience="parent"></ak-referral-guide>
 * ```
 */
export class AkReferralGuide extends AkElement {
  static override styles = [...AkElement.styles, guidanceStyles, fieldStyles, referralStyles];

  /** How serious it is: `none`, `attention`, `concern` (default), `suspicion` or `acute`. */
  @property({ reflect: true }) level: Level = 'concern';

  /** Who reads it: `professional` (default), `parent` or `young-person`. */
  @property({ reflect: true }) audience: Audience = 'professional';

  /** A municipality id from the ruleset, such as `maastricht`, to add its local contacts. */
  @property({ reflect: true }) municipality: string | undefined;

  /** Hides the level and audience choices, for a page that fixes both. */
  @property({ type: Boolean, attribute: 'no-choices', reflect: true }) noChoices = false;

  protected renderContent(): unknown {
    const { t, locale, ruleset } = this;
    const level = isLevel(this.level) ? this.level : 'concern';
    const audience = isAudience(this.audience) ? this.audience : 'professional';
    const { nextStepIds, contactIds } = guidance(level, audience, this.municipality, ruleset);
    return html`<section part="base" aria-labelledby="title">
      <div id="title" role="heading" aria-level="2" class="heading heading-0">${t.referralTitle}</div>
      ${
        this.noChoices
          ? nothing
          : html`<p>${t.referralIntro}</p>
              <div class="fields" part="choices">
                <label>
                  ${t.referralLevel}
                  <select
                    @change=${this.guard((e: Event) => (this.level = (e.target as HTMLSelectElement).value as Level))}
                  >
                    ${LEVELS.map((l) => html`<option value=${l} ?selected=${l === level}>${levelLabel(l, locale)}</option>`)}
                  </select>
                </label>
                <label>
                  ${t.referralAudience}
                  <select
                    @change=${this.guard((e: Event) => (this.audience = (e.target as HTMLSelectElement).value as Audience))}
                  >
                    ${AUDIENCES.map((a) => html`<option value=${a} ?selected=${a === audience}>${t.audiences[a]}</option>`)}
                  </select>
                </label>
              </div>`
      }
      <p class="meaning" aria-live="polite">${levelLabel(level, locale)}: ${t.levelMeanings[level]}</p>
      <div role="heading" aria-level="3" class="heading heading-1">${t.nextStepsTitle}</div>
      ${renderNextSteps(pick(ruleset.nextSteps, nextStepIds), locale)}
      <div role="heading" aria-level="3" class="heading heading-1">${t.contactsTitle}</div>
      ${renderContacts(pick(ruleset.contacts, contactIds), locale, t)}
    </section>`;
  }
}
