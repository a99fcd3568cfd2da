import { describe, expect, it } from 'vitest';
import { LEVELS, assess, explain, levelLabel, wordsFor } from '../src/index.js';

// The sentences people read, pinned in both languages so every change to them is reviewed.
describe('explain', () => {
  const packages = assess({
    age: 14,
    observations: { 'activity-courier': 'clear', 'recruit-gifts': 'clear', 'risk-debts': 'clear' },
  });

  it('explains a suspicion in Dutch by default, marking each observation direct or indirect', () => {
    expect(explain(packages).slice(0, 4)).toMatchInlineSnapshot(`
      [
        "De jongere is minderjarig. Directe signalen van crimineel werk voor anderen, waarvan minstens één duidelijk, gaan samen met aanwijzingen voor werving, dwang of uitbuitende omstandigheden. Bij minderjarigen is geen dwangmiddel nodig: dit is een vermoeden van criminele uitbuiting. Waargenomen: ‘Brengt pakketjes of spullen weg voor anderen’ (direct bewijs) en ‘Krijgt cadeaus zonder duidelijke reden’ (indirect bewijs).",
        "De dimensie ‘Criminele activiteiten’ is aannemelijk (score 3, drempel 2) door ‘Brengt pakketjes of spullen weg voor anderen’ (direct bewijs).",
        "De dimensie ‘Werving’ is aannemelijk (score 2, drempel 2) door ‘Krijgt cadeaus zonder duidelijke reden’ (indirect bewijs).",
        "Risicofactoren (context, geen bewijs; ze veranderen de uitkomst niet): ‘Schulden van de jongere of het gezin’.",
      ]
    `);
  });

  it('explains the same suspicion in English', () => {
    expect(explain(packages, 'en').slice(0, 4)).toMatchInlineSnapshot(`
      [
        "The young person is a minor. Direct signs of criminal work for others, at least one of them clear, come together with signs of recruitment, coercion or exploitative conditions. For minors no means of coercion is needed: this is a suspicion of criminal exploitation. Observed: ‘Carries packages or goods for others’ (direct evidence) and ‘Gets gifts with no clear reason’ (indirect evidence).",
        "The dimension ‘Criminal activity’ is indicated (score 3, threshold 2) by ‘Carries packages or goods for others’ (direct evidence).",
        "The dimension ‘Recruitment’ is indicated (score 2, threshold 2) by ‘Gets gifts with no clear reason’ (indirect evidence).",
        "Risk factors (context, not evidence; they do not change the outcome): ‘Debts of the young person or the family’.",
      ]
    `);
  });

  it('says an unknown age was read as a minor, that indirect evidence is not enough, and what is worth finding out', () => {
    const result = assess({
      age: 'unknown',
      observations: { 'harm-school-absence': 'clear', 'harm-exhaustion': 'possible', 'activity-courier': 'unknown' },
    });
    expect(explain(result, 'nl')).toMatchInlineSnapshot(`
      [
        "Er is minstens één signaal waargenomen. Houd het in de gaten, schrijf op wat je ziet en bespreek het. Waargenomen: ‘Plots afwezig op school of lagere cijfers’ (indirect bewijs). Misschien: ‘Erg moe, verwaarloost zichzelf’ (indirect bewijs).",
        "Alle genoemde signalen zijn indirect: ze passen bij uitbuiting, maar hebben vaak een gewone verklaring. Alleen indirecte signalen maken nooit een vermoeden van uitbuiting.",
        "De leeftijd is onbekend. De regels voor minderjarigen zijn toegepast, omdat die de jongere het best beschermen.",
        "Als een van deze duidelijk zo blijkt, wordt de uitkomst ‘Acuut gevaar’: ‘Leven of veiligheid nu direct bedreigd’, ‘Nu vermist en in gevaar’, ‘Wordt vastgehouden of opgesloten’, ‘Ernstig gewond, nu zorg nodig’ en ‘Praat over een einde aan het leven maken’.",
        "27 andere onbekende signalen kunnen de uitkomst ook veranderen.",
        "Deze uitkomst ondersteunt je professionele oordeel en overleg; ze vervangt die niet. Ze zegt niets over wie de jongere is.",
      ]
    `);
  });

  it('says risk factors alone are no evidence and change nothing', () => {
    const result = assess({ age: 13, observations: { 'risk-debts': 'clear', 'risk-poverty': 'clear' } });
    expect(explain(result, 'en')).toMatchInlineSnapshot(`
      [
        "Risk factors (context, not evidence; they do not change the outcome): ‘Debts of the young person or the family’ and ‘Poverty or lack of prospects’.",
        "Only risk factors were given, no signals. Risk factors say something about vulnerability, not about exploitation.",
        "If any of these turns out to be clear, the outcome becomes ‘Acute danger’: ‘Life or safety under direct threat now’, ‘Missing now and in danger’, ‘Held or locked up’, ‘Seriously injured, needs care now’, and ‘Talks about ending their life’.",
        "55 other unknown signals could change the outcome too.",
        "This outcome supports your professional judgement and consultation; it does not replace them. It says nothing about who the young person is.",
      ]
    `);
  });

  it('writes numbers in Dutch with a decimal comma', () => {
    const result = assess({
      age: 15,
      observations: { 'activity-courier': 'possible', 'activity-lookout': 'possible' },
    });
    expect(explain(result, 'nl').find((s) => s.startsWith('De dimensie'))).toContain('score 2,5, drempel 2');
    expect(explain(result, 'en').find((s) => s.startsWith('The dimension'))).toContain('score 2.5, threshold 2');
  });

  it('ends with the reminder for its reader: professional judgement for professionals, never for parents', () => {
    for (const locale of ['nl', 'en', 'de']) {
      expect(explain(assess({ age: 19, observations: {} }), locale).at(-1)).toMatch(/judgement|oordeel/);
    }
    const parent = explain(assess({ age: 15, observations: { 'harm-secrecy': 'clear' }, audience: 'parent' }));
    expect(parent.join(' ')).not.toMatch(/professionele oordeel/);
    expect(parent.at(-1)).toMatch(/geen oordeel over je kind/);
  });
});

describe('levelLabel and the words of the model', () => {
  it('names every level for a professional, in Dutch by default and in English', () => {
    expect(LEVELS.map((level) => levelLabel(level))).toEqual([
      'Geen signalen',
      'Aandacht',
      'Zorgen',
      'Vermoeden van uitbuiting',
      'Acuut gevaar',
    ]);
    expect(LEVELS.map((level) => levelLabel(level, 'en'))).toEqual([
      'No signals',
      'Attention',
      'Concern',
      'Suspicion of exploitation',
      'Acute danger',
    ]);
  });

  it('names every level for a parent as the brief’s table does', () => {
    expect(LEVELS.map((level) => levelLabel(level, 'nl', 'parent'))).toEqual([
      'Geen signalen',
      'Blijf opletten',
      'Zorgen: vraag advies',
      'Ernstige zorgen: vraag vandaag advies',
      'Acuut gevaar',
    ]);
  });

  it('keeps the answer words, youth choices, dates and plurals in one place per language', () => {
    const nl = wordsFor('nl-BE');
    expect(nl.answers).toEqual({ no: 'Nee', unknown: 'Weet ik niet', possible: 'Misschien', clear: 'Ja, duidelijk' });
    expect(nl.youthChoices).toEqual({ yes: 'Ja', sometimes: 'Soms', unsure: 'Ik weet het niet zeker', no: 'Nee' });
    expect(nl.date('2026-11-23')).toBe('23 november 2026');
    expect(nl.count(1, 'signaal', 'signalen')).toBe('1 signaal');
    expect(nl.count(3, 'signaal', 'signalen')).toBe('3 signalen');
    expect(wordsFor('').evidence.direct).toBe('direct bewijs');
    expect(wordsFor('en-GB').date('2026-11-23')).toBe('23 November 2026');
  });
});
