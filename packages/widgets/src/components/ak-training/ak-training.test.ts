import { assess } from '@anders-kijken/core';
import { firstStepChoices, practiceCases } from '@anders-kijken/core/training';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../../../test/axe.js';
import { deepActiveElement, mount as mountElement, settled } from '../../../test/fixtures.js';
import type { AkTraining } from './ak-training.js';
import './define.js';

const daan = practiceCases.find((c) => c.id === 'daan-parking-garage')!;

// The practice cases are the catalogue's own (core/training): these tests read them from there.
const mount = (attributes: Record<string, string> = {}) => mountElement<AkTraining>('ak-training', { attributes });

const root = (element: AkTraining) => element.shadowRoot as ShadowRoot;
const text = (element: AkTraining) => root(element).textContent?.replace(/\s+/g, ' ') ?? '';
const $ = <E extends Element>(element: AkTraining, selector: string) => root(element).querySelector<E>(selector);
const buttonNamed = (element: AkTraining, name: string) =>
  [...root(element).querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

/** Presses Tab until focus is on what `found` accepts; fails after 40 presses. */
async function tabTo(found: (element: Element) => boolean) {
  for (let i = 0; i < 40; i++) {
    const active = deepActiveElement();
    if (active && found(active)) return active;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error('focus never got there with Tab');
}

/** Answers a case by clicking: the signals given, a level and a step. */
async function answer(element: AkTraining, ids: string[], level?: string, step?: string) {
  for (const id of ids) {
    const search = $<HTMLInputElement>(element, 'input[type="search"]')!;
    search.value = id;
    search.dispatchEvent(new Event('input'));
    await settled(element);
    $<HTMLInputElement>(element, `input[name="observation"][value="${id}"]`)!.click();
    await settled(element);
  }
  if (level) $<HTMLInputElement>(element, `input[name="level"][value="${level}"]`)!.click();
  if (step) $<HTMLInputElement>(element, `input[name="first-step"][value="${step}"]`)!.click();
  await settled(element);
  $<HTMLButtonElement>(element, 'button[type="submit"]')!.click();
  await settled(element);
}

describe('<ak-training>', () => {
  afterEach(() => document.body.replaceChildren());

  it('lists every case with its setting, age and reader, and says nothing is kept', async () => {
    const element = await mount();
    const buttons = root(element).querySelectorAll('[part="cases"] button');
    expect(buttons).toHaveLength(practiceCases.length);
    expect(text(element)).toContain('Er wordt niets bewaard of verstuurd');
    expect(buttons[0]?.textContent?.replace(/\s+/g, ' ')).toContain('Daan en de parkeergarage School · 11 jaar');
    await expectAccessible(element);
  });

  it('filters the cases by audience', async () => {
    const element = await mount({ audience: 'parent' });
    const parents = practiceCases.filter((c) => c.audience === 'parent');
    expect(root(element).querySelectorAll('[part="cases"] button')).toHaveLength(parents.length);
  });

  it('can be done with the keyboard alone, from the story to the feedback and the overview', async () => {
    const element = await mount({ case: daan.id });
    expect(text(element)).toContain(daan.story.nl.slice(0, 40));
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()?.getAttribute('type')).toBe('search');
    // Search by words, tick with the space bar, search again: what was ticked stays ticked.
    await userEvent.keyboard('uitkijk');
    await settled(element);
    expect(root(element).querySelectorAll('input[name="observation"]')).toHaveLength(1);
    await userEvent.keyboard('{Tab} ');
    await settled(element);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Control>}a{/Control}huiselijke kring');
    await settled(element);
    await tabTo((el) => el.getAttribute('value') === 'recruit-close-circle');
    await userEvent.keyboard(' ');
    await settled(element);
    const ticked = [...root(element).querySelectorAll<HTMLInputElement>('input[name="observation"]:checked')];
    expect(ticked.map((i) => i.value)).toEqual(['activity-lookout', 'recruit-close-circle']);
    // The level: arrows in a radio group. "Vermoeden" is the fourth of five.
    await userEvent.keyboard('{Tab}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(deepActiveElement()?.getAttribute('value')).toBe('suspicion');
    const steps = firstStepChoices(daan);
    await userEvent.keyboard(`{Tab}${'{ArrowDown}'.repeat(steps.indexOf('under-12'))}`);
    if (steps.indexOf('under-12') === 0) await userEvent.keyboard(' ');
    expect(deepActiveElement()?.getAttribute('value')).toBe('under-12');
    await userEvent.keyboard('{Tab}{Enter}');
    await settled(element);
    expect(deepActiveElement()?.textContent).toContain('Terugkoppeling: Daan en de parkeergarage');
    expect(text(element)).toContain('Jij koos: Vermoeden van uitbuiting.');
    expect(text(element)).toContain('De regels van de check geven: Vermoeden van uitbuiting. Dat is hetzelfde.');
    expect(text(element)).toContain('Wat je zag (2 van 4)');
    // Tab on to "Bekijk je overzicht" and open it.
    await tabTo((el) => el.textContent?.trim() === 'Bekijk je overzicht');
    await userEvent.keyboard('{Enter}');
    await settled(element);
    expect(deepActiveElement()?.textContent).toContain('Je overzicht');
    expect($(element, 'tbody th')?.textContent).toBe('Daan en de parkeergarage');
    expect($(element, 'tbody td:nth-of-type(3)')?.textContent).toBe('2 / 4');
  });

  it('shows what was missed with what it can look like, what the story does not show, and the rules’ reasons', async () => {
    const element = await mount({ case: daan.id });
    await answer(element, ['activity-lookout', 'risk-poverty'], 'concern', 'call-112');
    const feedback = text(element);
    expect(feedback).toContain('Dat verschilt.');
    expect(feedback).toContain('Wat je zag (1 van 4)');
    expect(feedback).toContain('Wat je miste');
    expect(feedback).toContain('Hoe kan dit eruitzien?');
    expect(feedback).toContain('Wat je aanvinkte, maar dit verhaal niet laat zien');
    expect(feedback).toContain('Die stap geven de regels hier niet.');
    expect(feedback).toContain(daan.reflection.nl);
    const assessment = assess({ age: daan.age, observations: daan.key.observations, audience: daan.audience });
    expect(root(element).querySelectorAll('[part="next-steps"] li')).toHaveLength(assessment.nextStepIds.length);
    await expectAccessible(element);
  });

  it('keeps every answer when the level or step is missing, and says which', async () => {
    const element = await mount({ case: daan.id });
    await answer(element, ['activity-lookout']);
    expect(text(element)).toContain('Kies hoe ernstig je het vindt.');
    expect(text(element)).toContain('Kies wat je als eerste doet.');
    expect(deepActiveElement()?.getAttribute('data-missing')).toBe('level');
    expect($<HTMLInputElement>(element, 'input[value="activity-lookout"]')?.checked).toBe(true);
    await expectAccessible(element);
    $<HTMLInputElement>(element, 'input[name="level"][value="attention"]')!.click();
    await settled(element);
    expect(text(element)).not.toContain('Kies hoe ernstig je het vindt.');
  });

  it('says so for a case where nothing is wrong, and lets the answers be changed', async () => {
    const jesse = practiceCases.find((c) => c.id === 'jesse-new-trainers')!;
    const element = await mount({ case: jesse.id });
    await answer(element, [], 'none', 'keep-looking');
    expect(text(element)).toContain('In dit verhaal staat niets wat op uitbuiting wijst.');
    expect(text(element)).toContain('Dat is hetzelfde.');
    buttonNamed(element, 'Antwoorden aanpassen')!.click();
    await settled(element);
    expect($<HTMLInputElement>(element, 'input[name="level"][value="none"]')?.checked).toBe(true);
  });

  it('shows the list for an unknown case, with one console warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const element = await mount({ case: 'no-such-case' });
      expect(root(element).querySelectorAll('[part="cases"] button').length).toBeGreaterThan(0);
      expect(warn.mock.calls.filter(([m]) => String(m).includes('no-such-case'))).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('speaks English, and a parent reads the level in a parent’s words', async () => {
    const luca = practiceCases.find((c) => c.id === 'luca-lost-package')!;
    const element = await mount({ case: luca.id, lang: 'en' });
    expect(text(element)).toContain('You read this as a parent');
    expect(text(element)).toContain('1. What do you notice?');
    await answer(element, [], 'none', luca.key.firstStepId);
    expect(text(element)).toContain('Feedback:');
    await expectAccessible(element);
  });

  it('clears everything on "Opnieuw beginnen", and keeps nothing in storage', async () => {
    const element = await mount({ case: daan.id });
    const storage = [localStorage.length, sessionStorage.length, document.cookie];
    await answer(element, ['activity-lookout'], 'suspicion', 'under-12');
    buttonNamed(element, 'Bekijk je overzicht')!.click();
    await settled(element);
    await expectAccessible(element);
    buttonNamed(element, 'Opnieuw beginnen')!.click();
    await settled(element);
    expect(text(element)).not.toContain('Gedaan');
    expect([localStorage.length, sessionStorage.length, document.cookie]).toEqual(storage);
  });
});
