import { assess, levelRank, type Assessment, type Ruleset } from '@anders-kijken/core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible } from '../../../test/axe.js';
import { mount as mountElement, navigationsDuring, settled } from '../../../test/fixtures.js';
import { syntheticYouthRuleset } from '../../../test/synthetic-ruleset.js';
import { DEFAULT_EXIT_URL } from '../../internal/exit-url.js';
import type { AkYouthCheck } from './ak-youth-check.js';
import './define.js';

// Behaviour on the synthetic ruleset with youth questions (gates `gate-a?` and `gate-b?`, questions
// such as "a-strong youth? (nl)"), so an edit of the national catalogue never breaks these tests; the
// national questions and acute routes have their own smoke test at the end.

const mount = (attributes: Record<string, string> = {}, ruleset: Ruleset = syntheticYouthRuleset()) =>
  mountElement<AkYouthCheck>('ak-youth-check', { attributes, properties: { ruleset } });

/** The element's own content, found by role and label as a reader finds it. */
const ui = (element: AkYouthCheck) => page.elementLocator(element);
const question = (element: AkYouthCheck, name: string) => ui(element).getByRole('group', { name, exact: true });
const q = (id: string) => `${id} youth? (nl)`;

/** The questions shown, in order: each is a group named by its question. */
const asked = (element: AkYouthCheck) =>
  ui(element)
    .getByRole('group')
    .elements()
    .map((group) => group.querySelector('legend')?.textContent?.trim());

async function answer(element: AkYouthCheck, name: string, choice: string) {
  await question(element, name).getByRole('radio', { name: choice, exact: true }).click();
  await settled(element);
}

async function answerAge(element: AkYouthCheck, band: string) {
  await answer(element, 'Hoe oud ben je?', band);
}

/** Answers both gate questions with `choice`, so their follow-ups show (Ja) or stay hidden (Nee). */
async function answerGates(element: AkYouthCheck, choice = 'Ja') {
  for (const gate of ['gate-a? (nl)', 'gate-b? (nl)']) await answer(element, gate, choice);
}

async function seeResult(element: AkYouthCheck) {
  await ui(element).getByRole('button', { name: 'Bekijk de uitkomst' }).click();
  await settled(element);
}

const resultTitle = (element: AkYouthCheck) => ui(element).getByRole('heading', { level: 2 }).first();
const status = (element: AkYouthCheck) => ui(element).getByRole('status');
const shown = (element: AkYouthCheck) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<ak-youth-check>', () => {
  afterEach(() => document.body.replaceChildren());

  it('asks the questions of the ruleset it is given, not the national ones', async () => {
    const element = await mount();
    await expect.element(question(element, 'danger youth 1? (nl)')).toBeVisible();
    expect(question(element, 'Ben je nu in gevaar?').query()).toBeNull();
  });

  it('is accessible with its questions and with each kind of result', async () => {
    const element = await mount();
    await expectAccessible(element);
    await answerGates(element);
    await expectAccessible(element);
    // Calm (nothing), attention (one signal), danger.
    for (const [name, choice] of [
      [q('a-strong'), 'Nee'],
      [q('a-weak'), 'Ja'],
      ['danger youth 1? (nl)', 'Ik weet het niet zeker'],
    ] as const) {
      await answer(element, name, choice);
      await seeResult(element);
      await expectAccessible(element);
      await ui(element).getByRole('button', { name: 'Antwoorden aanpassen' }).click();
      await settled(element);
    }
  });

  it('asks the age and danger now first, then the gates, then what no gate opens; all Nee gives a calm result', async () => {
    const element = await mount();
    const closed = [
      'Hoe oud ben je?',
      'danger youth 1? (nl)',
      'danger youth 2? (nl)',
      q('acute-suicide-risk'),
      'gate-a? (nl)',
      'gate-b? (nl)',
      q('a-weak'),
    ];
    expect(asked(element)).toEqual(closed);
    await answerAge(element, '12 of jonger');
    for (const name of closed.slice(1)) await answer(element, name, 'Nee');
    // Every gate answered Nee: nothing more is asked.
    expect(asked(element)).toEqual(closed);
    expect(element.getInput()).toEqual({
      age: 12,
      observations: { danger: 'no', 'acute-suicide-risk': 'no', 'a-weak': 'no' },
      audience: 'young-person',
    });
    await seeResult(element);
    await expect.element(status(element)).toHaveTextContent('Fijn dat je dit hebt ingevuld');
    expect(ui(element).getByRole('textbox').query()).toBeNull();
  });

  it('with every gate open, asks each youth question once, after the first gate that opens it', async () => {
    const element = await mount();
    await answerGates(element);
    expect(asked(element)).toEqual([
      'Hoe oud ben je?',
      'danger youth 1? (nl)',
      'danger youth 2? (nl)',
      q('acute-suicide-risk'),
      'gate-a? (nl)',
      q('a-strong'),
      q('a-medium'),
      q('b-medium'),
      'gate-b? (nl)',
      'a-hint youth 1? (nl)',
      'a-hint youth 2? (nl)',
      q('b-direct'),
      q('a-weak'),
    ]);
  });

  it('shows the follow-ups of a gate answered Ja right after it, and hides them again on Nee', async () => {
    const element = await mount();
    expect(question(element, q('a-strong')).query()).toBeNull();
    await answer(element, 'gate-a? (nl)', 'Ja');
    await expect.element(question(element, q('a-strong'))).toBeVisible();
    expect(asked(element).indexOf(q('a-strong'))).toBe(asked(element).indexOf('gate-a? (nl)') + 1);
    await answer(element, 'gate-a? (nl)', 'Nee');
    expect(question(element, q('a-strong')).query()).toBeNull();
  });

  it.each(['Soms', 'Ik weet het niet zeker'])('opens a gate answered %s too', async (choice) => {
    const element = await mount();
    await answer(element, 'gate-b? (nl)', choice);
    await expect.element(question(element, q('b-direct'))).toBeVisible();
  });

  it('keeps an answer behind a gate toggled to Nee, but counts it as not asked until the gate opens again', async () => {
    const element = await mount();
    await answer(element, 'gate-a? (nl)', 'Ja');
    await answer(element, q('a-strong'), 'Ja');
    expect(element.getInput().observations).toEqual({ 'a-strong': 'clear' });
    await answer(element, 'gate-a? (nl)', 'Nee');
    // Not asked is unknown, never no: the answer is left out of the input.
    expect(element.getInput().observations).toEqual({});
    await answer(element, 'gate-a? (nl)', 'Ik weet het niet zeker');
    expect(element.getInput().observations).toEqual({ 'a-strong': 'clear' });
    await expect.element(question(element, q('a-strong')).getByRole('radio', { name: 'Ja' })).toBeChecked();
  });

  it('opens the gate in front of an answer given with setInput, so the input comes back as it was given', async () => {
    const element = await mount();
    // b-medium is behind both gates: the first opens.
    const input = { age: 14, observations: { 'b-medium': 'clear', 'a-weak': 'no' }, audience: 'young-person' } as const;
    element.setInput(input);
    await settled(element);
    await expect.element(question(element, 'gate-a? (nl)').getByRole('radio', { name: 'Ja' })).toBeChecked();
    expect(question(element, q('b-direct')).query()).toBeNull();
    await expect.element(question(element, q('b-medium')).getByRole('radio', { name: 'Ja' })).toBeChecked();
    expect(element.getInput()).toEqual(input);
  });

  it('shows an entry’s intro line right before its questions, and counts the higher of its two answers', async () => {
    const element = await mount();
    expect(shown(element)).not.toContain('a-hint intro (nl)');
    await answer(element, 'gate-b? (nl)', 'Ja');
    const line = ui(element).getByText('a-hint intro (nl)', { exact: true });
    await expect.element(line).toBeVisible();
    const first = question(element, 'a-hint youth 1? (nl)').element();
    expect(line.element().nextElementSibling).toBe(first);
    expect(first.nextElementSibling).toBe(question(element, 'a-hint youth 2? (nl)').element());
    await answer(element, 'a-hint youth 1? (nl)', 'Nee');
    await answer(element, 'a-hint youth 2? (nl)', 'Ik weet het niet zeker');
    expect(element.getInput().observations).toEqual({ 'a-hint': 'possible' });
  });

  it('offers Ja, Soms, Ik weet het niet zeker and Nee, and no "Soms" on a question about now', async () => {
    const element = await mount();
    await answerGates(element);
    const choices = (name: string) =>
      question(element, name)
        .getByRole('radio')
        .elements()
        .map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent?.trim());
    const all = ['Ja', 'Soms', 'Ik weet het niet zeker', 'Nee'];
    expect(choices(q('a-strong'))).toEqual(all);
    expect(choices('gate-a? (nl)')).toEqual(all);
    expect(choices(q('acute-suicide-risk'))).toEqual(all);
    expect(choices('danger youth 1? (nl)')).toEqual(['Ja', 'Ik weet het niet zeker', 'Nee']);
    expect(choices('danger youth 2? (nl)')).toEqual(['Ja', 'Ik weet het niet zeker', 'Nee']);
  });

  it('counts Ja and Soms as it happens, "not sure" as maybe, and a skipped question as unknown', async () => {
    const element = await mount();
    await answerGates(element);
    await answer(element, q('a-strong'), 'Ja');
    await answer(element, q('a-medium'), 'Soms');
    await answer(element, q('b-medium'), 'Ik weet het niet zeker');
    await answer(element, q('b-direct'), 'Nee');
    expect(element.getInput().observations).toEqual({
      'a-strong': 'clear',
      'a-medium': 'clear',
      'b-medium': 'possible',
      'b-direct': 'no',
    });
  });

  it.each([
    'danger youth 1? (nl)',
    'danger youth 2? (nl)',
    q('acute-suicide-risk'),
    q('a-strong'),
    q('a-medium'),
    q('b-medium'),
    'a-hint youth 1? (nl)',
    'a-hint youth 2? (nl)',
    q('b-direct'),
    q('a-weak'),
  ])('answering only "%s" with Ja gives at least what its entry alone gives in core', async (name) => {
    const ruleset = syntheticYouthRuleset();
    const element = await mount({}, ruleset);
    const results: Assessment[] = [];
    element.addEventListener('ak-assess', (event) => results.push(event.detail.assessment));
    await answerAge(element, '13, 14 of 15');
    await answerGates(element);
    await answer(element, name, 'Ja');
    await seeResult(element);
    // The one entry the question belongs to, alone in the input.
    const ids = Object.keys(element.getInput().observations);
    expect(ids).toHaveLength(1);
    const alone = assess({ age: 14, observations: { [ids[0] as string]: 'clear' }, audience: 'young-person' }, ruleset);
    expect(alone.level).not.toBe('none');
    expect(results).toHaveLength(1);
    expect(levelRank(results[0]?.level ?? 'none')).toBeGreaterThanOrEqual(levelRank(alone.level));
  });

  it('points to people to talk to, with 112, without naming a level or labelling the young person', async () => {
    const element = await mount();
    await answerAge(element, '13, 14 of 15');
    await answer(element, q('a-weak'), 'Ja');
    await seeResult(element);
    await expect.element(resultTitle(element)).toHaveTextContent('Hier kun je praten');
    await expect.element(ui(element).getByText('step-attention (nl)').first()).toBeVisible();
    await expect.element(ui(element).getByRole('link', { name: /112/ }).last()).toBeVisible();
    const text = shown(element);
    expect(text).toContain('emergency (nl)');
    // No level names, and nothing that tells the young person what they are.
    expect(text).not.toMatch(/Vermoeden van uitbuiting|Zorgen|Aandacht|Acuut gevaar|Geen signalen/);
    expect(text).not.toMatch(/je bent (een )?(slachtoffer|dader|crimineel)/i);
    expect(element.shadowRoot?.activeElement).toBe(resultTitle(element).element());
  });

  it.each([
    ['13, 14 of 15', true],
    ['18 of ouder', false],
  ] as const)('at %s, shows a contact for children only to a minor (%s), and 112 always', async (band, minor) => {
    const element = await mount();
    await answerAge(element, band);
    // The step a danger answer brings lists the contact for children ("kids", ages 8 to 17).
    await answer(element, 'danger youth 1? (nl)', 'Ja');
    await seeResult(element);
    expect(shown(element).includes('kids (nl)')).toBe(minor);
    expect(shown(element)).toContain('emergency (nl)');
    await expect.element(ui(element).getByRole('link', { name: /112/ }).last()).toBeVisible();
  });

  it('puts the step a suicide answer leads with first, with its contact', async () => {
    const element = await mount();
    await answer(element, q('acute-suicide-risk'), 'Soms');
    await seeResult(element);
    const steps = element.shadowRoot?.querySelectorAll('[part="next-steps"] li strong') ?? [];
    expect(steps[0]?.textContent).toContain('suicide-help (nl)');
    expect(shown(element)).toContain('113 (nl)');
  });

  it('heads a danger result with the deciding rule’s heading for young people, with "Bel 112" below it', async () => {
    const element = await mount({}, syntheticYouthRuleset({ nl: 'acute heading (nl)', en: 'acute heading (en)' }));
    await answer(element, 'danger youth 2? (nl)', 'Ja');
    await seeResult(element);
    await expect.element(resultTitle(element)).toHaveTextContent('acute heading (nl)');
    const below = status(element).element();
    expect(resultTitle(element).element().compareDocumentPosition(below)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(below.textContent).toContain('Bel 112');
    expect(shown(element)).not.toContain('Hier kun je praten');
  });

  it('leaves with the Escape key too, clearing everything first', async () => {
    const element = await mount();
    await answerGates(element);
    await answer(element, q('a-strong'), 'Ja');
    expect(element.getInput().observations).toEqual({ 'a-strong': 'clear' });
    expect(await navigationsDuring(element, () => userEvent.keyboard('{Escape}'))).toEqual([DEFAULT_EXIT_URL]);
    expect(element.getInput().observations).toEqual({});
  });

  it('keeps "Snel weg" in view, and it clears everything before leaving for the neutral site', async () => {
    const element = await mount({ 'exit-url': 'https://www.weeronline.nl/' });
    await answerGates(element);
    const resets: Event[] = [];
    element.addEventListener('ak-reset', (event) => resets.push(event));
    await answer(element, q('a-strong'), 'Ja');
    expect(element.getInput().observations).toEqual({ 'a-strong': 'clear' });
    const exit = ui(element).getByRole('button', { name: 'Snel weg' });
    expect(getComputedStyle(element.shadowRoot?.querySelector('[part="quick-exit"]') as Element).position).toBe(
      'sticky',
    );
    expect(await navigationsDuring(element, () => exit.click())).toEqual(['https://www.weeronline.nl/']);
    expect(resets).toHaveLength(1);
    expect(element.getInput().observations).toEqual({});
  });

  it('never leaves the page but on that click', async () => {
    const element = await mount();
    const left = await navigationsDuring(element, async () => {
      await answerGates(element);
      await answer(element, q('a-strong'), 'Ja');
      await seeResult(element);
      element.reset();
    });
    expect(left).toEqual([]);
  });

  it('can be completed with the keyboard alone', async () => {
    const element = await mount();
    await userEvent.tab(); // Snel weg
    await userEvent.tab(); // 112
    expect(element.shadowRoot?.activeElement?.getAttribute('href')).toBe('tel:112');
    await userEvent.tab(); // first age band
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.tab(); // first question
    await userEvent.keyboard('{ArrowRight}{Enter}');
    await settled(element);
    expect(element.getInput()).toMatchObject({ age: 14, observations: { danger: 'possible' } });
    await expect.element(ui(element).getByRole('button', { name: 'Opnieuw beginnen' })).toBeVisible();
  });

  it('fits a 320 px wide screen', async () => {
    await page.viewport(320, 640);
    try {
      const element = await mount();
      await answerGates(element);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });
});

describe('<ak-youth-check> on the national ruleset (content)', () => {
  afterEach(() => document.body.replaceChildren());

  it('asks the national questions on its first screen, and routes danger to 112 and suicide talk to 113', async () => {
    const element = await mountElement<AkYouthCheck>('ak-youth-check');
    const national = [
      'Hoe oud ben je?',
      'Ben je nu in gevaar?',
      'Moet je vandaag iets doen met een wapen of met geweld?',
      'Denk je erover om een einde aan je leven te maken?',
    ];
    expect(asked(element).slice(0, 4)).toEqual(national);
    // With nothing to tell, a handful of questions, in words for the young person themselves.
    expect(asked(element).length).toBeLessThanOrEqual(8);
    for (const name of asked(element)) expect(name).not.toMatch(/de jongere|vrijwillig|misbruik/i);

    await answer(element, 'Denk je erover om een einde aan je leven te maken?', 'Soms');
    await seeResult(element);
    await expect.element(resultTitle(element)).toHaveTextContent('Praat er nu over met 113');
    const first = element.shadowRoot?.querySelector('[part="next-steps"] li strong')?.textContent ?? '';
    expect(first).toContain('113');
    expect(shown(element)).toContain('113 Zelfmoordpreventie');
    expect(shown(element)).toContain('112');

    await ui(element).getByRole('button', { name: 'Antwoorden aanpassen' }).click();
    await settled(element);
    await answer(element, 'Ben je nu in gevaar?', 'Ja');
    await seeResult(element);
    await expect.element(resultTitle(element)).toHaveTextContent('Ben je in gevaar? Bel nu 112');
    await expect.element(status(element)).toHaveTextContent('Bel 112');
  });
});
