import { assess, catalogue, type Ruleset } from '@anders-kijken/core';
import { page, userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../../test/axe.js';
import { deepActiveElement, mount as mountElement, settled } from '../../../test/fixtures.js';
import { syntheticRuleset } from '../../../test/synthetic-ruleset.js';
import './define.js';
import type { AkSignalCheck } from './ak-signal-check.js';

// Behaviour on core's small synthetic ruleset (dimensions `a` and `b`, questions such as "a-strong? (nl)"),
// so an edit of the national catalogue never breaks these tests; the national content has its own
// smoke test at the end.

/** Core's synthetic ruleset, with parent wording on two of the three questions of dimension `a`. */
function rulesetWithParentQuestions(): Ruleset {
  const ruleset = syntheticRuleset();
  const forParents = new Set(['a-strong', 'a-medium']);
  return {
    ...ruleset,
    signals: ruleset.signals.map((signal) =>
      forParents.has(signal.id)
        ? {
            ...signal,
            texts: { ...signal.texts, parentQuestion: { nl: `${signal.id} je kind?`, en: `${signal.id} your child?` } },
          }
        : signal,
    ),
  };
}

const mount = (attributes: Record<string, string> = {}, ruleset: Ruleset = syntheticRuleset()) =>
  mountElement<AkSignalCheck>('ak-signal-check', { attributes, properties: { ruleset } });

/** The element's own content, found by role and label as a reader finds it. */
const ui = (element: AkSignalCheck) => page.elementLocator(element);
const heading = (element: AkSignalCheck) => ui(element).getByRole('heading', { level: 2 }).first();
const question = (element: AkSignalCheck, name: string) => ui(element).getByRole('group', { name, exact: true });

/** The questions of the step, in order: each is a group named by its question (a `details` is a group too). */
const questions = (element: AkSignalCheck) =>
  ui(element)
    .getByRole('group')
    .elements()
    .filter((group) => group instanceof HTMLFieldSetElement)
    .map((fieldset) => fieldset.querySelector('legend')?.textContent);

async function answer(element: AkSignalCheck, name: string, choice: string) {
  await question(element, name).getByRole('radio', { name: choice, exact: true }).click();
  await settled(element);
}

async function next(element: AkSignalCheck) {
  await ui(element)
    .getByRole('button', { name: /^(Volgende|Next|Bekijk de uitkomst|See the result)$/ })
    .click();
  await settled(element);
}

async function enterAge(element: AkSignalCheck, age: string) {
  // "Hoe oud is de jongere?", or for a parent "Hoe oud is je kind?".
  await ui(element)
    .getByRole('textbox', { name: /^Hoe oud is/ })
    .fill(age);
  await settled(element);
}

describe('<ak-signal-check>', () => {
  beforeEach(async () => {
    await page.viewport(1280, 800);
  });

  afterEach(() => {
    document.documentElement.removeAttribute('lang');
  });

  it('is accessible at every step and at the result', async () => {
    const element = await mount();
    await enterAge(element, '15');
    // Age and acute danger, dimensions a and b, circumstances.
    for (let step = 0; step < 4; step++) {
      await expectAccessible(element);
      await next(element);
    }
    await expect.element(ui(element).getByRole('button', { name: 'Opnieuw beginnen' })).toBeVisible();
    await expectAccessible(element);
  });

  it('shows the step and the total, starting with age and acute danger, then one step per dimension', async () => {
    const ruleset = syntheticRuleset();
    const element = await mount();
    await expect.element(ui(element).getByText('Stap 1 van 4')).toBeVisible();
    await expect.element(heading(element)).toHaveTextContent('Leeftijd · Is er nu direct gevaar?');
    const acute = ruleset.signals.filter((s) => s.kind === 'acute').map((s) => s.texts.question.nl);
    expect(questions(element)).toEqual(acute);
    await enterAge(element, '15');
    await next(element);
    await expect.element(ui(element).getByText('Stap 2 van 4')).toBeVisible();
    await expect.element(heading(element)).toHaveTextContent('a (nl)');
  });

  it('asks a parent the questions for parents first, in those words, and the rest behind "more"', async () => {
    const element = await mount({ audience: 'parent' }, rulesetWithParentQuestions());
    await expect.element(ui(element).getByRole('textbox', { name: 'Hoe oud is je kind?' })).toBeVisible();
    await enterAge(element, '15');
    await next(element);
    expect(questions(element).slice(0, 2)).toEqual(['a-strong je kind?', 'a-medium je kind?']);
    const more = ui(element).getByText('Nog 2 vragen');
    await expect.element(more).toBeVisible();
    // Closed, "more" hides its questions from the accessibility tree too.
    expect(question(element, 'a-hint? (nl)').query()).toBeNull();
    await more.click();
    await expect.element(question(element, 'a-hint? (nl)')).toBeVisible();
    await expectAccessible(element);
  });

  it('offers the answers in the words of core: Nee, Weet ik niet, Misschien, Ja, duidelijk', async () => {
    const element = await mount();
    const radios = question(element, 'danger? (nl)').getByRole('radio').elements() as HTMLInputElement[];
    expect(radios.map((radio) => radio.labels?.[0]?.textContent?.trim())).toEqual([
      'Nee',
      'Weet ik niet',
      'Misschien',
      'Ja, duidelijk',
    ]);
  });

  it('asks for an age or "don\'t know" before going on, and says why', async () => {
    const element = await mount();
    const age = ui(element).getByRole('textbox', { name: 'Hoe oud is de jongere?' });
    await next(element);
    await expect.element(age).toHaveAttribute('aria-invalid', 'true');
    await expect.element(age).toHaveAccessibleDescription(/van 6 tot en met 27/);
    expect(deepActiveElement()).toBe(age.element());
    await enterAge(element, '30');
    await next(element);
    await expect.element(heading(element)).toHaveTextContent(/Leeftijd/);
    await ui(element).getByRole('checkbox', { name: 'Weet ik niet' }).click();
    await next(element);
    await expect.element(heading(element)).toHaveTextContent('a (nl)');
  });

  it('can be completed with the keyboard alone, and focus follows the steps', async () => {
    const element = await mount();
    await userEvent.tab();
    expect(deepActiveElement()?.getAttribute('href')).toBe('tel:112');
    await userEvent.tab();
    expect(deepActiveElement()).toBe(ui(element).getByRole('textbox').element());
    await userEvent.keyboard('15{Enter}');
    await settled(element);
    await expect.element(heading(element)).toHaveTextContent('a (nl)');
    expect(deepActiveElement()).toBe(heading(element).element());
    // Tab to the first question, arrow to "clearly", Enter to go on.
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await settled(element);
    await expect
      .element(question(element, 'a-strong? (nl)').getByRole('radio', { name: 'Ja, duidelijk' }))
      .toBeChecked();
    // Steps a, b and the circumstances.
    for (let step = 0; step < 3; step++) {
      await userEvent.keyboard('{Enter}');
      await settled(element);
      if (step < 2) await userEvent.tab();
    }
    const summary = element.shadowRoot?.querySelector('ak-assessment-summary');
    expect(summary?.assessment?.level).toBe('attention');
    expect(element.shadowRoot?.activeElement).toBe(summary);
  });

  it('fires ak-change on every answer, ak-assess with core’s outcome and ak-reset when cleared', async () => {
    const ruleset = syntheticRuleset();
    const element = await mount({ municipality: 'town', audience: 'parent' }, ruleset);
    const events: Event[] = [];
    for (const type of ['ak-change', 'ak-assess', 'ak-reset'])
      element.addEventListener(type, (event) => events.push(event));
    await ui(element).getByRole('textbox', { name: 'Hoe oud is je kind?' }).fill('14');
    await next(element);
    await ui(element).getByText('Nog 4 vragen').click();
    await answer(element, 'a-strong? (nl)', 'Ja, duidelijk');
    const change = events.at(-1) as CustomEvent;
    expect(change.type).toBe('ak-change');
    expect(change.bubbles && change.composed).toBe(true);
    const input = { age: 14, observations: { 'a-strong': 'clear' }, audience: 'parent', municipality: 'town' } as const;
    expect(change.detail.input).toEqual(input);
    for (let step = 1; step < 4; step++) await next(element);
    const assessed = events.find((event) => event.type === 'ak-assess') as CustomEvent;
    expect(assessed.detail.assessment).toEqual(assess(input, ruleset));
    await ui(element).getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await settled(element);
    expect(events.at(-1)?.type).toBe('ak-reset');
    expect(element.getInput().observations).toEqual({});
    await expect.element(heading(element)).toHaveTextContent(/Leeftijd/);
  });

  it('keeps the acute danger in view, and raises an alert with 112 once it is answered', async () => {
    const element = await mount();
    await answer(element, 'danger? (nl)', 'Misschien');
    await enterAge(element, '16');
    await next(element);
    await expect.element(ui(element).getByRole('alert')).toHaveTextContent(/112/);
  });

  it('validates setInput: invalid input is refused with ak-error and nothing entered is lost', async () => {
    const element = await mount();
    await answer(element, 'danger? (nl)', 'Nee');
    const errors: CustomEvent[] = [];
    element.addEventListener('ak-error', (event) => errors.push(event as CustomEvent));
    element.setInput({ age: 15, observations: { 'a-strng': 'clear' } });
    await settled(element);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.detail.issues[0]).toMatchObject({ code: 'unknown_signal', suggestion: 'a-strong' });
    await expect.element(ui(element).getByRole('alert')).toHaveTextContent("Bedoel je 'a-strong'?");
    expect(element.getInput().observations).toEqual({ danger: 'no' });

    element.setInput({ age: 19, observations: { 'b-direct': 'clear' } });
    await settled(element);
    expect(element.getInput()).toMatchObject({ age: 19, observations: { 'b-direct': 'clear' } });
    expect(ui(element).getByRole('alert').elements()).toHaveLength(0);
  });

  it('keeps every answer through a language switch', async () => {
    const element = await mount();
    await enterAge(element, '15');
    await next(element);
    await answer(element, 'a-hint? (nl)', 'Misschien');
    element.setAttribute('lang', 'en');
    await settled(element);
    await expect.element(heading(element)).toHaveTextContent('a (en)');
    await expect.element(question(element, 'a-hint? (en)').getByRole('radio', { name: 'Maybe' })).toBeChecked();
    expect(element.getInput()).toMatchObject({ age: 15, observations: { 'a-hint': 'possible' } });
  });

  it('shows examples of a signal on demand', async () => {
    const element = await mount();
    await enterAge(element, '15');
    await next(element);
    const examples = question(element, 'a-strong? (nl)').getByText('a-strong example (nl)');
    await expect.element(examples).not.toBeVisible();
    await question(element, 'a-strong? (nl)').getByText('Hoe kan dit eruitzien?').click();
    await expect.element(examples).toBeVisible();
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
    for (let step = 0; step < 4; step++) await next(element);
    expect(document.cookie).toBe('');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });
});

describe('<ak-signal-check> on the national ruleset (content)', () => {
  beforeEach(async () => {
    await page.viewport(1280, 800);
  });

  it('asks the national acute questions, then the activities, and a courier at 14 with a parent in Maastricht gives concern and the regional Veilig Thuis', async () => {
    const element = await mountElement<AkSignalCheck>('ak-signal-check', {
      attributes: { municipality: 'maastricht', audience: 'parent' },
    });
    // A parent's questions first, in their words, then the rest behind "more".
    const acute = catalogue.signals.filter((s) => s.kind === 'acute');
    expect(questions(element)).toEqual([
      ...acute.flatMap((s) => (s.texts.parentQuestion ? [s.texts.parentQuestion.nl] : [])),
      ...acute.flatMap((s) => (s.texts.parentQuestion ? [] : [s.texts.question.nl])),
    ]);
    const assessed: CustomEvent[] = [];
    element.addEventListener('ak-assess', (event) => assessed.push(event as CustomEvent));
    await ui(element).getByRole('textbox', { name: 'Hoe oud is je kind?' }).fill('14');
    await next(element);
    await expect.element(heading(element)).toHaveTextContent('Wat je kind doet');
    const courier = catalogue.signals.find((s) => s.id === 'activity-courier')?.texts.parentQuestion?.nl ?? '';
    await answer(element, courier, 'Ja, duidelijk');
    for (let step = 1; step < 6; step++) await next(element);
    expect(assessed[0]?.detail.assessment.level).toBe('concern');
    // The regional Veilig Thuis labels the one national entry (one entry per number).
    expect(assessed[0]?.detail.assessment.contactRegions).toEqual({
      'veilig-thuis': 'maastricht-veilig-thuis-zuid-limburg',
    });
  });

  it.each([
    ['nl', 'Hoe oud is je kind?', /\bje kind\b/, /\b(de|een) jongere\b/i],
    ['en', 'How old is your child?', /\byour child\b/, /\b(the|a) young person\b/i],
  ] as const)(
    'speaks to a parent (%s) of their child on every step, outside the questions behind "more"',
    async (lang, age, child, youngPerson) => {
      const element = await mountElement<AkSignalCheck>('ak-signal-check', {
        attributes: { audience: 'parent', lang },
      });
      await ui(element).getByRole('textbox', { name: age }).fill('15');
      const root = element.shadowRoot as ShadowRoot;
      const intros = [];
      for (let step = 1; step <= 5; step++) {
        await next(element);
        const intro = root.querySelector('.step-title + p')?.textContent ?? '';
        const shown = [root.querySelector('.step-title')?.textContent ?? '', intro];
        for (const fieldset of root.querySelectorAll('fieldset.question'))
          if (!fieldset.closest('details')) shown.push(fieldset.querySelector('legend')?.textContent ?? '');
        for (const text of shown) expect(text, `step ${step}`).not.toMatch(youngPerson);
        intros.push(intro);
      }
      // The four dimension steps ask about "je kind"; the last, the circumstances, says why a child is picked out.
      for (const intro of intros) expect(intro).toMatch(child);
    },
  );
});
