import { assess, catalogue, defaultRuleset, levelRank, type Assessment, type Ruleset } from '@anders-kijken/core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible } from '../../../test/axe.js';
import { mountYouthCheck, settled } from '../../../test/fixtures.js';
import type { AkYouthCheck } from './ak-youth-check.js';
import './define.js';

const mount = mountYouthCheck;

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

  it('asks 8 to 12 short questions in simple words, acute danger first, none of them negated', async () => {
    const { element } = await mount();
    const legends = [...root(element).querySelectorAll('legend')].map((l) => l.textContent?.trim() ?? '');
    expect(legends[0]).toBe('Hoe oud ben je?');
    const questions = legends.slice(1);
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(questions.length).toBeLessThanOrEqual(12);
    expect(questions[0]).toContain('gevaar');
    expect(questions).toContain('Ben je bang voor wat er gebeurt als je stopt met wat je voor iemand doet?');
    for (const q of questions) {
      expect(q).not.toMatch(/de jongere/);
      expect(q).not.toMatch(/kun je|vrijwillig|misbruik/i);
    }
    expect(root(element).querySelector('input[type="text"], input[type="number"]')).toBeNull();
  });

  it('offers Ja, Soms, Ik weet het niet zeker and Nee, and no "Soms" on a question about now', async () => {
    const { element } = await mount();
    const labelsOf = (id: string) =>
      [...root(element).querySelectorAll(`fieldset[data-id="${id}"] .choice span`)].map((l) => l.textContent);
    expect(labelsOf('control-debt')).toEqual(['Ja', 'Soms', 'Ik weet het niet zeker', 'Nee']);
    expect(labelsOf('acute-threat-to-life')).toEqual(['Ja', 'Ik weet het niet zeker', 'Nee']);
  });

  it('counts Ja and Soms as it happens, "not sure" as maybe, and a skipped question as unknown', async () => {
    const { element } = await mount();
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

  const youthIds = [...catalogue.signals, ...catalogue.riskFactors]
    .filter((e) => e.texts.youthQuestion)
    .map((e) => e.id);

  it.each(youthIds)('answering only %s with "Ja" gives at least what that signal alone gives in core', async (id) => {
    const { element } = await mount();
    const results: Assessment[] = [];
    element.addEventListener('ak-assess', (event) => results.push(event.detail.assessment));
    root(element).querySelectorAll<HTMLInputElement>('input[name="age-band"]')[1]?.click();
    await answer(element, id, 'yes');
    await submit(element);
    const alone = assess({ age: 14, observations: { [id]: 'clear' }, audience: 'young-person' });
    expect(results).toHaveLength(1);
    expect(levelRank(results[0]?.level ?? 'none')).toBeGreaterThanOrEqual(levelRank(alone.level));
    expect(alone.level).not.toBe('none');
  });

  it('points to people to talk to without naming a level or labelling the young person', async () => {
    const { element } = await mount();
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
    const { element } = await mount();
    root(element).querySelectorAll<HTMLInputElement>('input[name="age-band"]')[3]?.click();
    await answer(element, 'control-threats', 'yes');
    await submit(element);
    expect(text(element)).not.toContain('Kindertelefoon');
    expect(text(element)).toContain('112');
  });

  it('puts 113 first when a young person says they think about ending their life', async () => {
    const { element } = await mount();
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
    const { element } = await mount();
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
    const { element } = await mount();
    await answer(element, 'activity-courier', 'yes');
    await submit(element);
    expect(root(element).querySelector('#result-title')?.textContent?.trim()).toBe('Hier kun je praten');
  });

  it('leaves with the Escape key too, clearing everything first', async () => {
    const { element, leave } = await mount();
    await answer(element, 'control-threats', 'yes');
    await userEvent.keyboard('{Escape}');
    expect(leave).toHaveBeenCalledTimes(1);
    expect(element.getInput().observations).toEqual({});
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
