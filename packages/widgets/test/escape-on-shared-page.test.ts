import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define.js';
import '../src/training.js';
import { DEFAULT_EXIT_URL } from '../src/internal/exit-url.js';
import { mount, navigationsDuring, type Widget } from './fixtures.js';

// Finding 3 of issue 25: "Escape on a page with both checks". The youth check listened for Escape on
// the whole document, so a professional pressing Escape while typing the age in the signal check on
// the same page landed on google.nl and lost every answer.

/** The elements on one page, in this order. */
async function mountAll(...tags: string[]): Promise<Widget[]> {
  const elements: Widget[] = [];
  for (const tag of tags) elements.push(await mount(tag));
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
const pressEscape = (element: Widget) => navigationsDuring(element, () => userEvent.keyboard('{Escape}'));

afterEach(() => document.body.replaceChildren());

describe('Escape on a page with both checks', () => {
  it('does nothing while a professional types the age in the signal check: the answers stay', async () => {
    const [, check] = await mountAll('ak-youth-check', 'ak-signal-check');
    await userEvent.click(ageField(check!));
    await userEvent.keyboard('15');
    expect(await pressEscape(check!)).toEqual([]);
    expect(ageField(check!).value).toBe('15');
  });

  it('does nothing from the host page once the signal check is the element in use', async () => {
    const [, check] = await mountAll('ak-youth-check', 'ak-signal-check');
    const field = hostField();
    await userEvent.click(ageField(check!));
    await userEvent.keyboard('15');
    await userEvent.click(field);
    expect(await pressEscape(check!)).toEqual([]);
  });

  it('leaves when focus is in the youth check, even after the signal check was used', async () => {
    const [youth, check] = await mountAll('ak-youth-check', 'ak-signal-check');
    await userEvent.click(ageField(check!));
    await userEvent.keyboard('15');
    await userEvent.click(firstAnswer(youth!));
    expect(await pressEscape(youth!)).toEqual([DEFAULT_EXIT_URL]);
  });

  it('leaves when focus is in the youth practice widget beside a signal check', async () => {
    const [youth] = await mountAll('ak-youth-training', 'ak-signal-check');
    await userEvent.click(youth!.shadowRoot?.querySelector('[part="chats"] button') as HTMLButtonElement);
    expect(await pressEscape(youth!)).toEqual([DEFAULT_EXIT_URL]);
  });

  it('leaves from anywhere while no other element is in use', async () => {
    const [youth] = await mountAll('ak-youth-check', 'ak-signal-check');
    await userEvent.click(hostField());
    expect(await pressEscape(youth!)).toEqual([DEFAULT_EXIT_URL]);
  });

  it('leaves from the host page when the youth check was the element last used', async () => {
    const [youth, check] = await mountAll('ak-youth-check', 'ak-signal-check');
    const field = hostField();
    await userEvent.click(ageField(check!));
    await userEvent.click(firstAnswer(youth!));
    await userEvent.click(field);
    expect(await pressEscape(youth!)).toEqual([DEFAULT_EXIT_URL]);
  });
});

describe('Escape with the youth check alone on a page', () => {
  it('leaves from anywhere: the page’s own field, the body, or inside the check', async () => {
    const [youth] = await mountAll('ak-youth-check');
    await userEvent.click(hostField());
    expect(await pressEscape(youth!)).toEqual([DEFAULT_EXIT_URL]);
    (document.activeElement as HTMLElement | null)?.blur();
    expect(await pressEscape(youth!)).toEqual([DEFAULT_EXIT_URL]);
    await userEvent.click(firstAnswer(youth!));
    expect(await pressEscape(youth!)).toEqual([DEFAULT_EXIT_URL]);
  });
});
