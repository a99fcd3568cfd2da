import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define.js';
import '../src/training.js';
import { DEFAULT_EXIT_URL } from '../src/internal/exit-url.js';
import { settled, watchNavigations } from './fixtures.js';

// Finding 3 of issue 25: "Escape on a page with both checks". The youth check listened for Escape on
// the whole document, so a professional pressing Escape while typing the age in the signal check on
// the same page landed on google.nl and lost every answer.

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

async function mount(...tags: string[]): Promise<Widget[]> {
  const elements = tags.map((tag) => document.createElement(tag) as Widget);
  document.body.append(...elements);
  for (const element of elements) await settled(element);
  return elements;
}

/** A field of the host page itself, outside every widget. */
function hostField() {
  const field = Object.assign(document.createElement('input'), { type: 'search', placeholder: 'Zoeken' });
  document.body.prepend(field);
  return field;
}

const ageField = (check: Widget) => check.shadowRoot?.querySelector<HTMLInputElement>('#age') as HTMLInputElement;
const firstAnswer = (element: Widget) =>
  element.shadowRoot?.querySelector<HTMLInputElement>('input[type="radio"]') as HTMLInputElement;

/** Presses Escape as a reader does and returns the navigations it asked for. */
async function pressEscape(element: Widget) {
  const navigations = watchNavigations();
  try {
    await userEvent.keyboard('{Escape}');
    await settled(element);
    return navigations.requested;
  } finally {
    navigations.stop();
  }
}

afterEach(() => document.body.replaceChildren());

describe('Escape on a page with both checks', () => {
  it('does nothing while a professional types the age in the signal check: the answers stay', async () => {
    const [, check] = await mount('ak-youth-check', 'ak-signal-check');
    await userEvent.click(ageField(check!));
    await userEvent.keyboard('15');
    expect(await pressEscape(check!)).toEqual([]);
    expect(ageField(check!).value).toBe('15');
  });

  it('does nothing from the host page once the signal check is the element in use', async () => {
    const [, check] = await mount('ak-youth-check', 'ak-signal-check');
    const field = hostField();
    await userEvent.click(ageField(check!));
    await userEvent.keyboard('15');
    await userEvent.click(field);
    expect(await pressEscape(check!)).toEqual([]);
  });

  it('leaves when focus is in the youth check, even after the signal check was used', async () => {
    const [youth, check] = await mount('ak-youth-check', 'ak-signal-check');
    await userEvent.click(ageField(check!));
    await userEvent.keyboard('15');
    await userEvent.click(firstAnswer(youth!));
    expect(await pressEscape(youth!)).toEqual([DEFAULT_EXIT_URL]);
  });

  it('leaves when focus is in the youth practice widget beside a signal check', async () => {
    const [youth] = await mount('ak-youth-training', 'ak-signal-check');
    await userEvent.click(youth!.shadowRoot?.querySelector('[part="chats"] button') as HTMLButtonElement);
    expect(await pressEscape(youth!)).toEqual([DEFAULT_EXIT_URL]);
  });

  it('leaves from anywhere while no other element is in use', async () => {
    const [youth] = await mount('ak-youth-check', 'ak-signal-check');
    await userEvent.click(hostField());
    expect(await pressEscape(youth!)).toEqual([DEFAULT_EXIT_URL]);
  });

  it('leaves from the host page when the youth check was the element last used', async () => {
    const [youth, check] = await mount('ak-youth-check', 'ak-signal-check');
    const field = hostField();
    await userEvent.click(ageField(check!));
    await userEvent.click(firstAnswer(youth!));
    await userEvent.click(field);
    expect(await pressEscape(youth!)).toEqual([DEFAULT_EXIT_URL]);
  });
});

describe('Escape with the youth check alone on a page', () => {
  it('leaves from anywhere: the page’s own field, the body, or inside the check', async () => {
    const [youth] = await mount('ak-youth-check');
    await userEvent.click(hostField());
    expect(await pressEscape(youth!)).toEqual([DEFAULT_EXIT_URL]);
    (document.activeElement as HTMLElement | null)?.blur();
    expect(await pressEscape(youth!)).toEqual([DEFAULT_EXIT_URL]);
    await userEvent.click(firstAnswer(youth!));
    expect(await pressEscape(youth!)).toEqual([DEFAULT_EXIT_URL]);
  });
});
