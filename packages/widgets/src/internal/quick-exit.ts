import type { Issue } from '@anders-kijken/core';
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Translation } from '../translations/translation.js';
import { DEFAULT_EXIT_URL, safeExitUrl } from './exit-url.js';
import { andersKijkenElementOf, followUse, lastUsedElement } from './in-use.js';

/** What a quick exit asks of the element it serves. */
export interface QuickExitHost extends ReactiveControllerHost, HTMLElement {
  /** Clears everything the young person entered or chose. */
  reset(): void;
}

/**
 * "Snel weg" for the widgets a young person uses: Escape or the button leaves at once for a neutral
 * site that replaces the page in the history, after clearing the widget. It leaves even when
 * clearing fails, and falls back to the default site when the chosen one cannot be opened. That is
 * the only navigation a widget ever makes.
 *
 * Escape leaves from anywhere on the page, except when another Anders Kijken element is in use: on
 * a page with a signal check too, a professional who presses Escape while typing in it must not
 * lose every answer to a neutral site. Then Escape leaves when focus is in this element, or when
 * this element was the one last used.
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
    if (event.key === 'Escape' && !event.defaultPrevented && this.isMine(event)) this.exit();
  };

  /**
   * Whether an Escape is meant for this quick exit. A frightened reader should not have to find the
   * button, so it is, wherever focus is, unless another Anders Kijken element is in use: focus is in
   * that element, or it was the one last used.
   */
  private isMine(event: KeyboardEvent): boolean {
    if (event.composedPath().includes(this.host)) return true;
    if (andersKijkenElementOf(event)) return false;
    const last = lastUsedElement();
    return last === undefined || last === this.host;
  }

  private stopFollowing: (() => void) | undefined;

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeydown);
    this.stopFollowing = followUse();
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeydown);
    this.stopFollowing?.();
    this.barSize?.disconnect();
    this.bar = undefined;
  }

  /** The bar whose height is followed, so a result scrolled into view lands below it, not under it. */
  private bar: Element | undefined;
  private barSize: ResizeObserver | undefined;

  hostUpdated(): void {
    const bar = this.host.shadowRoot?.querySelector('[part="quick-exit"]') ?? undefined;
    if (bar === this.bar || typeof ResizeObserver === 'undefined') return;
    this.barSize ??= new ResizeObserver((entries) => {
      const height = entries[0]?.borderBoxSize?.[0]?.blockSize ?? entries[0]?.contentRect.height ?? 0;
      this.host.style.setProperty('--_ak-exit-bar-size', `${height}px`);
    });
    this.barSize.disconnect();
    this.bar = bar;
    if (bar) this.barSize.observe(bar);
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
