import {
  explain,
  levelLabel,
  questionsWorthAsking,
  resultHeading,
  type Assessment,
  type Audience,
  type Dimension,
  stepTexts,
} from '@anders-kijken/core';
import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AkElement } from '../../internal/ak-element.js';
import { cssProps } from '../../internal/css-props.js';
import { printOnly } from '../../internal/print-only.js';
import { guidance, pick, regionNames, renderContacts, renderNextSteps } from '../../internal/render-guidance.js';
import { guidanceStyles } from '../../styles/guidance.styles.js';
import { summaryStyles } from './ak-assessment-summary.styles.js';
// It shows the texts of signals: in the browser files they load with this element, not with every page.
import '../../internal/signal-texts.js';

/**
 * Shows an assessment to the audience it was made for: the level in words and colour, why, the
 * questions worth asking next, next steps for the reader and where to go. A professional reads the
 * reasoning (each observation marked direct or indirect evidence, the evidence per dimension) and
 * the ruleset's stamp. A parent reads the level in a parent's words, the next steps before plain
 * sentences about what was seen, and no professional's words; a young person reads no level's name
 * either. For both, the stamp is behind "Meer details". When the deciding rule gives a heading for
 * the audience, it shows instead of the level's name. It can copy or print a summary that holds no
 * personal data. Give it an `assessment` from `assess`, or use it inside `<ak-signal-check>`.
 *
 * @tagname ak-assessment-summary
 * @summary The outcome of a check, explained.
 * @status stable
 * @since 0.1.0
 *
 * @event {AkErrorEvent} ak-error - The ruleset given is invalid, or (once) the content could not render and the
 *   fallback with 112 shows. Detail: `{ issues }`.
 *
 * @csspart base - The whole summary.
 * @csspart level - The level, in words and colour.
 * @csspart explanation - Why: the sentences of `explain`.
 * @csspart chart - The picture of the four dimensions.
 * @csspart gaps - The questions worth asking next.
 * @csspart next-steps - The next steps.
 * @csspart contacts - The list of contacts.
 * @csspart contact - One contact.
 * @csspart ruleset - The ruleset id, version and hash (for a parent or young person inside `details`).
 * @csspart details - For a parent or young person: the disclosure "Meer details" with the ruleset's stamp.
 * @csspart actions - The copy and print buttons.
 * @csspart issues - Problems shown inline.
 * @csspart fallback - What shows instead of the content when it cannot render: 112.
 *
 * @cssproperty --ak-color-text - Text colour. Falls back to `--basis-color-default-color-document`.
 * @cssproperty --ak-color-background - Background colour.
 * @cssproperty --ak-color-surface - Background of the level block.
 * @cssproperty --ak-color-action - Buttons. Falls back to `--nl-button-primary-background-color`.
 * @cssproperty --ak-color-focus - Focus outline.
 * @cssproperty --ak-color-level-none - Colour of the level `none`.
 * @cssproperty --ak-color-level-attention - Colour of the level `attention`.
 * @cssproperty --ak-color-level-concern - Colour of the level `concern`.
 * @cssproperty --ak-color-level-suspicion - Colour of the level `suspicion`.
 * @cssproperty --ak-color-level-acute - Colour of the level `acute`.
 * @cssproperty --ak-border-radius - Corner radius.
 *
 * @example
 * ```html
 * <ak-assessment-summary></ak-assessment-summary>
 * <script type="module">
 *   import { assess } from '@anders-kijken/core';
 *   document.querySelector('ak-assessment-summary').assessment = assess({ age: 15, observations: {} });
 * </script>
 * ```
 */
export class AkAssessmentSummary extends AkElement {
  static override styles = [...AkElement.styles, guidanceStyles, summaryStyles];

  /** The assessment to show, as `assess` returned it. */
  @property({ attribute: false }) assessment: Assessment | undefined;

  /** The level of the headings inside, so the summary fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private copyStatus: 'idle' | 'copied' | 'failed' = 'idle';

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('assessment')) {
      this.copyStatus = 'idle';
      if (this.assessment) this.dataset['level'] = this.assessment.level;
      else delete this.dataset['level'];
    }
  }

  /** Who reads the result: the audience the assessment was made for. */
  private get reader(): Audience {
    return this.assessment?.audience ?? 'professional';
  }

  /** Whether the deciding rule gives its own heading for the reader, instead of the level's name. */
  private ruleGivesHeading(assessment: Assessment): boolean {
    const rule = this.ruleset.rules.find((r) => r.id === assessment.decidedBy.ruleId);
    return rule?.heading?.[assessment.audience] !== undefined;
  }

  private heading(text: string, offset = 0) {
    const level = Math.min(6, Math.max(1, this.headingLevel + offset));
    return html`<div role="heading" aria-level=${level} class="heading heading-${offset}">${text}</div>`;
  }

  protected renderContent(): unknown {
    const assessment = this.assessment;
    if (!assessment) return html`<p part="base">${this.t.noAssessment}</p>`;
    const { t, locale, ruleset, reader, words } = this;
    const heading = resultHeading(assessment, locale, ruleset);
    const ownHeading = this.ruleGivesHeading(assessment);
    // The questions worth asking have their own section below, so "why" leaves them out.
    const sentences = explain({ ...assessment, informationGaps: [] }, locale, ruleset);
    const { steps, contacts } = guidance(ruleset, assessment.nextStepIds, assessment.contactIds);
    const why = html`${this.heading(t.why, 1)}
      <ul part="explanation">
        ${sentences.slice(0, -1).map((sentence) => html`<li>${sentence}</li>`)}
      </ul>`;
    const nextSteps = steps.length
      ? html`${this.heading(t.nextStepsTitle, 1)}${renderNextSteps(steps, locale, assessment.audience)}`
      : nothing;
    // A parent or young person wants to know what to do before why; a professional reads the reasoning first.
    const lay = reader !== 'professional';
    // The meaning of a level would contradict a heading the rule gives instead (113 today, not "danger now").
    const meaning =
      ownHeading && lay && reader !== 'young-person' ? undefined : words.levelMeanings[reader][assessment.level];
    const stamp = html`<p class="ruleset" part="ruleset">
      ${t.rulesetVersion(assessment.ruleset.id, assessment.ruleset.version, assessment.ruleset.hash)}
    </p>`;
    return html`<section part="base" aria-label=${t.resultTitle}>
      ${this.heading(t.resultTitle)}
      <div class="level" part="level">
        ${this.levelMark(assessment.level)}
        <div>
          <p class="level-name">${heading}</p>
          ${meaning ? html`<p class="level-meaning">${meaning}</p>` : nothing}
        </div>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        ${reader === 'young-person' || ownHeading ? heading : t.levelIs(heading)}
      </p>

      ${lay ? nextSteps : why} ${lay ? why : nothing} ${lay ? nothing : this.renderChart(assessment)}
      ${this.renderGaps(assessment)} ${lay ? nothing : nextSteps}
      ${contacts.length ? html`${this.heading(t.contactsTitle, 1)}${renderContacts(contacts, locale, t, regionNames(ruleset, assessment.contactRegions, locale))}` : nothing}

      <p class="disclaimer">${t.disclaimers[reader]}</p>
      ${
        lay
          ? html`<details class="details" part="details">
              <summary>${t.moreDetails}</summary>
              ${stamp}
            </details>`
          : stamp
      }
      <div class="actions" part="actions">
        <button type="button" @click=${this.guard(() => void this.copySummary())}>${t.copySummary}</button>
        <button type="button" @click=${this.guard(() => printOnly(this))}>${t.print}</button>
      </div>
      <p role="status" aria-live="polite">
        ${this.copyStatus === 'copied' ? t.copied : this.copyStatus === 'failed' ? t.copyFailed : nothing}
      </p>
    </section>`;
  }

  /** A shape per level, so the level never depends on colour: circle, triangle, diamond, octagon. */
  private levelMark(level: Assessment['level']) {
    const shapes: Record<Assessment['level'], ReturnType<typeof svg>> = {
      none: svg`<circle cx="12" cy="12" r="9" />`,
      attention: svg`<path d="M12 3 22 20H2Z" />`,
      concern: svg`<path d="M12 2 22 12 12 22 2 12Z" />`,
      suspicion: svg`<path d="M8 2h8l6 6v8l-6 6H8l-6-6V8Z" />`,
      acute: svg`<path d="M8 2h8l6 6v8l-6 6H8l-6-6V8Z" /><rect x="11" y="6" width="2" height="8" fill="white" /><rect x="11" y="16" width="2" height="2" fill="white" />`,
    };
    return html`<svg class="level-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      ${shapes[level]}
    </svg>`;
  }

  /**
   * The four dimensions as bars in HTML, not a scaled picture: the labels use the widget's type
   * scale at every width, and the threshold is a line of its own beside the bars, never through text.
   */
  private renderChart(assessment: Assessment) {
    const { t, locale } = this;
    const dims = pick(this.ruleset.dimensions, Object.keys(assessment.dimensions)) as Dimension[];
    if (dims.length === 0) return nothing;
    const threshold = assessment.findings.find((f) => f.code === 'dimension_indicated')?.values?.['threshold'] ?? 2;
    const max = Math.max(threshold * 3, ...Object.values(assessment.dimensions).map((d) => d.score));
    const percent = (value: number) => `${Math.round((value / max) * 1000) / 10}%`;
    const rows = dims.map((dim) => {
      const result = assessment.dimensions[dim.id] ?? { score: 0, indicated: false, signalIds: [] };
      return { label: dim.label[locale], ...result };
    });
    const number = this.words.number;
    const description = t.dimensionsDescription(
      rows.map(
        (r) =>
          `${r.label}: ${t.score(number(r.score), number(threshold))}, ${r.indicated ? t.indicated : t.notIndicated}`,
      ),
    );
    return html`${this.heading(t.dimensionsTitle, 1)}
      <figure class="chart" part="chart" ${cssProps({ '--_ak-threshold': percent(threshold) })}>
        <div class="chart-rows" role="img" aria-label=${description}>
          ${rows.map(
            (r) =>
              html`<div class="chart-row" aria-hidden="true">
                <span class="chart-label">${r.label}</span>
                <span class="chart-track">
                  <span class="chart-area">
                    <span
                      class="bar ${r.indicated ? 'indicated' : ''}"
                      ${cssProps({ '--_ak-bar': percent(r.score) })}
                    ></span>
                  </span>
                  <span class="chart-value">${number(r.score)}${r.indicated ? ' ✓' : ''}</span>
                </span>
              </div>`,
          )}
        </div>
        <figcaption>${description}</figcaption>
      </figure>`;
  }

  /** The questions worth asking next: the five that would raise the level most, the rest behind "show all". */
  private renderGaps(assessment: Assessment) {
    const { questions, more } = questionsWorthAsking(assessment);
    if (questions.length === 0) return nothing;
    const { t, locale, reader } = this;
    const entries = [...this.ruleset.signals, ...this.ruleset.riskFactors];
    const item = (signalId: string, level: Assessment['level']) => {
      const entry = entries.find((e) => e.id === signalId);
      // A young person never reads a level's name.
      return html`<li>
        ${entry ? entry.texts.label[locale] : signalId}
        ${
          reader === 'young-person'
            ? nothing
            : html`<span class="gap-level">(${t.gapLevel(levelLabel(level, locale, reader))})</span>`
        }
      </li>`;
    };
    const rest = questionsWorthAsking(assessment, Infinity).questions.slice(questions.length);
    return html`<section class="gaps" part="gaps">
      ${this.heading(t.gapsTitle, 1)}
      <p>${t.gapsIntro}</p>
      <ul>
        ${questions.map((q) => item(q.signalId, q.level))}
      </ul>
      ${
        more > 0
          ? html`<details class="all-gaps">
              <summary>${t.showAllGaps(questions.length + more)}</summary>
              <ul>
                ${rest.map((q) => item(q.signalId, q.level))}
              </ul>
            </details>`
          : nothing
      }
    </section>`;
  }

  /**
   * The summary as plain text: no names, no free text, only what the check produced, in the
   * reader's words (a parent's or young person's text has no professional words; their stamp comes
   * last, under "Meer details", as on screen).
   */
  summaryText(): string {
    const assessment = this.assessment;
    if (!assessment) return '';
    const { t, locale, ruleset, reader } = this;
    const { steps, contacts } = guidance(ruleset, assessment.nextStepIds, assessment.contactIds);
    const heading = resultHeading(assessment, locale, ruleset);
    const stamp = t.rulesetVersion(assessment.ruleset.id, assessment.ruleset.version, assessment.ruleset.hash);
    const lay = reader !== 'professional';
    const lines = [
      t.summaryHeading,
      '',
      reader === 'young-person' || this.ruleGivesHeading(assessment) ? heading : t.levelIs(heading),
      '',
      `${t.why}:`,
      ...explain(assessment, locale, ruleset).map((s) => `- ${s}`),
      '',
      `${t.nextStepsTitle}:`,
      ...steps.map((s) => {
        const { title, body } = stepTexts(s, assessment.audience);
        return `- ${title[locale]}: ${body[locale]}`;
      }),
      '',
      `${t.contactsTitle}:`,
      ...contacts.map((c) => `- ${c.name[locale]}${c.phone ? ` (${c.phone})` : ''}${c.url ? ` ${c.url}` : ''}`),
      '',
      ...(lay ? [t.noPersonalData, '', `${t.moreDetails}:`, stamp] : [stamp, t.noPersonalData]),
    ];
    return lines.join('\n');
  }

  private async copySummary(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.summaryText());
      this.copyStatus = 'copied';
    } catch {
      this.copyStatus = 'failed';
    }
  }
}
