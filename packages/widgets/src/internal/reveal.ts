import { hostScrollPadding } from './sticky-offset.js';

/**
 * Moves focus to an element a reader should now read (the next step, the outcome) and scrolls it
 * into view only when its top is hidden: above the viewport, under the host page's sticky header
 * (the page's `scroll-padding-top`, which scrolling into view keeps clear, plus the element's
 * `scroll-margin-block-start`, from `--ak-sticky-offset`), or far below. The scroll is instant: no
 * motion a reader did not ask for.
 */
export function reveal(element: HTMLElement | null | undefined): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  const margin =
    (Number.parseFloat(getComputedStyle(element).scrollMarginBlockStart) || 0) +
    (hostScrollPadding(element.getRootNode()) ?? 0);
  const top = element.getBoundingClientRect().top;
  if (top < margin || top > window.innerHeight * 0.75) element.scrollIntoView({ block: 'start', behavior: 'instant' });
}
