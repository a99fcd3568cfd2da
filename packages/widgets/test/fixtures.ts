import { assess, type AssessmentInput, type Level } from '@anders-kijken/core';
import { vi } from 'vitest';
import type { AkYouthCheck } from '../src/components/ak-youth-check/ak-youth-check.js';

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

/**
 * An element with a quick exit on the page, with leaving watched instead of done: a test page must
 * not navigate away. Register the element (import its `define.js`) before calling this.
 */
export async function mountWatchingLeave<E extends HTMLElement & { updateComplete: Promise<unknown> }>(
  tag: string,
  attributes: Record<string, string> = {},
) {
  const element = document.createElement(tag) as E;
  const leave = vi
    .spyOn(element as unknown as { leave: (url: string) => void }, 'leave')
    .mockImplementation(() => undefined);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await settled(element);
  return { element, leave };
}

/** A youth check on the page, with leaving watched instead of done. */
export const mountYouthCheck = (attributes: Record<string, string> = {}) =>
  mountWatchingLeave<AkYouthCheck>('ak-youth-check', attributes);

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
