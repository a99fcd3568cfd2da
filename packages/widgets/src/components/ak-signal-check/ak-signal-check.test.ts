import { catalogue } from '@anders-kijken/core';
import { page, userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../../test/axe.js';
import { settled } from '../../../test/fixtures.js';
import './define.js';
import type { AkSignalCheck } from './ak-signal-check.js';

async function mount(attributes: Record<string, string> = {}) {
  const element = document.createElement('ak-signal-check');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await settled(element);
  return element;
}

const root = (element: AkSignalCheck) => element.shadowRoot as ShadowRoot;
const title = (element: AkSignalCheck) => root(element).querySelector('.step-title')?.textContent?.trim();
const buttonNamed = (element: AkSignalCheck, name: string) =>
  [...root(element).querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;

async function answer(element: AkSignalCheck, id: string, value: string) {
  const radio = root(element).querySelector<HTMLInputElement>(`input[name="${id}"][value="${value}"]`);
  radio?.click();
  await settled(element);
}

async function next(element: AkSignalCheck) {
  (root(element).querySelector('button[type="submit"]') as HTMLButtonElement).click();
  await settled(element);
}

async function enterAge(element: AkSignalCheck, age: string) {
  const input = root(element).querySelector('#age') as HTMLInputElement;
  input.value = age;
  input.dispatchEvent(new Event('input'));
  await settled(element);
}

describe('<ak-signal-check>', () => {
  beforeEach(async () => {
    await page.viewport(1280, 800);
  });

  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.removeAttribute('lang');
  });

  it('is accessible at every step and at the result', async () => {
    const element = await mount();
    await enterAge(element, '15');
    for (let step = 0; step < 6; step++) {
      await expectAccessible(element);
      await next(element);
    }
    expect(root(element).querySelector('ak-assessment-summary')).not.toBeNull();
    await expectAccessible(element);
  });

  it('shows the step and the total, starting with age and acute danger', async () => {
    const element = await mount();
    expect(root(element).querySelector('[part="progress"]')?.textContent).toContain('Stap 1 van 6');
    expect(title(element)).toBe('Leeftijd · Is er nu direct gevaar?');
    const first = root(element).querySelectorAll('fieldset.question');
    expect([...first].map((f) => f.getAttribute('data-id'))).toEqual([
      'acute-threat-to-life',
      'acute-missing-in-danger',
      'acute-held',
      'acute-serious-injury',
      'acute-suicide-risk',
    ]);
    await enterAge(element, '15');
    await next(element);
    expect(root(element).querySelector('[part="progress"]')?.textContent).toContain('Stap 2 van 6');
    expect(title(element)).toBe('Criminele activiteiten');
  });

  it('asks a parent the questions for parents first, in words about "je kind", and the rest behind "more"', async () => {
    const element = await mount({ audience: 'parent' });
    await enterAge(element, '15');
    await next(element);
    const legends = [...root(element).querySelectorAll('fieldset.question legend')].map((l) => l.textContent ?? '');
    const more = root(element).querySelector('details[part="more"]');
    // Every activity signal has a parent question, so nothing is hidden on this step.
    expect(more).toBeNull();
    // The first parent question of the first activity signal, whatever its wording.
    const firstActivity = catalogue.signals.find((s) => s.dimension === 'activity' && s.texts.parentQuestion);
    expect(legends[0]).toBe(firstActivity?.texts.parentQuestion?.nl);
    for (const legend of legends) expect(legend).toMatch(/je kind/);
    await next(element);
    await next(element);
    // Control: the coached story and silence when stopped are for professionals; a parent finds them behind "more".
    const control = root(element).querySelector('details[part="more"]') as HTMLDetailsElement;
    expect(control.open).toBe(false);
    expect(control.querySelector('summary')?.textContent).toBe('Nog 2 vragen');
    expect([...control.querySelectorAll('fieldset')].map((f) => f.getAttribute('data-id'))).toEqual([
      'control-coached-story',
      'control-silent-when-stopped',
    ]);
    await expectAccessible(element);
  });

  it.each([
    ['nl', 'Hoe oud is je kind?', /\bje kind\b/, /\b(de|een) jongere\b/i],
    ['en', 'How old is your child?', /\byour child\b/, /\b(the|a) young person\b/i],
  ] as const)(
    'speaks to a parent (%s) of their child on every step, outside the questions behind "more"',
    async (lang, age, child, youngPerson) => {
      const element = await mount({ audience: 'parent', lang });
      expect(root(element).querySelector('label[for="age"]')?.textContent?.trim()).toBe(age);
      await enterAge(element, '15');
      const steps = [];
      for (let step = 1; step <= 5; step++) {
        await next(element);
        const intro = root(element).querySelector('.step-title + p')?.textContent ?? '';
        const shown = [title(element) ?? '', intro];
        for (const fieldset of root(element).querySelectorAll('fieldset.question'))
          if (!fieldset.closest('details')) shown.push(fieldset.querySelector('legend')?.textContent ?? '');
        for (const text of shown) expect(text, `step ${step}`).not.toMatch(youngPerson);
        steps.push(intro);
      }
      // The four dimension steps ask about "je kind"; the last, the circumstances, says why a child is picked out.
      for (const intro of steps) expect(intro).toMatch(child);
    },
  );

  it('offers the answers in the words of core: Nee, Weet ik niet, Misschien, Ja, duidelijk', async () => {
    const element = await mount();
    const labels = [...root(element).querySelectorAll('fieldset.question')][0]?.querySelectorAll('.choice span');
    expect([...(labels ?? [])].map((l) => l.textContent)).toEqual([
      'Nee',
      'Weet ik niet',
      'Misschien',
      'Ja, duidelijk',
    ]);
  });

  it('asks for an age or "don\'t know" before going on, and says why', async () => {
    const element = await mount();
    await next(element);
    const input = root(element).querySelector('#age') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(root(element).querySelector('#age-error')?.textContent).toContain('van 6 tot en met 27');
    expect(root(element).activeElement).toBe(input);
    await enterAge(element, '30');
    await next(element);
    expect(title(element)).toContain('Leeftijd');
    (root(element).querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    await settled(element);
    await next(element);
    expect(title(element)).toBe('Criminele activiteiten');
  });

  it('can be completed with the keyboard alone, and focus follows the steps', async () => {
    const element = await mount();
    await userEvent.tab();
    expect(root(element).activeElement?.getAttribute('href')).toBe('tel:112');
    await userEvent.tab();
    expect(root(element).activeElement?.id).toBe('age');
    await userEvent.keyboard('15{Enter}');
    await settled(element);
    expect(title(element)).toBe('Criminele activiteiten');
    expect(root(element).activeElement?.classList.contains('step-title')).toBe(true);
    // Tab to the first question, arrow to "clearly", Enter to go on.
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await settled(element);
    expect(root(element).querySelector<HTMLInputElement>('input[name="activity-courier"]:checked')?.value).toBe(
      'clear',
    );
    for (let step = 0; step < 5; step++) {
      await userEvent.keyboard('{Enter}');
      await settled(element);
      if (step < 4) await userEvent.tab();
    }
    const summary = root(element).querySelector('ak-assessment-summary');
    expect(summary?.assessment?.level).toBe('concern');
    expect(root(element).activeElement).toBe(summary);
  });

  it('fires ak-change on every answer, ak-assess with the outcome and ak-reset when cleared', async () => {
    const element = await mount({ municipality: 'maastricht', audience: 'parent' });
    const events: Event[] = [];
    for (const type of ['ak-change', 'ak-assess', 'ak-reset'])
      element.addEventListener(type, (event) => events.push(event));
    await enterAge(element, '14');
    await next(element);
    await answer(element, 'activity-courier', 'clear');
    const change = events.at(-1) as CustomEvent;
    expect(change.type).toBe('ak-change');
    expect(change.bubbles && change.composed).toBe(true);
    expect(change.detail.input).toEqual({
      age: 14,
      observations: { 'activity-courier': 'clear' },
      audience: 'parent',
      municipality: 'maastricht',
    });
    for (let step = 1; step < 6; step++) await next(element);
    const assessed = events.find((event) => event.type === 'ak-assess') as CustomEvent;
    expect(assessed.detail.assessment.level).toBe('concern');
    // The regional Veilig Thuis labels the one national entry (one entry per number).
    expect(assessed.detail.assessment.contactIds).toContain('veilig-thuis');
    expect(assessed.detail.assessment.contactRegions).toEqual({
      'veilig-thuis': 'maastricht-veilig-thuis-zuid-limburg',
    });
    buttonNamed(element, 'Opnieuw beginnen').click();
    await settled(element);
    expect(events.at(-1)?.type).toBe('ak-reset');
    expect(element.getInput().observations).toEqual({});
    expect(title(element)).toContain('Leeftijd');
  });

  it('keeps the acute danger in view, and raises an alert once it is answered', async () => {
    const element = await mount();
    await answer(element, 'acute-held', 'possible');
    await enterAge(element, '16');
    await next(element);
    const danger = root(element).querySelector('[part="danger"]');
    expect(danger?.getAttribute('role')).toBe('alert');
    expect(danger?.textContent).toContain('112');
  });

  it('validates setInput: invalid input is refused with ak-error and nothing entered is lost', async () => {
    const element = await mount();
    await answer(element, 'acute-held', 'no');
    const errors: CustomEvent[] = [];
    element.addEventListener('ak-error', (event) => errors.push(event as CustomEvent));
    element.setInput({ age: 15, observations: { 'activity-courir': 'clear' } });
    await settled(element);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.detail.issues[0]).toMatchObject({ code: 'unknown_signal', suggestion: 'activity-courier' });
    expect(root(element).querySelector('[role="alert"]')?.textContent).toContain("Bedoel je 'activity-courier'?");
    expect(element.getInput().observations).toEqual({ 'acute-held': 'no' });

    element.setInput({ age: 19, observations: { 'control-debt': 'clear' } });
    await settled(element);
    expect(element.getInput()).toMatchObject({ age: 19, observations: { 'control-debt': 'clear' } });
    expect(root(element).querySelector('[role="alert"]')).toBeNull();
  });

  it('keeps every answer through a language switch', async () => {
    const element = await mount();
    await enterAge(element, '15');
    await next(element);
    await answer(element, 'activity-lookout', 'possible');
    element.setAttribute('lang', 'en');
    await settled(element);
    expect(title(element)).toBe('Criminal activity');
    expect(root(element).querySelector<HTMLInputElement>('input[name="activity-lookout"]:checked')?.value).toBe(
      'possible',
    );
    expect(element.getInput()).toMatchObject({ age: 15, observations: { 'activity-lookout': 'possible' } });
  });

  it('shows examples of a signal on demand', async () => {
    const element = await mount();
    await enterAge(element, '15');
    await next(element);
    const help = root(element).querySelector('fieldset[data-id="activity-courier"] details') as HTMLDetailsElement;
    expect(help.open).toBe(false);
    (help.querySelector('summary') as HTMLElement).click();
    expect(help.open).toBe(true);
    expect(help.textContent).toContain('tasje');
  });

  it('fits a 320 px wide screen without scrolling sideways', async () => {
    await page.viewport(320, 640);
    const element = await mount();
    await enterAge(element, '15');
    await next(element);
    expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    await expectAccessible(element);
  });

  it('stores nothing: no cookies, no local or session storage', async () => {
    const element = await mount();
    await enterAge(element, '15');
    for (let step = 0; step < 6; step++) await next(element);
    expect(document.cookie).toBe('');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });
});
