import {
  defaultRuleset,
  wordsFor,
  type Assessment,
  type Issue,
  type Locale,
  type Ruleset,
  type SafeAssessResult,
  type Words,
} from '@anders-kijken/core';
import { LitElement, html, nothing, render as renderInto, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../controllers/localize-controller.js';
import { PatchController, type PatchHandlers } from '../controllers/patch-controller.js';
import { AkErrorEvent } from '../events/ak-error.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { markAsAndersKijken } from './in-use.js';
import { reveal } from './reveal.js';
import { StickyOffsetController } from './sticky-offset.js';
import { allTextsReady, textsReady } from './texts-by-locale.js';
import type { Translation } from '../translations/translation.js';

/** An issue for an error nobody expected, so it can travel like any other issue. */
export function unexpectedIssue(error: unknown): Issue {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    path: [],
    code: 'unexpected_error',
    message: { nl: `Onverwachte fout: ${detail}`, en: `Unexpected error: ${detail}` },
  };
}

/** The last resort when even the fallback cannot render: 112 in both languages, no state, no words to look up. */
const STATIC_FALLBACK = html`<div class="issues fallback" role="alert" part="fallback">
  <p lang="nl">Er ging iets mis. Bij direct gevaar: bel <a href="tel:112">112</a>.</p>
  <p lang="en">Something went wrong. In danger right now? Call <a href="tel:112">112</a>.</p>
</div>`;

/**
 * The base of every Anders Kijken element: the language in force, a validated `ruleset`, and an
 * error boundary. A widget never throws into the host page: problems become an inline message and
 * an `ak-error` event, and what the user entered stays. When an update throws (a broken property,
 * a render error), the element shows a static fallback with 112 instead and reports once; it tries
 * its content again only when something other than the reported problems changes, so an error can
 * never re-render itself in a loop.
 *
 * @cssproperty --ak-sticky-offset - The height of the host page's sticky header: the quick-exit bar
 *   with 112 sticks below it, and what the widget scrolls into view (a result, the next step) stays
 *   clear of it. Defaults to the page's `scroll-padding-top` on `<html>`, so a page that declares its
 *   header there needs nothing more.
 * @attr lang - The language of the widget's texts: `nl` (default) or `en`. Without it, the
 *   nearest ancestor's `lang` or `<html lang>` applies; any language other than Dutch shows English.
 * @event {AkErrorEvent} ak-error - Fired instead of throwing, for an invalid ruleset or input, a patch that could not
 *   be used (paths under `patch`; never shown in the widget), or once for an error while rendering.
 *   Detail: `{ issues }`.
 */
export abstract class AkElement extends LitElement {
  static override styles = [sharedStyles];

  private readonly localize = new LocalizeController(this);
  private readonly stickyOffset = new StickyOffsetController(this);

  constructor() {
    super();
    markAsAndersKijken(this);
  }
  private currentRuleset: Ruleset = defaultRuleset;
  /** The object last accepted as `ruleset`, so giving it again does not check it again. */
  private givenRuleset: unknown = defaultRuleset;
  /** Set while an update has failed: render shows the fallback until a property's value changes. */
  private failed = false;
  /**
   * The value of every reactive property when the update failed. A retry needs a value that differs
   * from these: the keys Lit passes are no proof of a change, since it adds every property with its
   * own accessor (`ruleset`) to each update until one has succeeded, which after a failed first
   * update (a bad property set before the element was defined) is every update.
   */
  private failedWith: ReadonlyMap<PropertyKey, unknown> | undefined;
  /** Set from a failure until the next task: a retry waits for it, so failures can never chain without end. */
  private failedThisTask = false;

  /** Problems to show inline, for example an invalid ruleset or input. */
  @state() protected issues: Issue[] = [];

  /**
   * The id of a `<script type="application/json">` on the page that holds a ruleset patch: a
   * municipality's name and its own contacts, without writing code. The JSON is read, never run, so
   * it works under a strict Content-Security-Policy. It extends the national ruleset with every guard
   * of `extendRuleset`. A missing, broken or refused patch never stops anyone: the widget keeps the
   * national ruleset, warns once in the console and fires `ak-error`, and shows nothing of it to the
   * reader. In `embed.js`, the schemas this needs are in `embed-patch.js`, loaded only then.
   */
  @property({ reflect: true }) patch: string | undefined;

  /** The ruleset a patch gave, so removing the attribute restores the national one only if it is still in use. */
  private fromPatch: Ruleset | undefined;

  private readonly patches = new PatchController(this, this.patchHandlers());

  /** What a patch does to this element: use its ruleset, or tell the editor why not. */
  private patchHandlers(): PatchHandlers {
    return {
      apply: (ruleset, warnings) => {
        this.warnOnce(warnings);
        // extendRuleset checked it with every guard: it is used as it is, not checked again.
        this.use(ruleset, ruleset);
        this.fromPatch = ruleset;
      },
      refuse: (issues, id) => {
        // One warning for the editor with every reason; the event carries each issue with its path.
        const reasons = (locale: Locale) => issues.map((issue) => issue.message[locale]).join(' ');
        this.warnOnce([
          {
            path: ['patch'],
            code: 'patch_not_used',
            message: {
              nl: `patch="${id}" wordt niet gebruikt; de landelijke contacten worden getoond. ${reasons('nl')}`,
              en: `patch="${id}" is not used; the national contacts are shown. ${reasons('en')}`,
            },
          },
        ]);
        this.emit(new AkErrorEvent(issues));
        // Warnings held back while the patch loaded (an unknown municipality) are now the editor's to see.
        this.requestUpdate();
      },
      restore: () => {
        if (this.ruleset === this.fromPatch) this.ruleset = defaultRuleset;
        this.fromPatch = undefined;
      },
    };
  }

  /**
   * The ruleset to use, for example one extended with a municipality's contacts. A ruleset other
   * than the national one is checked first (the check loads the first time one is given; await
   * `updateComplete`), and used only when valid: an invalid one is refused with an `ak-error` event
   * and an inline message, and the previous one stays.
   *
   * From `embed.js`, the national ruleset holds the texts the page's elements show: the English ones
   * arrive when an element first shows English, and every other text when a ruleset is checked; until
   * then they hold stand-ins (the Dutch text, or `…`). A ruleset that reuses its parts
   * (`{ ...element.ruleset, contacts }`) and is given back here is checked once they are there, so it
   * is complete; a deep copy made before then keeps the stand-ins.
   */
  @property({ attribute: false })
  get ruleset(): Ruleset {
    return this.currentRuleset;
  }

  set ruleset(value: Ruleset) {
    if (value === this.givenRuleset) return;
    // The national ruleset is checked by core's own tests: only a ruleset a page gives needs the check.
    if (value === defaultRuleset) {
      this.use(defaultRuleset, value);
      return;
    }
    const request = ++this.rulesetRequests;
    // What is checked is copied: the national ruleset's texts in every language must be there first.
    this.rulesetCheck = Promise.all([import('./check-ruleset.js'), allTextsReady()]).then(
      ([{ checkRuleset }]) => {
        // A later ruleset was given while this one waited: that one counts.
        if (request !== this.rulesetRequests) return;
        try {
          const result = checkRuleset(value);
          if (result.errors.length > 0 || !result.ruleset) {
            this.report(
              result.errors.map(({ path, code, message }) => ({ path: ['ruleset', ...path], code, message })),
            );
            return;
          }
          // The plain copy that was checked, so a getter or a later change to the object cannot slip past the check.
          this.use(result.ruleset, value);
        } catch (error) {
          this.report([unexpectedIssue(error)]);
        }
      },
      (error: unknown) => {
        if (request === this.rulesetRequests) this.report([unexpectedIssue(error)]);
      },
    );
  }

  /** Counts the rulesets given, so only the check of the last one applies. */
  private rulesetRequests = 0;
  /** The check of the ruleset given last, while it runs. */
  private rulesetCheck: Promise<void> | undefined;

  /** Puts a checked ruleset in use; a check still running for an earlier one no longer applies. */
  private use(checked: Ruleset, given: unknown): void {
    this.rulesetRequests++;
    this.rulesetCheck = undefined;
    const old = this.currentRuleset;
    this.givenRuleset = given;
    this.currentRuleset = checked;
    this.issues = [];
    this.requestUpdate('ruleset', old);
  }

  /** A ruleset being checked is part of the update a caller waits for with `updateComplete`. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.rulesetCheck;
    return super.getUpdateComplete();
  }

  /** The texts in the language in force. */
  protected get t(): Translation {
    return this.localize.value;
  }

  /** The language in force, for content texts of the ruleset. */
  protected get locale(): Locale {
    return this.localize.value.$code;
  }

  /** The words of the model (levels, answers, audiences, kinds, evidence …) in the language in force. */
  protected get words(): Words {
    return wordsFor(this.locale);
  }

  /** Shows issues inline and fires `ak-error`. */
  protected report(issues: Issue[]): void {
    this.issues = issues;
    this.emit(new AkErrorEvent(issues));
  }

  /**
   * Fires one of the typed `ak-*` events. Events are documented with `@event` on each element,
   * which is what the custom-elements manifest reads.
   */
  protected emit(event: Event): void {
    this.dispatchEvent(event);
  }

  /**
   * The assessment an element made of an input (`safeAssess(input, this.ruleset)`), or `undefined`
   * with the issues reported inline and with `ak-error` (paths under `input`); the caller keeps what
   * it had. The element calls `safeAssess` itself, so one that never assesses (the referral guide,
   * the catalogue) does not carry the engine's evaluation.
   */
  protected assessedOrReport(result: SafeAssessResult): Assessment | undefined {
    if (!result.ok) {
      this.report(result.issues.map((issue) => ({ ...issue, path: ['input', ...issue.path] })));
      return undefined;
    }
    this.issues = [];
    this.warnOnce(result.assessment.warnings);
    return result.assessment;
  }

  private warned = new Set<string>();

  /**
   * Tells the page's maintainer, once per problem, what a result warns about (an unknown
   * municipality). Never shown to the person using the widget: the result is given all the same.
   */
  protected warnOnce(warnings: readonly Issue[]): void {
    // A municipality a loading patch adds is not unknown: wait for the ruleset it gives.
    if (this.patches.pending) warnings = warnings.filter((warning) => warning.path[0] !== 'municipality');
    for (const warning of warnings) {
      const key = `${warning.code}:${warning.message.en}`;
      if (this.warned.has(key)) continue;
      this.warned.add(key);
      console.warn(`${this.localName}: ${warning.message.en}`);
    }
  }

  /**
   * After this update, moves focus to what a reader should now read (a new view's title, a question
   * left open), scrolling it into view when hidden.
   */
  protected revealAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => {
      this.stickyOffset.refresh();
      reveal(this.renderRoot.querySelector<HTMLElement>(selector));
    });
  }

  /** Wraps a handler so that an error in it is reported, never thrown into the host page. */
  protected guard<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      try {
        handler(...args);
      } catch (error) {
        this.report([unexpectedIssue(error)]);
      }
    };
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.failed && this.changedSinceFailure()) {
      // A retry in the task that failed waits for the next one: the page's own work runs in between.
      if (this.failedThisTask) {
        setTimeout(() => this.requestUpdate(), 0);
        return false;
      }
      this.failed = false;
      this.failedWith = undefined;
    }
    return super.shouldUpdate(changed);
  }

  /** Whether a property other than the reported problems holds another value than when the update failed. */
  private changedSinceFailure(): boolean {
    const values = this.failedWith;
    if (!values) return false;
    // Object.is, as Lit compares: NaN is no change, so it cannot ask for a retry in every task.
    for (const [key, value] of values) if (!Object.is((this as Record<PropertyKey, unknown>)[key], value)) return true;
    return false;
  }

  /** The current value of every reactive property but `issues`, which the failure itself sets. */
  private propertyValues(): Map<PropertyKey, unknown> {
    const values = new Map<PropertyKey, unknown>();
    const properties = (this.constructor as typeof LitElement).elementProperties;
    for (const key of properties.keys()) {
      if (key !== 'issues') values.set(key, (this as Record<PropertyKey, unknown>)[key]);
    }
    return values;
  }

  /**
   * In the browser files, the national ruleset's texts in a language other than Dutch load when an
   * element first shows it: until they are there, the element keeps showing what it showed.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const texts = textsReady(this.locale);
    return texts ? texts.then(() => this.updateWithin()) : this.updateWithin();
  }

  /** The error boundary: whatever throws during an update (willUpdate, render, commit, updated) ends here. */
  private updateWithin(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.failedWith = this.propertyValues();
    if (!this.failedThisTask) {
      this.failedThisTask = true;
      setTimeout(() => (this.failedThisTask = false), 0);
    }
    if (!this.failed) {
      this.failed = true;
      // Reporting changes state, which must wait until this update is over; the flag keeps it to once.
      queueMicrotask(() => {
        const issue = unexpectedIssue(error);
        this.warnOnce([issue]);
        this.report([issue]);
      });
    }
    try {
      renderInto(this.renderFallback(), this.renderRoot, this.renderOptions);
    } catch {
      try {
        renderInto(STATIC_FALLBACK, this.renderRoot, this.renderOptions);
      } catch {
        this.renderRoot.textContent = 'Bij direct gevaar: bel 112. / In danger right now? Call 112.';
      }
    }
  }

  protected override render(): unknown {
    if (this.failed) return this.renderFallback();
    return html`${this.renderIssues()}${this.renderContent()}`;
  }

  /** The element's own content; errors thrown here are caught by the boundary. */
  protected abstract renderContent(): unknown;

  /**
   * What shows when the content cannot render: that something went wrong, and 112. An element
   * with more that must always work (the youth check's quick exit) adds it here. Keep it static:
   * nothing here may depend on the state that failed. The error itself goes to `ak-error` and the
   * console, not to the reader.
   */
  protected renderFallback(): unknown {
    return this.renderFallbackNotice(true);
  }

  /** The notice of the fallback, with or without its own line about 112. */
  protected renderFallbackNotice(withEmergency: boolean): unknown {
    const { t } = this;
    return html`<div class="issues fallback" role="alert" part="fallback">
      <p><strong>${t.errorTitle}</strong></p>
      <p>${t.unexpectedError}</p>
      ${withEmergency ? this.renderEmergency() : nothing}
    </div>`;
  }

  /** "Bij direct gevaar: bel 112", with a link a phone can dial. */
  protected renderEmergency(): unknown {
    return html`<p class="emergency">
      <strong>${this.t.emergencyCall} <a href="tel:112">112</a></strong>
    </p>`;
  }

  private renderIssues(): unknown {
    if (this.issues.length === 0) return nothing;
    return html`<div class="issues" role="alert" part="issues">
      <p><strong>${this.t.errorTitle}</strong></p>
      <ul>
        ${this.issues.map((issue) => html`<li>${issue.message[this.locale]}</li>`)}
      </ul>
    </div>`;
  }
}
