import { assess, type AssessmentInput, type Level } from '@anders-kijken/core';
import { onTestFinished } from 'vitest';

/** One input per level, from the public vignettes and the edge cases of the core. */
export const INPUT_FOR: Record<Level, AssessmentInput> = {
  none: { age: 14, observations: {} },
  attention: { age: 15, observations: { 'activity-unexplained-money': 'possible' } },
  concern: { age: 16, observations: { 'control-debt': 'clear', 'risk-debts': 'clear' } },
  suspicion: {
    age: 14,
    observations: { 'activity-courier': 'clear', 'recruit-gifts': 'clear', 'recruit-older-contacts': 'clear' },
  },
  acute: { age: 15, observations: { 'acute-missing-in-danger': 'clear', 'control-debt': 'possible' } },
};

export const assessmentFor = (level: Level, extra: Partial<AssessmentInput> = {}) =>
  assess({ ...INPUT_FOR[level], ...extra });

/** Waits for Lit to render an element and anything it updates in turn. */
export async function settled(element: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** An element of this package as a test sees it: a custom element that renders with Lit. */
export type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** What to give an element before it is put on the page. */
export interface MountOptions {
  /** Attributes, as a page writes them in HTML. */
  attributes?: Record<string, string>;
  /** Properties, as a page sets them in code: `ruleset`, `assessment`, … */
  properties?: Record<string, unknown>;
  /**
   * Listeners added before the element is connected, as a page that listens first: what an element
   * reports while it connects (an `ak-error` about its `patch`) is heard too.
   */
  listeners?: Record<string, (event: Event) => void>;
}

/**
 * The one way a test puts an element on the page: created as a page creates it, given its attributes
 * and properties, appended, and rendered (a given `ruleset` checked too: the element's
 * `updateComplete` waits for that). It is removed when the test ends. Register the element first
 * (import its `define.js`).
 */
export async function mount<E extends Widget = Widget>(tag: string, options: MountOptions = {}): Promise<E> {
  const element = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  Object.assign(element, options.properties ?? {});
  for (const [type, listener] of Object.entries(options.listeners ?? {})) element.addEventListener(type, listener);
  document.body.append(element);
  onTestFinished(() => element.remove());
  await settled(element);
  return element;
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The navigations the page asks for, through the browser's Navigation API, each stopped before it
 * happens: a test sees where "Snel weg" sends the page without leaving it, and without watching a
 * method of the element. Call `stop()` when done.
 */
export function watchNavigations() {
  const requested: string[] = [];
  const navigation = (window as unknown as { navigation: EventTarget }).navigation;
  const onNavigate = (event: Event) => {
    const navigate = event as Event & { destination: { url: string } };
    requested.push(navigate.destination.url);
    navigate.preventDefault();
  };
  navigation.addEventListener('navigate', onNavigate);
  return { requested, stop: () => navigation.removeEventListener('navigate', onNavigate) };
}

/**
 * Where the page was sent while `action` ran ("Snel weg", Escape), each navigation stopped before it
 * happens, and the element rendered after it.
 */
export async function navigationsDuring(element: Widget, action: () => unknown): Promise<string[]> {
  const navigations = watchNavigations();
  try {
    await action();
    await settled(element);
    return navigations.requested;
  } finally {
    navigations.stop();
  }
}
