import { describe, expect, it } from 'vitest';
import { catalogue } from '../src/index.js';

// Model v2.1: a question that asks two things cannot be answered with one answer ("tweede
// telefoon, en moet vaak meteen weg": what if only one is true?). These were double in v2; each now
// asks one thing that matches the signal's meaning. The pattern is the second question v2 asked.
const SPLIT: [id: string, field: 'question' | 'parentQuestion', secondQuestion: RegExp][] = [
  ['acute-threat-to-life', 'parentQuestion', /, of moet het nu/],
  ['activity-lookout', 'question', /uitkijk, of doet/],
  ['activity-lookout', 'parentQuestion', /, of moet je kind ergens op de uitkijk/],
  ['activity-drug-dealing', 'question', /, of heeft hij of zij drugs/],
  ['activity-drug-dealing', 'parentQuestion', /, of vind je drugs/],
  ['activity-counterfeit', 'parentQuestion', /betalen, of vals geld/],
  ['activity-violent-jobs', 'parentQuestion', /, of zie je berichten/],
  ['recruit-housed-transported', 'question', /rondgereden/],
  ['recruit-housed-transported', 'parentQuestion', /, of slaapt/],
  ['control-threats', 'parentQuestion', /, of krijgt jullie gezin/],
  ['control-cannot-stop', 'question', /, of is hij of zij bang/],
  ['control-cannot-stop', 'parentQuestion', /niet kan stoppen, of is/],
  ['control-disclosure', 'parentQuestion', /, of dat het geen keus/],
  ['control-phone-monitoring', 'question', /, of eist/],
  ['control-phone-monitoring', 'parentQuestion', /bereikbaar zijn, of kijkt/],
  ['control-multiple-phones', 'question', /en moet dan direct weg/],
  ['control-multiple-phones', 'parentQuestion', /, en moet het vaak meteen weg/],
  ['harm-sexual-exploitation', 'question', /, of seks onder druk/],
  ['harm-sexual-exploitation', 'parentQuestion', /, of onder druk/],
  ['harm-missing', 'question', /, of loopt/],
  ['harm-missing', 'parentQuestion', /weggelopen of een nacht/],
  ['harm-out-of-area', 'question', /, of heeft hij of zij reizen/],
  ['harm-nights-away', 'question', /, of slaapt/],
  ['harm-nights-away', 'parentQuestion', /, of slaapt/],
  ['harm-exhaustion', 'question', /, of verwaarloost/],
  ['harm-exhaustion', 'parentQuestion', /, of zorgt/],
  ['harm-school-absence', 'question', /, spijbelt hij of zij, of gaan/],
  ['harm-school-absence', 'parentQuestion', /, of gaan de cijfers/],
  ['harm-loyalty-denial', 'question', /, en ziet/],
  ['harm-loyalty-denial', 'parentQuestion', /, en zegt het/],
  ['harm-substance-use', 'parentQuestion', /of gebruikt het meer/],
  ['risk-intellectual-disability', 'question', /, of overziet/],
  ['risk-intellectual-disability', 'parentQuestion', /, of overziet/],
  ['risk-isolation', 'question', /, is hij of zij eenzaam/],
  ['risk-isolation', 'parentQuestion', /, of voelt het zich eenzaam/],
];

const entries = [...catalogue.signals, ...catalogue.riskFactors];

describe('professional and parent questions ask one thing', () => {
  it.each(SPLIT)('%s (%s) no longer asks a second question', (id, field, second) => {
    const text = entries.find((e) => e.id === id)?.texts[field];
    expect(text, id).toBeDefined();
    expect(text?.nl).not.toMatch(second);
    expect(text?.nl.endsWith('?')).toBe(true);
  });

  it('ask about a debt to the people the young person does jobs for, not any debt (a debt to a friend is not it)', () => {
    const debt = entries.find((e) => e.id === 'control-debt')?.texts;
    expect(debt?.question.nl).toMatch(/voor de mensen voor wie hij of zij klusjes doet/);
    expect(debt?.parentQuestion?.nl).toMatch(/aan de mensen voor wie het klusjes doet/);
  });

  it('never say "misbruik" to a parent for someone taking advantage of a child', () => {
    for (const entry of entries)
      if (entry.kind !== 'risk-factor') expect(entry.texts.parentQuestion?.nl ?? '', entry.id).not.toMatch(/misbruik/i);
  });
});
