import {
  checkRuleset,
  defaultRuleset,
  safeAssess,
  wordsFor,
  type Assessment,
  type Issue,
  type Locale,
  type Ruleset,
  type Words,
} from '@anders-kijken/core';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../controllers/localize-controller.js';
import { AkErrorEvent } from '../events/ak-error.js';
import { sharedStyles } from '../styles/shared.styles.js';
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

/**
 * The base of every Anders Kijken element: the language in force, a validated `ruleset`, and an
 * error boundary. A widget never throws into the host page: problems become an inline message and
 * an `ak-error` event, and what the user entered stays.
 *
 * @attr lang - The language of the widget's texts: `nl` (default) or `en`. Without it, the
 *   nearest ancestor's `lang` or `<html lang>` applies; any language other than Dutch shows English.
 * @event ak-error - Fired instead of throwing, for an invalid ruleset or input. Detail: `{ issues }`.
 */
export abstract class AkElement extends LitElement {
  static override styles = [sharedStyles];

  private readonly localize = new LocalizeController(this);
  private currentRuleset: Ruleset = defaultRuleset;

  /** Problems to show inline, for example an invalid ruleset or input. */
  @state() protected issues: Issue[] = [];

  /**
   * The ruleset to use, for example one extended with a municipality's contacts. An invalid
   * ruleset is refused with an `ak-error` event and an inline message; the previous one stays.
   */
  @property({ attribute: false })
  get ruleset(): Ruleset {
    return this.currentRuleset;
  }

  set ruleset(value: Ruleset) {
    if (value === this.currentRuleset) return;
    try {
      const { errors } = checkRuleset(value);
      if (errors.length > 0) {
        this.report(errors.map(({ path, code, message }) => ({ path: ['ruleset', ...path], code, message })));
        return;
      }
    } catch (error) {
      this.report([unexpectedIssue(error)]);
      return;
    }
    const old = this.currentRuleset;
    this.currentRuleset = value;
    this.issues = [];
    this.requestUpdate('ruleset', old);
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
   * Assesses an input with the element's ruleset. Invalid input is reported inline and with
   * `ak-error` (paths under `input`), and gives `undefined`; the caller keeps what it had.
   */
  protected assessOrReport(input: unknown): Assessment | undefined {
    const result = safeAssess(input, this.ruleset);
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
    for (const warning of warnings) {
      const key = `${warning.code}:${warning.message.en}`;
      if (this.warned.has(key)) continue;
      this.warned.add(key);
      console.warn(`${this.localName}: ${warning.message.en}`);
    }
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

  protected override render(): TemplateResult {
    try {
      return html`${this.renderIssues()}${this.renderContent()}`;
    } catch (error) {
      // Reporting changes state, which must not happen during render.
      queueMicrotask(() => this.report([unexpectedIssue(error)]));
      return html`<div class="issues" role="alert"><p>${this.t.unexpectedError}</p></div>`;
    }
  }

  /** The element's own content; errors thrown here are caught by the boundary. */
  protected abstract renderContent(): unknown;

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
