import { describe, expect, it } from 'vitest';
import { LEVELS, assess, explain, levelLabel } from '../src/index.js';

// The sentences people read, pinned in both languages so every change to them is reviewed.
describe('explain', () => {
  const packages = assess({
    age: 14,
    observations: { 'activity-courier': 'clear', 'recruit-gifts': 'clear', 'risk-debts': 'clear' },
  });

  it('explains a suspicion in Dutch by default', () => {
    expect(explain(packages).slice(0, 4)).toMatchInlineSnapshot(`
      [
        "De jongere is minderjarig en er zijn aanwijzingen voor crimineel werk voor anderen, samen met werving, dwang of schade. Bij minderjarigen is geen dwang nodig voor uitbuiting: dit is een vermoeden van criminele uitbuiting. Waargenomen: ‘Brengt pakketjes of spullen weg voor anderen’ en ‘Krijgt cadeaus zonder duidelijke reden’.",
        "De dimensie ‘Criminele activiteiten’ is aannemelijk (score 3, drempel 2) door ‘Brengt pakketjes of spullen weg voor anderen’.",
        "De dimensie ‘Werving’ is aannemelijk (score 2, drempel 2) door ‘Krijgt cadeaus zonder duidelijke reden’.",
        "Risicofactoren (context, geen bewijs): ‘Schulden van de jongere of het gezin’.",
      ]
    `);
  });

  it('explains the same suspicion in English', () => {
    expect(explain(packages, 'en').slice(0, 4)).toMatchInlineSnapshot(`
      [
        "The young person is a minor and there are signs of criminal work for others together with recruitment, coercion or harm. For minors no coercion is needed for exploitation: this is a suspicion of criminal exploitation. Observed: ‘Carries packages or goods for others’ and ‘Gets gifts with no clear reason’.",
        "The dimension ‘Criminal activity’ is indicated (score 3, threshold 2) by ‘Carries packages or goods for others’.",
        "The dimension ‘Recruitment’ is indicated (score 2, threshold 2) by ‘Gets gifts with no clear reason’.",
        "Risk factors (context, not evidence): ‘Debts of the young person or the family’.",
      ]
    `);
  });

  it('says an unknown age was read as a minor, and what is worth finding out', () => {
    const result = assess({
      age: 'unknown',
      observations: { 'harm-school-absence': 'clear', 'activity-courier': 'unknown' },
    });
    expect(explain(result, 'nl')).toMatchInlineSnapshot(`
      [
        "Er is minstens één signaal waargenomen. Houd het in de gaten en bespreek het. Waargenomen: ‘Plots afwezig op school of lagere cijfers’.",
        "De leeftijd is onbekend. De regels voor minderjarigen zijn toegepast, omdat die de jongere het best beschermen.",
        "Als een van deze duidelijk zo blijkt, wordt het niveau ‘Acuut gevaar’: ‘Leven of veiligheid nu direct bedreigd’, ‘Nu vermist en in gevaar’, ‘Wordt vastgehouden of opgesloten’, ‘Ernstig gewond, nu zorg nodig’ en ‘Praat over een einde aan het leven maken’.",
        "Als een van deze duidelijk zo blijkt, wordt het niveau ‘Zorgen’: ‘Brengt pakketjes of spullen weg voor anderen’, ‘Bewaart spullen voor anderen’, ‘Leent of verkoopt bankpas of rekening’, ‘Werkt in een hennepkwekerij of drugslab’, ‘Doet mee aan gewelddadige klussen’, ‘Moet een schuld afbetalen of afwerken’, ‘Wordt bedreigd, of de familie wordt bedreigd’, ‘Wordt geslagen of gestraft door anderen’, ‘Onder druk gezet met naaktbeelden’, ‘Kan niet stoppen of is bang om te stoppen’, ‘ID, bankpas, telefoon of geld afgepakt’, ‘Vertelt gedwongen of gebruikt te worden’, ‘Raakt herhaaldelijk vermist of loopt weg’, ‘Aangetroffen in een andere plaats’ en ‘Ook tekenen van seksuele uitbuiting’.",
        "Deze uitkomst ondersteunt je professionele oordeel en overleg; ze vervangt die niet. Ze zegt niets over wie de jongere is.",
      ]
    `);
  });

  it('says risk factors alone are no evidence', () => {
    const result = assess({ age: 13, observations: { 'risk-debts': 'clear', 'risk-poverty': 'clear' } });
    expect(explain(result, 'en').slice(0, 3)).toMatchInlineSnapshot(`
      [
        "Several risk factors are present. These are circumstances, not evidence: they make it wise to be alert. Observed: ‘Debts of the young person or the family’ and ‘Poverty or lack of prospects’.",
        "Risk factors (context, not evidence): ‘Debts of the young person or the family’ and ‘Poverty or lack of prospects’.",
        "Only risk factors were given, no signals. Risk factors say something about vulnerability, not about exploitation.",
      ]
    `);
  });

  it('always ends with the reminder that it supports professional judgement', () => {
    for (const locale of ['nl', 'en', 'de']) {
      expect(explain(assess({ age: 19, observations: {} }), locale).at(-1)).toMatch(/judgement|oordeel/);
    }
  });
});

describe('levelLabel', () => {
  it('names every level in Dutch by default and in English', () => {
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
});
