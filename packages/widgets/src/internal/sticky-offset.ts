import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The private custom property that carries the host page's sticky header height into an element.
 * The styles read it behind the public `--ak-sticky-offset`, which overrides it.
 */
export const HOST_OFFSET_PROPERTY = '--_ak-host-offset';

/**
 * The height of the host page's sticky header, as the page declares it for its own anchors: the
 * `scroll-padding-top` of the document element, in pixels. `auto` (nothing declared) gives
 * `undefined`. A computed length is in pixels already; a percentage or a `calc()` is measured
 * against the viewport, as the browser does for the page's scroller.
 */
export function hostScrollPadding(measureIn?: Node): number | undefined {
  const value = getComputedStyle(document.documentElement).scrollPaddingTop.trim();
  if (value === '' || value === 'auto') return undefined;
  if (/^-?\d*\.?\d+(e[+-]?\d+)?px$/i.test(value)) return Math.max(0, Number.parseFloat(value));
  return measureIn ? measure(value, measureIn) : undefined;
}

/** A length the browser resolves against the viewport, measured with an invisible fixed probe. */
function measure(value: string, within: Node): number | undefined {
  const probe = document.createElement('div');
  // Through the CSSOM, never a style attribute, which a strict Content-Security-Policy blocks.
  probe.style.setProperty('position', 'fixed');
  probe.style.setProperty('visibility', 'hidden');
  probe.style.setProperty('inline-size', '0');
  probe.style.setProperty('block-size', value);
  within.appendChild(probe);
  try {
    const height = probe.getBoundingClientRect().height;
    return Number.isFinite(height) ? Math.max(0, height) : undefined;
  } finally {
    probe.remove();
  }
}

/** The elements on the page that follow the host's scroll padding, read once per frame for all of them. */
const hosts = new Set<StickyOffsetController>();
let frame = 0;

function refreshAll(): void {
  frame = 0;
  for (const controller of hosts) controller.refresh();
}

/** A page may change its header (a media query, a stylesheet that loads late): read again on resize and scroll. */
function schedule(): void {
  if (frame === 0) frame = requestAnimationFrame(refreshAll);
}

/**
 * Keeps an element's sticky parts (the quick-exit bar with 112) and what it scrolls into view (a
 * result, the next step) below the host page's sticky header. The offset is read from the page's
 * `scroll-padding-top` and set on the element as a private custom property, which the public
 * `--ak-sticky-offset` overrides. Never throws: a page that cannot be read keeps the last offset.
 */
export class StickyOffsetController implements ReactiveController {
  private last: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (hosts.size === 0) {
      window.addEventListener('resize', schedule, { passive: true });
      window.addEventListener('scroll', schedule, { passive: true });
    }
    hosts.add(this);
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this);
    if (hosts.size === 0) {
      window.removeEventListener('resize', schedule);
      window.removeEventListener('scroll', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
    }
  }

  /** Once the element has its shadow root, a percentage or `calc()` can be measured inside it. */
  hostUpdated(): void {
    if (this.measured) return;
    this.measured = true;
    this.refresh();
  }

  private measured = false;

  /** Reads the host's scroll padding now, for example right before scrolling a result into view. */
  refresh(): void {
    try {
      const padding = hostScrollPadding(this.host.shadowRoot ?? undefined);
      const value = padding === undefined ? '' : `${padding}px`;
      if (value === this.last) return;
      this.last = value;
      if (value) this.host.style.setProperty(HOST_OFFSET_PROPERTY, value);
      else this.host.style.removeProperty(HOST_OFFSET_PROPERTY);
    } catch {
      // A page whose styles cannot be read keeps the offset it had: the widget works on.
    }
  }
}
