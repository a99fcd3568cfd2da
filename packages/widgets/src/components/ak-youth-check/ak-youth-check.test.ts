import { catalogue } from '@anders-kijken/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible } from '../../../test/axe.js';
import { settled } from '../../../test/fixtures.js';
import type { AkYouthCheck } from './ak-youth-check.js';
import './define.js';

/** The check, with leaving watched instead of done: a test page must not navigate away. */
async function mount(attributes: Record<string, string> = {}) {
  const element = document.createElement('ak-youth-check');
  const leave = vi
    .spyOn(element as unknown as { leave: (url: string) => void }, 'leave')
    .mockImplementation(() => undefined);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await settled(element);
  return { element, leave };
}

const root = (element: AkYouthCheck) => element.shadowRoot as ShadowRoot;
const text = (element: AkYouthCheck) => root(element).textContent?.replace(/\s+/g, ' ') ?? '';

async function answer(element: AkYouthCheck, id: string, value: string) {
  root(element).querySelector<HTMLInputElement>(`input[name="${id}"][value="${value}"]`)?.click();
  await settled(element);
}

async function submit(element: AkYouthCheck) {
  root(element).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await settled(element);
}

describe('<ak-youth-check>', () => {
  afterEach(() => document.body.replaceChildren());

  it('is accessible with its questions and with each kind of result', async () => {
    const { element } = await mount();
    await expectAccessible(element);
    for (const [id, value] of [
      ['control-debt', 'no'],
      ['control-cannot-stop', 'clear'],
      ['acute-threat-to-life', 'possible'],
    ]) {
      await answer(element, id as string, value as string);
      await submit(element);
      await expectAccessible(element);
      root(element).querySelectorAll('button')[1]?.click();
      await settled(element);
    }
  });

  it('asks 8 to 12 short questions in simple words, acute danger first, and no age beyond a band', async () => {
    const { element } = await mount();
    const legends = [...root(element).querySelectorAll('legend')].map((l) => l.textContent?.trim() ?? '');
    expect(legends[0]).toBe('Hoe oud ben je?');
    const questions = legends.slice(1);
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(questions.length).toBeLessThanOrEqual(12);
    expect(questions[0]).toContain('gevaar');
    expect(questions).toContain('Is het nog vrijwillig? Kun je stoppen als je dat wilt?');
    for (const q of questions) expect(q).not.toMatch(/de jongere/);
    expect(root(element).querySelector('input[type="text"], input[type="number"]')).toBeNull();
  });

  it('points to people to talk to without naming a level or labelling the young person', async () => {
    const { element } = await mount();
    root(element).querySelectorAll<HTMLInputElement>('input[name="age-band"]')[1]?.click();
    await answer(element, 'control-debt', 'clear');
    await answer(element, 'activity-courier', 'clear');
    await submit(element);
    const shown = text(element);
    expect(shown).toContain('Het is niet jouw schuld');
    expect(shown).toContain('De Kindertelefoon');
    expect(shown).toContain('Fier');
    expect(shown).toContain('112');
    // No level names, and nothing that tells the young person what they are.
    expect(shown).not.toMatch(/Vermoeden van uitbuiting|Zorgen|Aandacht|Acuut gevaar|Geen signalen/);
    expect(shown).not.toMatch(/je bent (een )?(slachtoffer|dader|crimineel)/i);
    expect(root(element).querySelector('[role="status"]')?.textContent).toContain('misbruik van je maakt');
    expect(root(element).activeElement?.id).toBe('result-title');
  });

  it('keeps "Snel weg" in view, and it clears everything before leaving for the neutral site', async () => {
    const { element, leave } = await mount({ 'exit-url': 'https://www.weeronline.nl/' });
    const resets: Event[] = [];
    element.addEventListener('ak-reset', (event) => resets.push(event));
    await answer(element, 'control-threats', 'clear');
    const exit = root(element).querySelector('[part="quick-exit"] button') as HTMLButtonElement;
    expect(exit.textContent?.trim()).toBe('Snel weg');
    expect(getComputedStyle(root(element).querySelector('[part="quick-exit"]') as Element).position).toBe('sticky');
    await userEvent.click(exit);
    expect(leave).toHaveBeenCalledWith('https://www.weeronline.nl/');
    expect(resets).toHaveLength(1);
    expect(element.getInput().observations).toEqual({});
  });

  it('never leaves the page but on that click', async () => {
    const { element, leave } = await mount();
    await answer(element, 'control-debt', 'clear');
    await submit(element);
    element.reset();
    await settled(element);
    expect(leave).not.toHaveBeenCalled();
  });

  it('can be completed with the keyboard alone', async () => {
    const { element } = await mount();
    await userEvent.tab(); // Snel weg
    await userEvent.tab(); // first age band
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.tab(); // first question
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{Enter}');
    await settled(element);
    expect(element.getInput().age).toBe(14);
    expect(root(element).querySelector('[part="result"]')).not.toBeNull();
  });

  it('uses only questions the catalogue writes for young people', async () => {
    const { element } = await mount();
    const asked = [...root(element).querySelectorAll('fieldset[data-id]')].map((f) => f.getAttribute('data-id'));
    const withYouthText = [...catalogue.signals, ...catalogue.riskFactors]
      .filter((e) => e.texts.youthQuestion)
      .map((e) => e.id);
    expect([...asked].sort()).toEqual([...withYouthText].sort());
  });

  it('fits a 320 px wide screen', async () => {
    await page.viewport(320, 640);
    const { element } = await mount();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    await expectAccessible(element);
    await page.viewport(1280, 800);
  });
});
