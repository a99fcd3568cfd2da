import type { Rule } from '../schema/rule.js';

/**
 * The rules of the national ruleset, after section 4 of the domain brief (model v2.1). The level is
 * the highest any rule gives; among rules of one level the first that matches decides. No rule
 * counts risk factors: they never change the level.
 */
export const rules: Rule[] = [
  {
    // Before the acute override, so it decides when suicide talk is all there is (rule 8).
    id: 'suicide-talk-only',
    level: 'acute',
    reason: 'suicide_talk_only',
    explanation: {
      nl: 'Er is gesproken over zelfmoord, en verder is er niets aangegeven. Dit resultaat gaat daarom over hulp bij gedachten aan zelfmoord, niet over uitbuiting.',
      en: 'Suicide was talked about, and nothing else was answered. This result is therefore about help with thoughts of suicide, not about exploitation.',
    },
    heading: {
      professional: {
        nl: 'Praat er vandaag over met 113; bel 112 als het leven nu in gevaar is',
        en: 'Talk to 113 about it today; call 112 if a life is in danger now',
      },
      parent: {
        nl: 'Praat er vandaag over met 113; bel 112 als het leven nu in gevaar is',
        en: 'Talk to 113 about it today; call 112 if a life is in danger now',
      },
      'young-person': { nl: 'Praat er nu over met 113', en: 'Talk to 113 about it now' },
    },
    route: 'suicide',
    when: [{ type: 'count', select: { ids: ['acute-suicide-risk'] }, answer: 'observed', alone: true }],
    sourceIds: ['113-SUICIDE', 'AK-CALIBRATION'],
  },
  {
    id: 'acute-override',
    level: 'acute',
    reason: 'acute_signal',
    explanation: {
      nl: 'Er is een teken van direct gevaar. Veiligheid gaat nu voor alles.',
      en: 'There is a sign of immediate danger. Safety comes first now.',
    },
    // A young person sees no level name; in danger, what to do comes first.
    heading: { 'young-person': { nl: 'Ben je in gevaar? Bel nu 112', en: 'Are you in danger? Call 112 now' } },
    when: [{ type: 'count', select: { kinds: ['acute'] }, answer: 'observed' }],
    sourceIds: ['AK-CALIBRATION', 'MELDCODE'],
  },
  {
    id: 'minor-activity-and-other-element',
    level: 'suspicion',
    reason: 'minor_activity_with_other_element',
    explanation: {
      nl: 'De jongere is minderjarig. Directe signalen van crimineel werk voor anderen, waarvan minstens één duidelijk, gaan samen met aanwijzingen voor werving, dwang of uitbuitende omstandigheden. Bij minderjarigen is geen dwangmiddel nodig: dit is een vermoeden van criminele uitbuiting.',
      en: 'The young person is a minor. Direct signs of criminal work for others, at least one of them clear, come together with signs of recruitment, coercion or exploitative conditions. For minors no means of coercion is needed: this is a suspicion of criminal exploitation.',
    },
    ageGroups: ['minor'],
    when: [
      { type: 'indicated', dimensions: ['activity'], direct: true },
      { type: 'indicated', dimensions: ['recruitment', 'control', 'harm'] },
    ],
    sourceIds: ['AK-CALIBRATION', 'SR-273F', 'PALERMO'],
  },
  {
    id: 'young-adult-activity-and-means',
    level: 'suspicion',
    reason: 'young_adult_activity_with_means',
    explanation: {
      nl: 'De jongere is 18 of ouder. Directe signalen van crimineel werk voor anderen én directe signalen van een dwangmiddel (zoals een schuld, bedreiging, misleiding of misbruik van een kwetsbare positie), elk met minstens één duidelijk signaal. Dat maakt een vermoeden van criminele uitbuiting.',
      en: 'The young person is 18 or older. Direct signs of criminal work for others and direct signs of a means (such as a debt, threats, deceit or abuse of a vulnerable position), each with at least one clear sign. That makes a suspicion of criminal exploitation.',
    },
    ageGroups: ['young-adult'],
    when: [
      { type: 'indicated', dimensions: ['activity'], direct: true },
      { type: 'indicated', dimensions: ['control'], direct: true },
    ],
    sourceIds: ['AK-CALIBRATION', 'SR-273F'],
  },
  {
    id: 'disclosure-with-activity',
    level: 'suspicion',
    reason: 'disclosure_with_activity',
    explanation: {
      nl: 'De jongere vertelt zelf dat hij of zij gedwongen wordt of niet kan stoppen, en er is een direct signaal van crimineel werk. Dat is op elke leeftijd een vermoeden van uitbuiting.',
      en: 'The young person says they are forced or cannot stop, and there is a direct sign of criminal work. At any age, that is a suspicion of exploitation.',
    },
    when: [
      { type: 'count', select: { ids: ['control-disclosure', 'control-cannot-stop'] }, answer: 'clear' },
      { type: 'count', select: { dimensions: ['activity'], evidence: 'direct' }, answer: 'observed' },
    ],
    sourceIds: ['AK-CALIBRATION', 'SR-273F'],
  },
  {
    id: 'minor-sexual-exploitation',
    level: 'suspicion',
    reason: 'minor_sexual_exploitation',
    explanation: {
      nl: 'De jongere is minderjarig en er zijn duidelijke tekenen van seksuele uitbuiting. Dat is op zichzelf al mensenhandel: er is geen dwangmiddel voor nodig.',
      en: 'The young person is a minor and there are clear signs of sexual exploitation. That is trafficking in itself: no means of coercion is needed.',
    },
    ageGroups: ['minor'],
    when: [{ type: 'count', select: { ids: ['harm-sexual-exploitation'] }, answer: 'clear' }],
    sourceIds: ['AK-CALIBRATION', 'SR-273F'],
  },
  {
    id: 'minor-taken-or-housed',
    level: 'suspicion',
    reason: 'minor_taken_or_housed',
    explanation: {
      nl: 'De jongere is minderjarig en wordt duidelijk door anderen gebracht, verplaatst of ondergebracht om voor hen te werken. Daarin zitten de handeling (vervoeren, huisvesten) en het doel al samen: dit is een vermoeden van uitbuiting.',
      en: 'The young person is a minor and is clearly taken, moved or housed by others to work for them. That holds both the act (transporting, harbouring) and the purpose: this is a suspicion of exploitation.',
    },
    ageGroups: ['minor'],
    when: [{ type: 'count', select: { ids: ['recruit-housed-transported'] }, answer: 'clear' }],
    sourceIds: ['AK-CALIBRATION', 'SR-273F'],
  },
  {
    id: 'clear-direct-activity',
    level: 'concern',
    reason: 'clear_direct_activity',
    explanation: {
      nl: 'Er is een direct signaal van crimineel werk duidelijk waargenomen. Vraag een deskundige om advies.',
      en: 'A direct sign of criminal work has been clearly observed. Ask an expert for advice.',
    },
    when: [{ type: 'count', select: { dimensions: ['activity'], evidence: 'direct' }, answer: 'clear' }],
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'clear-strong-direct-signal',
    level: 'concern',
    reason: 'clear_strong_direct_signal',
    explanation: {
      nl: 'Er is een sterk direct signaal van werving, dwang of uitbuitende omstandigheden duidelijk waargenomen. Vraag een deskundige om advies.',
      en: 'A strong direct sign of recruitment, coercion or exploitative conditions has been clearly observed. Ask an expert for advice.',
    },
    when: [
      {
        type: 'count',
        select: { dimensions: ['recruitment', 'control', 'harm'], evidence: 'direct', minStrength: 'strong' },
        answer: 'clear',
      },
    ],
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'possible-strong-direct-signal',
    level: 'concern',
    reason: 'possible_strong_direct_signal',
    explanation: {
      nl: 'Er is een sterk direct signaal aangegeven, al is het maar als "misschien". Ook bij twijfel is dat reden om een deskundige om advies te vragen.',
      en: 'A strong direct sign has been given, even if only as "maybe". Even when unsure, that is reason to ask an expert for advice.',
    },
    when: [{ type: 'count', select: { evidence: 'direct', minStrength: 'strong' }, answer: 'observed' }],
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'substantial-evidence',
    level: 'concern',
    reason: 'substantial_evidence',
    explanation: {
      nl: 'De waargenomen signalen wegen samen zwaar genoeg om een deskundige om advies te vragen, ook als ze (nog) geen vermoeden van uitbuiting maken.',
      en: 'Together the observed signals weigh enough to ask an expert for advice, even if they do not (yet) make a suspicion of exploitation.',
    },
    when: [{ type: 'score', select: { kinds: ['signal'] }, min: 'substantial-threshold' }],
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'signal-observed',
    level: 'attention',
    reason: 'signal_observed',
    explanation: {
      nl: 'Er is minstens één signaal waargenomen. Houd het in de gaten, schrijf op wat je ziet en bespreek het.',
      en: 'At least one signal has been observed. Keep an eye on it, write down what you see and discuss it.',
    },
    when: [{ type: 'count', select: { kinds: ['signal'] }, answer: 'observed' }],
    sourceIds: ['AK-CALIBRATION'],
  },
];
