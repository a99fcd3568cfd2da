import { describe, expect, it } from 'vitest';
import { assess, defaultRuleset, explain, resultHeading, type AssessmentInput, type Audience } from '../src/index.js';

// Model v2.1, brief §4 "Explanations per audience": professionals read the rule, the dimensions,
// the weights and the sources; parents and young people read plain sentences about what was seen,
// what it may mean and what to do. Every audience reads a possible answer as "misschien".

const label = (id: string, locale: 'nl' | 'en' = 'nl') =>
  `‘${defaultRuleset.signals.find((s) => s.id === id)?.texts.label[locale] ?? id}’`;

const courier = (audience: Audience): AssessmentInput => ({
  age: 15,
  observations: { 'activity-courier': 'clear', 'activity-lookout': 'possible', 'recruit-gifts': 'clear' },
  audience,
});

describe('explain per audience', () => {
  it('gives a professional the rule, the dimensions with score and threshold, and the kinds of evidence', () => {
    const text = explain(assess(courier('professional'))).join(' ');
    expect(text).toMatch(/De dimensie ‘Criminele activiteiten’ is aannemelijk \(score 4, drempel 2\)/);
    expect(text).toContain('(direct bewijs)');
    expect(text).toContain('professionele oordeel');
  });

  it('tells a parent about "je kind" in plain words: what was seen, what maybe, what it may mean', () => {
    expect(explain(assess(courier('parent')))).toMatchInlineSnapshot(`
      [
        "Wat je bij je kind ziet: ‘Brengt pakketjes of spullen weg voor anderen’ en ‘Krijgt cadeaus zonder duidelijke reden’.",
        "Misschien, maar je weet het niet zeker: ‘Staat op de uitkijk voor anderen’.",
        "Samen kan dit betekenen dat iemand je kind gebruikt voor criminele klussen. Vraag vandaag nog advies.",
        "Weet je dit nog niet? Als een van deze dingen zo is, wordt de uitkomst ‘Acuut gevaar’: ‘Leven of veiligheid nu direct bedreigd’, ‘Nu vermist en in gevaar’, ‘Wordt vastgehouden of opgesloten’, ‘Ernstig gewond, nu zorg nodig’ en ‘Praat over een einde aan het leven maken’.",
        "Deze uitkomst is een hulpmiddel, geen oordeel over je kind. Bespreek wat je ziet met iemand die er verstand van heeft, bijvoorbeeld een van de contacten hieronder.",
      ]
    `);
  });

  it('tells a young person about "je" without a level’s name, in Dutch and English', () => {
    const nl = explain(assess(courier('young-person')));
    expect(nl[0]).toMatch(/^Wat je vertelt: /);
    expect(nl.join(' ')).not.toMatch(/Vermoeden|vermoeden|Ernstige zorgen|oordeel over je kind/);
    expect(nl.at(-1)).toBe(
      'Dit is geen oordeel over jou, en het is nooit jouw schuld. Praat erover met iemand die je vertrouwt of met een van de contacten hieronder.',
    );
    const en = explain(assess(courier('young-person')), 'en');
    expect(en[0]).toMatch(/^What you tell us: /);
    expect(en[1]).toBe(`Maybe, you are not sure: ${label('activity-lookout', 'en')}.`);
    expect(explain(assess(courier('parent')), 'en')[0]).toMatch(/^What you see in your child: /);
  });

  it('tells a parent about circumstances and age in plain words, and what is worth finding out', () => {
    const sentences = explain(
      assess({ age: 'unknown', observations: { 'risk-debts': 'clear', 'harm-secrecy': 'clear' }, audience: 'parent' }),
    );
    expect(sentences).toContain(
      'Je noemde ook omstandigheden: ‘Schulden van de jongere of het gezin’. Die kunnen een kind kwetsbaarder maken, maar ze zeggen niet dat iemand je kind gebruikt.',
    );
    expect(sentences).toContain('Je weet niet hoe oud je kind is. Daarom gaan we uit van een kind jonger dan 18.');
    expect(sentences).toContain('Elk van deze dingen kan ook een gewone verklaring hebben.');
    expect(sentences.some((s) => s.startsWith('Weet je dit nog niet? Als een van deze dingen zo is'))).toBe(true);
  });
});

describe('"possible" answers listed as "waargenomen"', () => {
  it.each(['professional', 'parent', 'young-person'] as const)(
    'a %s reads a possible answer as "misschien", never among what was observed',
    (audience) => {
      let named = 0;
      for (const locale of ['nl', 'en'] as const) {
        const lookout = label('activity-lookout', locale);
        for (const sentence of explain(assess(courier(audience)), locale)) {
          // Wherever the possible answer is named, it is named after "misschien"/"maybe", or marked so.
          const at = sentence.indexOf(lookout);
          if (at < 0) continue;
          named++;
          const before = sentence.slice(0, at);
          const after = sentence.slice(at);
          const maybe = /misschien|maybe/i;
          const marked = /^‘[^’]*’ \((misschien|maybe)/.test(after);
          expect(maybe.test(before.split(/Waargenomen:|Observed:/).at(-1) ?? '') || marked, sentence).toBe(true);
        }
      }
      expect(named).toBeGreaterThanOrEqual(2);
    },
  );

  it('marks a circumstance answered possible as "misschien" for a parent', () => {
    const sentences = explain(
      assess({ age: 14, observations: { 'risk-debts': 'possible', 'risk-poverty': 'clear' }, audience: 'parent' }),
    );
    expect(sentences.find((s) => s.startsWith('Je noemde ook omstandigheden'))).toMatch(
      /^Je noemde ook omstandigheden: ‘Schulden van de jongere of het gezin’ \(misschien\) en ‘[^’]+’\./,
    );
  });

  it('marks a possible answer in a professional’s dimension sentence', () => {
    const result = assess({
      age: 15,
      observations: { 'activity-courier': 'possible', 'activity-lookout': 'possible' },
    });
    expect(explain(result).find((s) => s.startsWith('De dimensie'))).toContain(
      '‘Brengt pakketjes of spullen weg voor anderen’ (misschien, direct bewijs)',
    );
  });

  it('keeps the possible answers in the assessment, in catalogue order', () => {
    expect(assess(courier('parent')).possible).toEqual(['activity-lookout']);
  });
});

describe('resultHeading', () => {
  // Suicide talk alone is decided by `suicide-talk-only`, which has a heading for every audience.
  const suicide = (audience: Audience) =>
    assess({ age: 15, observations: { 'acute-suicide-risk': 'clear' }, audience });
  const acuteOnly = (audience: Audience) => assess({ age: 15, observations: { 'acute-held': 'clear' }, audience });

  it('gives the deciding rule’s heading for the audience, instead of the level’s name', () => {
    expect(resultHeading(suicide('parent'), 'nl')).toBe(
      'Praat er vandaag over met 113; bel 112 als het leven nu in gevaar is',
    );
    expect(resultHeading(suicide('young-person'), 'en')).toBe('Talk to 113 about it now');
    expect(explain(suicide('parent'), 'nl')).toContain(
      'Praat er vandaag over met 113; bel 112 als het leven nu in gevaar is.',
    );
  });

  it('gives the level’s name where the rule has no heading for the audience, and a young person none', () => {
    expect(resultHeading(acuteOnly('professional'), 'nl')).toBe('Acuut gevaar');
    expect(resultHeading(assess(courier('parent')))).toBe('Ernstige zorgen: vraag vandaag advies');
    expect(resultHeading(assess(courier('professional')), 'en')).toBe('Suspicion of exploitation');
    expect(resultHeading(assess(courier('young-person')))).toBe('Hier kun je praten');
  });

  it('lets a ruleset carry a heading per audience, and refuses one for an audience that does not exist', async () => {
    const { validateRuleset } = await import('../src/index.js');
    expect(validateRuleset(defaultRuleset).errors).toEqual([]);
    const wrong = {
      ...defaultRuleset,
      rules: defaultRuleset.rules.map((r) =>
        r.level === 'acute' ? { ...r, heading: { kids: { nl: 'x', en: 'x' } } } : r,
      ),
    };
    expect(validateRuleset(wrong).errors.map((e) => e.path.join('.'))).toContain(
      `rules.${defaultRuleset.rules.findIndex((r) => r.level === 'acute')}.heading`,
    );
  });
});
