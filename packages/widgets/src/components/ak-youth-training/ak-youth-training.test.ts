import { youthScenarios } from '@anders-kijken/core/training';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible } from '../../../test/axe.js';
import { deepActiveElement, mount as mountElement, navigationsDuring, settled } from '../../../test/fixtures.js';
import { DEFAULT_EXIT_URL } from '../../internal/exit-url.js';
import type { AkYouthTraining } from './ak-youth-training.js';
import './define.js';

const sneakers = youthScenarios.find((s) => s.id === 'free-sneakers')!;

const mount = (attributes: Record<string, string> = {}) =>
  mountElement<AkYouthTraining>('ak-youth-training', { attributes });

const root = (element: AkYouthTraining) => element.shadowRoot as ShadowRoot;
const text = (element: AkYouthTraining) => root(element).textContent?.replace(/\s+/g, ' ') ?? '';
const choices = (element: AkYouthTraining) => [...root(element).querySelectorAll<HTMLButtonElement>('button.choice')];

async function tabTo(found: (element: Element) => boolean) {
  for (let i = 0; i < 30; i++) {
    const active = deepActiveElement();
    if (active && found(active)) return;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error('focus never got there with Tab');
}

describe('<ak-youth-training>', () => {
  afterEach(() => document.body.replaceChildren());

  it('lists every chat, with the quick exit and 112 first', async () => {
    const element = await mount();
    expect(root(element).querySelectorAll('[part="chats"] button')).toHaveLength(youthScenarios.length);
    const first = root(element).querySelector('button, a');
    expect(first?.textContent?.trim()).toBe('Snel weg');
    expect(root(element).querySelector('[part="quick-exit"] a[href="tel:112"]')).not.toBeNull();
    expect(text(element)).toContain('Er wordt niets bewaard of verstuurd.');
    await expectAccessible(element);
  });

  it('can be done with the keyboard alone: choose, read why, go on, read the trick and where to talk', async () => {
    const element = await mount();
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()?.textContent?.trim()).toBe('Snel weg');
    await tabTo((el) => el.textContent?.trim() === sneakers.title.nl);
    await userEvent.keyboard('{Enter}');
    await settled(element);
    expect(deepActiveElement()?.textContent?.trim()).toBe(sneakers.title.nl);
    for (const [index, step] of sneakers.steps.entries()) {
      const good = step.choices.findIndex((c) => c.good);
      await tabTo((el) => el === choices(element)[good]);
      await userEvent.keyboard('{Enter}');
      await settled(element);
      expect(choices(element)[good]?.getAttribute('aria-pressed')).toBe('true');
      expect(root(element).querySelector('[part="feedback"]')?.textContent).toContain(step.choices[good]!.feedback.nl);
      expect(text(element)).toContain('Goed gezien');
      await expectAccessible(element);
      await tabTo((el) => el.classList.contains('primary'));
      await userEvent.keyboard('{Enter}');
      await settled(element);
      if (index < sneakers.steps.length - 1) {
        // Focus moves to the first new message, so reading goes on where the chat does.
        expect(deepActiveElement()?.getAttribute('data-step')).toBe(String(index + 1));
      }
    }
    expect(deepActiveElement()?.textContent?.trim()).toBe('De truc: Een cadeau wordt een schuld');
    expect(text(element)).toContain(sneakers.explanation.nl);
    expect(text(element)).toContain('Dat is niet jouw schuld.');
    expect(text(element)).toContain('Hier kun je praten');
    expect(text(element)).toContain('De Kindertelefoon');
    await expectAccessible(element);
  });

  it('explains a choice that falls for the trick without blaming, and lets another be tried', async () => {
    const element = await mount({ scenario: sneakers.id });
    const bad = sneakers.steps[0]!.choices.findIndex((c) => !c.good);
    choices(element)[bad]!.click();
    await settled(element);
    expect(text(element)).toContain('Kijk nog eens');
    expect(text(element)).toContain(sneakers.steps[0]!.choices[bad]!.feedback.nl);
    await expectAccessible(element);
    const good = sneakers.steps[0]!.choices.findIndex((c) => c.good);
    choices(element)[good]!.click();
    await settled(element);
    expect(text(element)).toContain('Goed gezien');
    expect(choices(element).filter((c) => c.getAttribute('aria-pressed') === 'true')).toHaveLength(1);
  });

  it('shows the choice made as the young person’s own message in the chat', async () => {
    const element = await mount({ scenario: sneakers.id });
    choices(element)[0]!.click();
    await settled(element);
    root(element).querySelector<HTMLButtonElement>('.nav .primary')!.click();
    await settled(element);
    const mine = [...root(element).querySelectorAll('.message.mine .text')].map((m) => m.textContent);
    expect(mine).toContain(sneakers.steps[0]!.choices[0]!.text.nl);
  });

  it('brings in help for images used as pressure at the end of "De foto"', async () => {
    const photo = youthScenarios.find((s) => s.trick === 'images-as-pressure')!;
    const element = await mount({ scenario: photo.id });
    for (let i = 0; i < photo.steps.length; i++) {
      choices(element)[0]!.click();
      await settled(element);
      root(element).querySelector<HTMLButtonElement>('.nav .primary')!.click();
      await settled(element);
    }
    expect(text(element)).toContain('Helpwanted');
  });

  it('leaves at once with Escape or "Snel weg", clearing every choice', async () => {
    const element = await mount({ scenario: sneakers.id });
    choices(element)[0]!.click();
    await settled(element);
    expect(await navigationsDuring(element, () => userEvent.keyboard('{Escape}'))).toEqual([DEFAULT_EXIT_URL]);
    expect(root(element).querySelectorAll('[part="chats"] button')).toHaveLength(youthScenarios.length);
    const exit = page.elementLocator(element).getByRole('button', { name: 'Snel weg' });
    expect(await navigationsDuring(element, () => exit.click())).toEqual([DEFAULT_EXIT_URL]);
  });

  it('keeps the quick exit and 112 when the chat cannot render', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const element = await mount({ scenario: sneakers.id });
    const failing = element as unknown as { renderChat?: () => never };
    failing.renderChat = () => {
      throw new Error('render failed');
    };
    const errors: Event[] = [];
    element.addEventListener('ak-error', (e) => errors.push(e));
    element.requestUpdate();
    await settled(element);
    await settled(element);
    delete failing.renderChat;
    expect(errors).toHaveLength(1);
    expect(root(element).querySelector('a[href="tel:112"]')).not.toBeNull();
    const exit = page.elementLocator(element).getByRole('button', { name: 'Snel weg' });
    expect(await navigationsDuring(element, () => exit.click())).toEqual([DEFAULT_EXIT_URL]);
    await expectAccessible(element);
    warn.mockRestore();
  });

  it('speaks English', async () => {
    const element = await mount({ lang: 'en' });
    expect(text(element)).toContain('Spot the trick');
    expect(text(element)).toContain('Leave quickly');
  });

  it('shows the list for an unknown chat, with one console warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const element = await mount({ scenario: 'nope' });
      expect(root(element).querySelectorAll('[part="chats"] button')).toHaveLength(youthScenarios.length);
      expect(warn.mock.calls.filter(([m]) => String(m).includes('scenario="nope"'))).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });
});
