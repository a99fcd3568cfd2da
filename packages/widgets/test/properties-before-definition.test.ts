import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import manifest from '../custom-elements.json';
// The classes alone define nothing: the tags stay unknown until define.js and training.js load.
import * as widgets from '../src/index.js';
import { DEFAULT_EXIT_URL, safeExitUrl } from '../src/internal/exit-url.js';
import { mount, settled, watchNavigations } from './fixtures.js';

// Finding 2 of issue 25: "a property set before the element is defined freezes the page". A wrong
// value set on an element the loader had not defined yet made its first update fail, and every
// retry cleared the failure, so the element re-rendered its error without end: the main thread
// blocked, and Escape and "Snel weg" with it. This file imports no element before it has set them.

interface Declaration {
  name: string;
  tagName?: string;
  members?: { kind: string; name: string; static?: boolean; readonly?: boolean; privacy?: string }[];
}

/** Every element and the properties a page may set on it, as the package documents them. */
const ELEMENTS = (manifest.modules as { declarations?: Declaration[] }[])
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is Declaration & { tagName: string } => Boolean(declaration.tagName))
  .map(({ name, tagName, members = [] }) => ({
    tag: tagName,
    type: (widgets as unknown as Record<string, typeof HTMLElement>)[name] as typeof HTMLElement,
    properties: members
      .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
      .map((m) => m.name),
  }));

const cyclic: Record<string, unknown> = { level: 'concern' };
cyclic.self = cyclic;
cyclic.signals = [cyclic];

const throwing = new Proxy(
  {},
  {
    get: () => {
      throw new Error('proxy get');
    },
    has: () => {
      throw new Error('proxy has');
    },
    ownKeys: () => {
      throw new Error('proxy ownKeys');
    },
    getPrototypeOf: () => {
      throw new Error('proxy getPrototypeOf');
    },
    getOwnPropertyDescriptor: () => {
      throw new Error('proxy getOwnPropertyDescriptor');
    },
  },
);

/** Values of the wrong type or shape for every property. */
const WRONG_VALUES: [string, () => unknown][] = [
  ['null', () => null],
  ['undefined', () => undefined],
  ['a number', () => 42],
  ['NaN', () => Number.NaN],
  ['an empty string', () => ''],
  ['a string', () => 'javascript:alert(1)'],
  ['an empty object', () => ({})],
  ['an array', () => [1, 2]],
  ['an object of the wrong shape', () => ({ level: 'concern', reasons: 7, signals: 'none', contacts: [null] })],
  ['a cyclic object', () => cyclic],
  ['a proxy that throws', () => throwing],
  ['a symbol', () => Symbol('wrong')],
];

const YOUTH_TAGS = ['ak-youth-check', 'ak-youth-training'];

/**
 * A looping element reports without end. After a few reports it is mended (its properties set to an
 * element's defaults), so a loop shows up as a failed assertion instead of a run that never returns.
 */
const reports = new Map<Element, number>();
const looped = new Set<string>();
/**
 * Every element's own values, to mend a looping one. Read from an instance of a subclass under
 * another name, before the tags are defined: a loop runs in microtasks, so nothing can be read once
 * it has started.
 */
const defaults = new Map(
  ELEMENTS.map(({ tag, type, properties }) => {
    customElements.define(`defaults-of-${tag}`, class extends type {});
    const fresh = document.createElement(`defaults-of-${tag}`) as unknown as Record<string, unknown>;
    return [tag, Object.fromEntries(properties.map((p) => [p, fresh[p]]))];
  }),
);
const onError = (event: Event) => {
  const element = event.target as HTMLElement & Record<string, unknown>;
  const count = (reports.get(element) ?? 0) + 1;
  reports.set(element, count);
  if (count < 5) return;
  looped.add(`${element.localName} ${element.dataset.case}`);
  Object.assign(element, defaults.get(element.localName));
};
document.addEventListener('ak-error', onError);
// Each refused value warns the page's maintainer once, in the console: kept out of the test output.
beforeAll(() => vi.spyOn(console, 'warn').mockImplementation(() => undefined));
afterAll(() => {
  document.removeEventListener('ak-error', onError);
  vi.restoreAllMocks();
});

/** Resolves when the page runs its timers and frames again: a frozen page never gets there. */
const pageRuns = () =>
  new Promise<void>((resolve) => setTimeout(() => requestAnimationFrame(() => setTimeout(resolve, 0)), 0));

function setWrong(element: HTMLElement, property: string, value: unknown) {
  (element as unknown as Record<string, unknown>)[property] = value;
}

it('a property set before the element is defined freezes the page: every wrong value, before and after definition', async () => {
  expect(ELEMENTS.map((e) => e.tag).sort()).toEqual([
    'ak-assessment-summary',
    'ak-referral-guide',
    'ak-signal-catalogue',
    'ak-signal-check',
    'ak-training',
    'ak-youth-check',
    'ak-youth-training',
  ]);
  // Before definition: one element per property and value, each set while the tag is still unknown.
  const before: { element: HTMLElement; property: string; value: unknown }[] = [];
  for (const { tag, properties } of ELEMENTS) {
    expect(customElements.get(tag)).toBeUndefined();
    for (const property of properties) {
      for (const [name, make] of WRONG_VALUES) {
        const element = document.createElement(tag);
        element.dataset.case = `${property} = ${name}`;
        const value = make();
        setWrong(element, property, value);
        document.body.append(element);
        before.push({ element, property, value });
      }
    }
  }
  expect(before.length).toBeGreaterThan(300);

  await import('../src/define.js');
  await import('../src/training.js');
  await pageRuns();
  await Promise.all(before.map(({ element }) => settled(element)));
  await pageRuns();
  expect([...looped]).toEqual([]);

  // The quick exit of every youth element still leaves, whatever was set on it.
  const navigations = watchNavigations();
  try {
    for (const { element, property, value } of before.filter((b) => YOUTH_TAGS.includes(b.element.localName))) {
      // By its part, not by role: a role query on each of these hundreds of elements took the test
      // from 16 s past its 120 s limit.
      const button = element.shadowRoot?.querySelector<HTMLButtonElement>('[part="quick-exit"] button');
      expect(button?.textContent?.trim(), element.dataset.case).toBe('Snel weg');
      navigations.requested.length = 0;
      button?.click();
      const expected =
        property === 'exitUrl' ? (safeExitUrl(value, document.baseURI) ?? DEFAULT_EXIT_URL) : DEFAULT_EXIT_URL;
      expect(navigations.requested, element.dataset.case).toEqual([expected]);
    }
  } finally {
    navigations.stop();
  }

  // After definition: the same values on defined elements, one element per tag taking them all in turn.
  document.body.replaceChildren();
  reports.clear();
  for (const { tag, properties } of ELEMENTS) {
    const element = await mount(tag);
    for (const property of properties) {
      for (const [name, make] of WRONG_VALUES) {
        element.dataset.case = `${property} = ${name} (after)`;
        reports.delete(element);
        setWrong(element, property, make());
        await settled(element);
      }
      Object.assign(element, defaults.get(tag));
    }
  }
  expect([...looped]).toEqual([]);
  await pageRuns();
}, 120_000);
