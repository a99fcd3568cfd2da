import type { Issue } from '@anders-kijken/core';
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Translation } from '../translations/translation.js';
import { DEFAULT_EXIT_URL, safeExitUrl } from './exit-url.js';

/** What a quick exit asks of the element it serves. */
export interface QuickExitHost extends ReactiveControllerHost, HTMLElement {
  /** Clears everything the young person entered or chose. */
  reset(): void;
}

/**
 * "Snel weg" for the widgets a young person uses: Escape anywhere on the page or the button leaves
 * at once for a neutral site that replaces the page in the history, after clearing the widget. It
 * leaves even when clearing fails, and falls back to the default site when the chosen one cannot
 * be opened. That is the only navigation a widget ever makes.
 */
export class QuickExitController implements ReactiveController {
  /** The checked address; starts as the default so an exit before the first update works. */
  private target = DEFAULT_EXIT_URL;

  constructor(
    private readonly host: QuickExitHost,
    private readonly options: {
      /** Navigates; a method of the element so tests can watch it without leaving. */
      leave: (url: string) => void;
      /** Tells the page's maintainer once about an `exit-url` that is not used. */
      warn: (issues: Issue[]) => void;
      /** Reports an error of clearing, after leaving. */
      report: (error: unknown) => void;
    },
  ) {
    host.addController(this);
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    // Escape is the quick exit wherever focus is: a frightened reader should not have to find the button.
    if (event.key === 'Escape' && !event.defaultPrevented) this.exit();
  };

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeydown);
  }

  /** Sets where to go from `exit-url`: only an `https:` address or one on the page's own site, else the default with a warning. */
  setUrl(value: unknown): void {
    if (value === DEFAULT_EXIT_URL || value === undefined || value === null) {
      this.target = DEFAULT_EXIT_URL;
      return;
    }
    const safe = safeExitUrl(value, document.baseURI);
    if (safe) {
      this.target = safe;
      return;
    }
    const shown = String(value).slice(0, 100);
    this.options.warn([
      {
        path: ['exit-url'],
        code: 'invalid_exit_url',
        message: {
          nl: `exit-url "${shown}" is geen https-adres of adres op deze site; "Snel weg" gaat naar ${DEFAULT_EXIT_URL}.`,
          en: `exit-url "${shown}" is not an https address or one on this site; "Snel weg" goes to ${DEFAULT_EXIT_URL} instead.`,
        },
      },
    ]);
    this.target = DEFAULT_EXIT_URL;
  }

  /** Clears and leaves; leaving comes first, whatever clearing did. */
  exit(): void {
    let failure: { error: unknown } | undefined;
    try {
      this.host.reset();
    } catch (error) {
      failure = { error };
    }
    try {
      this.options.leave(this.target);
    } catch {
      try {
        this.options.leave(DEFAULT_EXIT_URL);
      } catch (error) {
        failure ??= { error };
      }
    }
    // Reported, never thrown: the keydown listener sits on the host page's document.
    if (failure) this.options.report(failure.error);
  }

  /** The bar with "Snel weg" and 112: the same markup in the content and in the fallback, first in the tab order. */
  render(t: Translation) {
    return html`<div class="exit" part="quick-exit">
      <span class="hint">${t.quickExitHint}</span>
      <span class="exit-actions">
        <button type="button" @click=${() => this.exit()}>${t.quickExit}</button>
        <span class="emergency">${t.emergencyCall} <a href="tel:112">112</a></span>
      </span>
    </div>`;
  }
}
