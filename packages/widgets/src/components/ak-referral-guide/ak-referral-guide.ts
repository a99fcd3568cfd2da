import {
  AUDIENCES,
  LEVELS,
  guidance,
  isAudience,
  isLevel,
  levelLabel,
  type Audience,
  type Level,
} from '@anders-kijken/core';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { AkElement } from '../../internal/ak-element.js';
import { pick, regionNames, renderContacts, renderNextSteps } from '../../internal/render-guidance.js';
import { guidanceStyles } from '../../styles/guidance.styles.js';
import { fieldStyles } from '../../styles/fields.styles.js';
import { referralStyles } from './ak-referral-guide.styles.js';

/** Age groups a reader can choose, and the age each stands for: only the lines at 12 and 18 matter to the routes. */
const AGE_GROUPS = { child: 11, minor: 15, 'young-adult': 18, unknown: 'unknown' } as const;
type AgeChoice = keyof typeof AGE_GROUPS;
const isAgeChoice = (value: unknown): value is AgeChoice => typeof value === 'string' && value in AGE_GROUPS;

/**
 * "Waar kan ik terecht?": the next steps and contacts for a level, audience and age group, with a
 * municipality's local contacts. The reader chooses how serious it is, who they are and how old the
 * young person is; it asks nothing else. A young person is never asked to name a level: they see
 * where to talk. Usable on its own, on a municipality's information page.
 *
 * @tagname ak-referral-guide
 * @summary Where to go: next steps and contacts for a level and audience.
 * @status stable
 * @since 0.1.0
 *
 * @event {AkErrorEvent} ak-error - The ruleset given is invalid, or (once) the content could not render and the
 *   fallback with 112 shows. Detail: `{ issues }`.
 *
 * @csspart base - The whole guide.
 * @csspart choices - The level, audience and age choices.
 * @csspart next-steps - The next steps.
 * @csspart contacts - The list of contacts.
 * @csspart contact - One contact.
 * @csspart issues - Problems shown inline.
 * @csspart fallback - What shows instead of the content when it cannot render: 112.
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

  /** The young person's age group: `child` (under 12), `minor`, `young-adult` (18+) or `unknown` (default, read as a minor). */
  @property({ reflect: true }) age: AgeChoice = 'unknown';

  /** A municipality id from the ruleset, such as `maastricht`, to add its local contacts. */
  @property({ reflect: true }) municipality: string | undefined;

  /** Hides the level and audience choices, for a page that fixes both. */
  @property({ type: Boolean, attribute: 'no-choices', reflect: true }) noChoices = false;

  protected renderContent(): unknown {
    const { t, locale, ruleset, words } = this;
    const audience = isAudience(this.audience) ? this.audience : 'professional';
    const youth = audience === 'young-person';
    // A young person chooses no level: they see where to talk, as at `concern`.
    const level = youth ? 'concern' : isLevel(this.level) ? this.level : 'concern';
    const age = isAgeChoice(this.age) ? this.age : 'unknown';
    const reader = audience === 'parent' ? 'parent' : 'professional';
    const { nextStepIds, contactIds, contactRegions, warnings } = guidance(
      { level, audience, age: AGE_GROUPS[age], municipality: this.municipality },
      ruleset,
    );
    this.warnOnce(warnings);
    const select = <V extends string>(label: string, value: V, options: readonly [V, string][], set: (v: V) => void) =>
      html`<label>
        ${label}
        <select @change=${this.guard((e: Event) => set((e.target as HTMLSelectElement).value as V))}>
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        </select>
      </label>`;
    return html`<section part="base" aria-labelledby="title">
      <div id="title" role="heading" aria-level="2" class="heading heading-0">${t.referralTitle}</div>
      ${
        this.noChoices
          ? nothing
          : html`<p>${t.referralIntro}</p>
              <div class="fields" part="choices">
                ${select(
                  t.referralAudience,
                  audience,
                  AUDIENCES.map((a) => [a, words.audiences[a]] as [Audience, string]),
                  (a) => (this.audience = a),
                )}
                ${
                  youth
                    ? nothing
                    : select(
                        t.referralLevel,
                        level,
                        LEVELS.map((l) => [l, levelLabel(l, locale, reader)] as [Level, string]),
                        (l) => (this.level = l),
                      )
                }
                ${select(
                  youth ? t.youthAgeQuestion : t.referralAge,
                  age,
                  (Object.keys(AGE_GROUPS) as AgeChoice[]).map((a) => [a, t.referralAges[a]] as [AgeChoice, string]),
                  (a) => (this.age = a),
                )}
              </div>`
      }
      <p class="meaning" aria-live="polite">
        ${youth ? t.referralYouthIntro : `${levelLabel(level, locale, reader)}: ${words.levelMeanings[reader][level]}`}
      </p>
      <div role="heading" aria-level="3" class="heading heading-1">${t.nextStepsTitle}</div>
      ${renderNextSteps(pick(ruleset.nextSteps, nextStepIds), locale, audience)}
      <div role="heading" aria-level="3" class="heading heading-1">${t.contactsTitle}</div>
      ${renderContacts(pick(ruleset.contacts, contactIds), locale, t, regionNames(ruleset, contactRegions, locale))}
    </section>`;
  }
}
