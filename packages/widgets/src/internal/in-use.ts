/**
 * Which Anders Kijken element a reader is using, so a quick exit on a page with more than one knows
 * whether Escape is meant for it. The mark is a `Symbol.for` key, so elements from two copies of
 * the widgets on one page (two scripts, two versions) know each other.
 */
const MARK = Symbol.for('anders-kijken.element');

/** The element last focused, clicked or typed in, shared by every copy of the widgets on the page. */
const LAST_USED = Symbol.for('anders-kijken.last-used');

type Marked = Element & { [MARK]?: true };
type Shared = typeof globalThis & { [LAST_USED]?: Element };

/** Marks an element as one of Anders Kijken's. */
export function markAsAndersKijken(element: Element): void {
  (element as Marked)[MARK] = true;
}

/** The outermost Anders Kijken element an event passed through, if any. */
export function andersKijkenElementOf(event: Event): Element | undefined {
  let found: Element | undefined;
  for (const target of event.composedPath()) {
    if (target instanceof Element && (target as Marked)[MARK]) found = target;
  }
  return found;
}

/** The Anders Kijken element last used on the page, if it is still on it. */
export function lastUsedElement(): Element | undefined {
  const element = (globalThis as Shared)[LAST_USED];
  return element?.isConnected ? element : undefined;
}

const remember = (event: Event) => {
  const element = andersKijkenElementOf(event);
  if (element) (globalThis as Shared)[LAST_USED] = element;
};

let following = 0;

/**
 * Starts following which element is used (focus, a click, typing), for as long as one quick exit
 * needs it. Listens in the capture phase on the document, so no element's own handling hides it.
 * Returns the function that stops.
 */
export function followUse(): () => void {
  if (following++ === 0) {
    for (const type of ['focusin', 'pointerdown', 'input']) document.addEventListener(type, remember, true);
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    if (--following === 0) {
      for (const type of ['focusin', 'pointerdown', 'input']) document.removeEventListener(type, remember, true);
    }
  };
}
