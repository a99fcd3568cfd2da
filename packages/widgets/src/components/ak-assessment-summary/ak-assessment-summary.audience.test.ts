import {
  LEVELS,
  assess,
  defaultRuleset,
  professionalWordsIn,
  type Assessment,
  type AssessmentInput,
  type Audience,
} from '@anders-kijken/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INPUT_FOR, mount as mountElement, settled } from '../../../test/fixtures.js';
import './define.js';
import type { AkAssessmentSummary } from './ak-assessment-summary.js';

// Model v2.1, brief §4: a parent and a young person read no professional's words in a result, and
// every reader sees a possible answer as "Misschien". Found by a Veilig Thuis adviser.

// A content test: it reads the national catalogue's words, so it runs on the national ruleset.
const mount = (properties: Partial<AkAssessmentSummary>) =>
  mountElement<AkAssessmentSummary>('ak-assessment-summary', { properties });

/** What the page shows, as rendered: the shadow root's innerText, which leaves out a closed `details`'s content. */
const visibleText = (element: AkAssessmentSummary) =>
  [...(element.shadowRoot?.children ?? [])]
    .map((child) => (child instanceof HTMLElement ? child.innerText : ''))
    .join('\n');

/**
 * The visible text without the next steps and contacts: those are the catalogue's texts, which
 * core's test/professional-words.test.ts reads for every input and names by step id and field.
 */
async function ownVisibleText(element: AkAssessmentSummary) {
  const hidden = [
    ...(element.shadowRoot?.querySelectorAll<HTMLElement>('[part="next-steps"], [part="contacts"]') ?? []),
  ];
  for (const part of hidden) part.style.display = 'none';
  const text = visibleText(element);
  for (const part of hidden) part.style.display = '';
  return text;
}

/** Every level's input, with one answer "possible" added, for an audience. */
const inputsFor = (audience: Audience): AssessmentInput[] =>
  LEVELS.map((level) => ({
    ...INPUT_FOR[level],
    observations: { ...INPUT_FOR[level].observations, 'harm-secrecy': 'possible' },
    audience,
  }));

describe('<ak-assessment-summary> per audience', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  describe.each(['parent', 'young-person'] as const)('professional words reach a %s', (audience) => {
    it.each(['nl', 'en'])(
      'shows none in its visible text (%s), and "Misschien" for a possible answer',
      async (lang) => {
        for (const input of inputsFor(audience)) {
          const assessment = assess(input);
          const element = await mount({ assessment, lang });
          const shown = await ownVisibleText(element);
          expect(shown.length).toBeGreaterThan(200);
          expect(professionalWordsIn(shown, audience), `${assessment.level}: ${shown}`).toEqual([]);
          expect(shown).not.toContain(assessment.ruleset.id);
          expect(shown).toContain(lang === 'nl' ? 'Misschien' : 'Maybe');
          // The stamp stays, behind "Meer details", closed.
          const details = element.shadowRoot?.querySelector('details[part="details"]') as HTMLDetailsElement;
          expect(details.open).toBe(false);
          expect(details.querySelector('summary')?.textContent).toBe(lang === 'nl' ? 'Meer details' : 'More details');
          expect(details.querySelector('[part="ruleset"]')?.textContent).toContain(assessment.ruleset.hash);
          element.remove();
        }
      },
    );

    it('copies a summary in the reader’s words, with "Misschien" and the stamp last under "Meer details"', async () => {
      const writeText = vi.fn((_text: string) => Promise.resolve());
      vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
      const assessment = assess(inputsFor(audience)[3] as AssessmentInput);
      const element = await mount({ assessment });
      const copy = [...(element.shadowRoot?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent === 'Kopieer samenvatting',
      );
      copy?.click();
      await settled(element);
      const summary = writeText.mock.calls[0]?.[0] ?? '';
      const [body, details] = summary.split('\nMeer details:\n');
      // Without the lines of the next steps and contacts: the catalogue's texts (see ownVisibleText).
      const steps = new Set(
        [...assessment.nextStepIds, ...assessment.contactIds].flatMap((id) => {
          const step = defaultRuleset.nextSteps.find((s) => s.id === id);
          const contact = defaultRuleset.contacts.find((c) => c.id === id);
          return [step ? `- ${step.title.nl}: ${step.body.nl}` : '', contact ? `- ${contact.name.nl}` : ''];
        }),
      );
      const own = (body ?? '').split('\n').filter((line) => ![...steps].some((s) => s && line.startsWith(s)));
      expect(own.length).toBeGreaterThan(8);
      expect(professionalWordsIn(own.join('\n'), audience)).toEqual([]);
      expect(body).toContain('Misschien');
      expect(details).toContain(assessment.ruleset.hash);
    });
  });

  it('shows a professional the reasoning, the stamp in view, and a possible answer as "Misschien"', async () => {
    const assessment = assess({
      ...(INPUT_FOR.suspicion as AssessmentInput),
      observations: { ...INPUT_FOR.suspicion.observations, 'activity-lookout': 'possible' },
    });
    const element = await mount({ assessment });
    const shown = visibleText(element);
    expect(professionalWordsIn(shown, 'parent')).toEqual(expect.arrayContaining(['dimensie', 'direct bewijs']));
    expect(shown).toContain(assessment.ruleset.hash);
    expect(shown).toMatch(/Misschien: ‘[^’]+’ \(direct bewijs\)/);
    expect(element.shadowRoot?.querySelector('details[part="details"]')).toBeNull();
  });

  it('never names a level to a young person, not in the questions worth asking either', async () => {
    const assessment = assess({ ...(INPUT_FOR.attention as AssessmentInput), audience: 'young-person' });
    const element = await mount({ assessment });
    expect(element.shadowRoot?.querySelector('[part="level"]')?.textContent).toContain('Hier kun je praten');
    expect(element.shadowRoot?.querySelector('.gap-level')).toBeNull();
    expect(element.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim()).toBe('Hier kun je praten');
  });

  describe('the deciding rule’s heading', () => {
    // Suicide talk alone is decided by `suicide-talk-only`, with a heading for every audience.
    const suicide = (audience: Audience): Assessment =>
      assess({ age: 15, observations: { 'acute-suicide-risk': 'clear' }, audience });
    const held = (audience: Audience): Assessment =>
      assess({ age: 15, observations: { 'acute-held': 'clear' }, audience });

    it('shows instead of the level’s name when the rule that decided has one, and the level’s name otherwise', async () => {
      const parent = await mount({ assessment: suicide('parent') });
      const level = parent.shadowRoot?.querySelector('[part="level"]') as HTMLElement;
      expect(level.querySelector('.level-name')?.textContent).toBe(
        'Praat er vandaag over met 113; bel 112 als het leven nu in gevaar is',
      );
      expect(level.textContent).not.toContain('Acuut gevaar');
      parent.remove();
      const professional = await mount({ assessment: held('professional') });
      expect(professional.shadowRoot?.querySelector('.level-name')?.textContent).toBe('Acuut gevaar');
    });
  });
});
