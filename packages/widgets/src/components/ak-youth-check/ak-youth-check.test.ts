import {
  assess,
  catalogue,
  defaultRuleset,
  levelRank,
  youthCheckSteps,
  type Assessment,
  type Ruleset,
} from '@anders-kijken/core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible } from '../../../test/axe.js';
import { mount as mountElement, navigationsDuring, settled } from '../../../test/fixtures.js';
import { DEFAULT_EXIT_URL } from '../../internal/exit-url.js';
import type { AkYouthCheck } from './ak-youth-check.js';
import './define.js';

const mount = (attributes: Record<string, string> = {}, properties: Record<string, unknown> = {}) =>
  mountElement<AkYouthCheck>('ak-youth-check', { attributes, properties });

const root = (element: AkYouthCheck) => element.shadowRoot as ShadowRoot;
const text = (element: AkYouthCheck) => root(element).textContent?.replace(/\s+/g, ' ') ?? '';

async function answer(element: AkYouthCheck, id: string, value: string) {
  root(element).querySelector<HTMLInputElement>(`input[name="${id}"][value="${value}"]`)?.click();
  await settled(element);
}

/** Answers every gate question with `value`, so its follow-ups show (Ja) or stay hidden (Nee). */
async function answerGates(element: AkYouthCheck, value: 'yes' | 'no' = 'yes') {
  for (const gate of catalogue.youthGates ?? []) await answer(element, gate.id, value);
}

/** Every question the check can ask, by key (`id#2` for an entry's second question), with all gates open. */
const allQuestions = youthCheckSteps(catalogue, () => true).flatMap((step) =>
  step.kind === 'question' ? [{ key: step.key, id: step.entry.id, nl: step.text.nl }] : [],
);
const gates = catalogue.youthGates ?? [];
const gateQuestion = (id: string) => gates.find((g) => g.id === id)?.question.nl ?? '';
const questionText = (key: string) => allQuestions.find((q) => q.key === key)?.nl ?? '';

async function submit(element: AkYouthCheck) {
  root(element).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await settled(element);
}

describe('<ak-youth-check>', () => {
  afterEach(() => document.body.replaceChildren());

  it('is accessible with its questions and with each kind of result', async () => {
    const element = await mount();
    await expectAccessible(element);
    await answerGates(element);
    await expectAccessible(element);
    for (const [id, value] of [
      ['control-debt', 'no'],
      ['control-cannot-stop', 'yes'],
      ['acute-threat-to-life', 'unsure'],
    ]) {
      await answer(element, id as string, value as string);
      await submit(element);
      await expectAccessible(element);
      root(element).querySelectorAll<HTMLButtonElement>('[part="result"] button')[0]?.click();
      await settled(element);
    }
  });

  it('asks danger now first, then gate questions: with nothing to tell, at most 8 questions and a calm result', async () => {
    const element = await mount();
    const legends = () => [...root(element).querySelectorAll('legend')].map((l) => l.textContent?.trim() ?? '');
    expect(legends()[0]).toBe('Hoe oud ben je?');
    expect(legends()[1]).toBe('Ben je nu in gevaar?');
    // Nothing answered yet: the follow-ups of the gates are not shown.
    expect(legends()).toHaveLength(8);
    await page.getByRole('group', { name: 'Hoe oud ben je?' }).getByRole('radio', { name: '12 of jonger' }).click();
    for (const question of legends().slice(1))
      await page.getByRole('group', { name: question }).getByRole('radio', { name: 'Nee' }).click();
    await settled(element);
    // Every gate answered Nee: still 8 (the age and 7 questions; 13 before gates), none of them negated.
    const asked = legends();
    expect(asked.length).toBeLessThanOrEqual(8);
    for (const q of asked) {
      expect(q).not.toMatch(/de jongere/);
      expect(q).not.toMatch(/kun je|vrijwillig|misbruik/i);
    }
    expect(element.getInput().observations).toEqual({
      'acute-threat-to-life': 'no',
      'acute-suicide-risk': 'no',
      'harm-missing': 'no',
    });
    await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
    await settled(element);
    expect(root(element).querySelector('[role="status"]')?.textContent).toContain('Fijn dat je dit hebt ingevuld');
    expect(root(element).querySelector('input[type="text"], input[type="number"]')).toBeNull();
  });

  it('shows the follow-ups of a gate answered Ja right after it, and hides them again on Nee', async () => {
    const element = await mount();
    const jobs = page.getByRole('group', { name: gateQuestion('gate-jobs') });
    const courier = questionText('activity-courier');
    expect(root(element).querySelector('fieldset[data-id="activity-courier"]')).toBeNull();
    await jobs.getByRole('radio', { name: 'Ja' }).click();
    await settled(element);
    await expect.element(page.getByRole('group', { name: courier })).toBeVisible();
    const after = root(element).querySelector('fieldset[data-id="gate-jobs"]')?.nextElementSibling;
    expect(after?.getAttribute('data-id')).toBe('activity-courier');
    await jobs.getByRole('radio', { name: 'Nee' }).click();
    await settled(element);
    expect(root(element).querySelector('fieldset[data-id="activity-courier"]')).toBeNull();
  });

  it.each(['sometimes', 'unsure'] as const)('opens a gate answered %s too', async (value) => {
    const element = await mount();
    await answer(element, 'gate-pressure', value);
    expect(root(element).querySelector('fieldset[data-id="control-threats"]')).not.toBeNull();
  });

  it('keeps an answer behind a gate toggled to Nee, but counts it as not asked until the gate opens again', async () => {
    const element = await mount();
    await answer(element, 'gate-jobs', 'yes');
    await answer(element, 'activity-courier', 'yes');
    expect(element.getInput().observations).toEqual({ 'activity-courier': 'clear' });
    await answer(element, 'gate-jobs', 'no');
    // Not asked is unknown, never no: the answer is left out of the input.
    expect(element.getInput().observations).toEqual({});
    await answer(element, 'gate-jobs', 'unsure');
    expect(element.getInput().observations).toEqual({ 'activity-courier': 'clear' });
    expect(root(element).querySelector<HTMLInputElement>('input[name="activity-courier"][value="yes"]')?.checked).toBe(
      true,
    );
  });

  it('opens the gate in front of an answer given with setInput, so the input comes back as it was given', async () => {
    const element = await mount();
    const input = {
      age: 14,
      observations: { 'control-debt': 'clear', 'harm-missing': 'no' },
      audience: 'young-person',
    } as const;
    element.setInput(input);
    await settled(element);
    expect(root(element).querySelector<HTMLInputElement>('input[name="gate-jobs"][value="yes"]')?.checked).toBe(true);
    expect(root(element).querySelector<HTMLInputElement>('input[name="control-debt"][value="yes"]')?.checked).toBe(
      true,
    );
    expect(element.getInput()).toEqual(input);
  });

  it('says that some questions are about sex before the two questions about sex', async () => {
    const element = await mount();
    expect(text(element)).not.toContain('over seks');
    await answer(element, 'gate-pressure', 'yes');
    const line = root(element).querySelector('[part="intro-line"]');
    expect(line?.textContent).toBe('Sommige vragen gaan over seks; je mag ze overslaan.');
    expect(line?.nextElementSibling?.getAttribute('data-id')).toBe('harm-sexual-exploitation');
    expect(line?.nextElementSibling?.nextElementSibling?.getAttribute('data-id')).toBe('harm-sexual-exploitation#2');
    await answer(element, 'harm-sexual-exploitation', 'no');
    await answer(element, 'harm-sexual-exploitation#2', 'unsure');
    expect(element.getInput().observations).toEqual({ 'harm-sexual-exploitation': 'possible' });
  });

  it('offers Ja, Soms, Ik weet het niet zeker and Nee, and no "Soms" on a question about now', async () => {
    const element = await mount();
    await answerGates(element);
    const labelsOf = (id: string) =>
      [...root(element).querySelectorAll(`fieldset[data-id="${id}"] .choice span`)].map((l) => l.textContent);
    expect(labelsOf('control-debt')).toEqual(['Ja', 'Soms', 'Ik weet het niet zeker', 'Nee']);
    expect(labelsOf('acute-threat-to-life')).toEqual(['Ja', 'Ik weet het niet zeker', 'Nee']);
    expect(labelsOf('acute-threat-to-life#2')).toEqual(['Ja', 'Ik weet het niet zeker', 'Nee']);
    expect(labelsOf('gate-jobs')).toEqual(['Ja', 'Soms', 'Ik weet het niet zeker', 'Nee']);
  });

  it('counts Ja and Soms as it happens, "not sure" as maybe, and a skipped question as unknown', async () => {
    const element = await mount();
    await answerGates(element);
    await answer(element, 'control-debt', 'yes');
    await answer(element, 'control-threats', 'sometimes');
    await answer(element, 'control-images', 'unsure');
    await answer(element, 'activity-courier', 'no');
    expect(element.getInput().observations).toEqual({
      'control-debt': 'clear',
      'control-threats': 'clear',
      'control-images': 'possible',
      'activity-courier': 'no',
    });
  });

  it.each(allQuestions.map((q) => [q.key, q.id] as const))(
    'answering only %s with "Ja" gives at least what %s alone gives in core',
    async (key, id) => {
      const element = await mount();
      const results: Assessment[] = [];
      element.addEventListener('ak-assess', (event) => results.push(event.detail.assessment));
      root(element).querySelectorAll<HTMLInputElement>('input[name="age-band"]')[1]?.click();
      await answerGates(element);
      await answer(element, key, 'yes');
      await submit(element);
      const alone = assess({ age: 14, observations: { [id]: 'clear' }, audience: 'young-person' });
      expect(results).toHaveLength(1);
      expect(levelRank(results[0]?.level ?? 'none')).toBeGreaterThanOrEqual(levelRank(alone.level));
      expect(alone.level).not.toBe('none');
    },
  );

  it('points to people to talk to without naming a level or labelling the young person', async () => {
    const element = await mount();
    await answerGates(element);
    root(element).querySelectorAll<HTMLInputElement>('input[name="age-band"]')[1]?.click();
    await answer(element, 'control-debt', 'yes');
    await answer(element, 'activity-courier', 'sometimes');
    await submit(element);
    const shown = text(element);
    expect(shown).toContain('Het is niet jouw schuld');
    expect(shown).toContain('De Kindertelefoon');
    expect(shown).toContain('Fier');
    expect(shown).toContain('112');
    expect(shown).toContain('privévenster');
    // No level names, and nothing that tells the young person what they are.
    expect(shown).not.toMatch(/Vermoeden van uitbuiting|Zorgen|Aandacht|Acuut gevaar|Geen signalen/);
    expect(shown).not.toMatch(/je bent (een )?(slachtoffer|dader|crimineel)/i);
    expect(shown).not.toMatch(/misbruik/i);
    expect(root(element).querySelector('[role="status"]')?.textContent).toContain('iemand je gebruikt');
    expect(root(element).activeElement?.id).toBe('result-title');
  });

  it('never shows the Kindertelefoon to someone of 18 or older', async () => {
    const element = await mount();
    await answerGates(element);
    root(element).querySelectorAll<HTMLInputElement>('input[name="age-band"]')[3]?.click();
    await answer(element, 'control-threats', 'yes');
    await submit(element);
    expect(text(element)).not.toContain('Kindertelefoon');
    expect(text(element)).toContain('112');
  });

  it('puts 113 first when a young person says they think about ending their life', async () => {
    const element = await mount();
    await answer(element, 'acute-suicide-risk', 'sometimes');
    await submit(element);
    const first = root(element).querySelector('[part="next-steps"] li strong')?.textContent ?? '';
    expect(first).toContain('113');
    expect(text(element)).toContain('113 Zelfmoordpreventie');
  });

  it('heads the result with the deciding rule’s heading for young people, with 112 below it', async () => {
    // As the suicide-only route of model v2.1 will: "Praat er nu over met 113", then 112.
    const ruleset: Ruleset = {
      ...defaultRuleset,
      rules: defaultRuleset.rules.map((rule) =>
        rule.level === 'acute'
          ? {
              ...rule,
              heading: { 'young-person': { nl: 'Praat er nu over met 113', en: 'Talk about it with 113 now' } },
            }
          : rule,
      ),
    };
    const element = await mount();
    element.ruleset = ruleset;
    await settled(element);
    await answer(element, 'acute-suicide-risk', 'sometimes');
    await submit(element);
    const title = root(element).querySelector('#result-title');
    expect(title?.textContent?.trim()).toBe('Praat er nu over met 113');
    const below = root(element).querySelector('[part="result"] [role="status"]');
    expect(title?.compareDocumentPosition(below as Node) ?? 0).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(below?.textContent).toContain('Bel 112');
    expect(text(element)).not.toContain('Hier kun je praten');
  });

  it('heads any other result "Hier kun je praten", never with a level’s name', async () => {
    const element = await mount();
    await answer(element, 'activity-courier', 'yes');
    await submit(element);
    expect(root(element).querySelector('#result-title')?.textContent?.trim()).toBe('Hier kun je praten');
  });

  it('leaves with the Escape key too, clearing everything first', async () => {
    const element = await mount();
    await answerGates(element);
    await answer(element, 'control-threats', 'yes');
    expect(element.getInput().observations).toEqual({ 'control-threats': 'clear' });
    expect(await navigationsDuring(element, () => userEvent.keyboard('{Escape}'))).toEqual([DEFAULT_EXIT_URL]);
    expect(element.getInput().observations).toEqual({});
  });

  it('keeps "Snel weg" in view, and it clears everything before leaving for the neutral site', async () => {
    const element = await mount({ 'exit-url': 'https://www.weeronline.nl/' });
    await answerGates(element);
    const resets: Event[] = [];
    element.addEventListener('ak-reset', (event) => resets.push(event));
    await answer(element, 'control-threats', 'yes');
    expect(element.getInput().observations).toEqual({ 'control-threats': 'clear' });
    const exit = page.elementLocator(element).getByRole('button', { name: 'Snel weg' });
    expect(getComputedStyle(root(element).querySelector('[part="quick-exit"]') as Element).position).toBe('sticky');
    expect(await navigationsDuring(element, () => exit.click())).toEqual(['https://www.weeronline.nl/']);
    expect(resets).toHaveLength(1);
    expect(element.getInput().observations).toEqual({});
  });

  it('never leaves the page but on that click', async () => {
    const element = await mount();
    const left = await navigationsDuring(element, async () => {
      await answerGates(element);
      await answer(element, 'control-debt', 'yes');
      await submit(element);
      element.reset();
    });
    expect(left).toEqual([]);
  });

  it('can be completed with the keyboard alone', async () => {
    const element = await mount();
    await userEvent.tab(); // Snel weg
    await userEvent.tab(); // 112
    expect(root(element).activeElement?.getAttribute('href')).toBe('tel:112');
    await userEvent.tab(); // first age band
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.tab(); // first question
    await userEvent.keyboard('{ArrowRight}{Enter}');
    await settled(element);
    expect(element.getInput()).toMatchObject({ age: 14, observations: { 'acute-threat-to-life': 'possible' } });
    expect(root(element).querySelector('[part="result"]')).not.toBeNull();
  });

  it('uses only questions the catalogue writes for young people, and its gate questions', async () => {
    const element = await mount();
    await answerGates(element);
    const asked = [...root(element).querySelectorAll('fieldset[data-id]')].map((f) => f.getAttribute('data-id'));
    const written = [...gates.map((g) => g.id), ...allQuestions.map((q) => q.key)];
    expect([...asked].sort()).toEqual([...written].sort());
  });

  it('fits a 320 px wide screen', async () => {
    await page.viewport(320, 640);
    const element = await mount();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    await expectAccessible(element);
    await page.viewport(1280, 800);
  });
});
