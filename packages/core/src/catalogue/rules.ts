import type { Rule } from '../schema/rule.js';

/**
 * The rules of the default ruleset, after section 4 of the domain brief. The level is the highest
 * any rule gives; `raise` rules then lift a result, never past their own level.
 */
export const rules: Rule[] = [
  {
    id: 'acute-override',
    type: 'count',
    level: 'acute',
    reason: 'acute_signal',
    explanation: {
      nl: 'Er is een teken van direct gevaar. Veiligheid gaat nu voor alles.',
      en: 'There is a sign of immediate danger. Safety comes first now.',
    },
    when: { select: { kinds: ['acute'] }, answer: 'observed' },
    sourceIds: ['MELDCODE', 'HO-CL'],
  },
  {
    id: 'minor-activity-and-other-element',
    type: 'indicated',
    level: 'suspicion',
    reason: 'minor_activity_with_other_element',
    explanation: {
      nl: 'De jongere is minderjarig en er zijn aanwijzingen voor crimineel werk voor anderen, samen met werving, dwang of schade. Bij minderjarigen is geen dwang nodig voor uitbuiting: dit is een vermoeden van criminele uitbuiting.',
      en: 'The young person is a minor and there are signs of criminal work for others together with recruitment, coercion or harm. For minors no coercion is needed for exploitation: this is a suspicion of criminal exploitation.',
    },
    ageGroups: ['minor'],
    all: ['activity'],
    any: ['recruitment', 'control', 'harm'],
    sourceIds: ['SR-273F', 'PALERMO', 'ILO-2009'],
  },
  {
    id: 'young-adult-activity-and-control',
    type: 'indicated',
    level: 'suspicion',
    reason: 'young_adult_activity_with_control',
    explanation: {
      nl: 'De jongere is 18 of ouder en er zijn aanwijzingen voor crimineel werk voor anderen én voor dwang of controle. Dat maakt een vermoeden van criminele uitbuiting.',
      en: 'The young person is 18 or older and there are signs of criminal work for others and of coercion or control. That makes a suspicion of criminal exploitation.',
    },
    ageGroups: ['young-adult'],
    all: ['activity', 'control'],
    sourceIds: ['SR-273F', 'ILO-2009'],
  },
  {
    id: 'clear-strong-signal',
    type: 'count',
    level: 'concern',
    reason: 'clear_strong_signal',
    explanation: {
      nl: 'Er is een sterk signaal duidelijk waargenomen. Dat vraagt om de blik van een deskundige.',
      en: "A strong signal has been clearly observed. That calls for an expert's view.",
    },
    when: { select: { kinds: ['signal'], minStrength: 'strong' }, answer: 'clear' },
    sourceIds: ['ILO-2009'],
  },
  {
    id: 'strong-evidence-in-dimension',
    type: 'score',
    level: 'concern',
    reason: 'strong_evidence_in_dimension',
    explanation: {
      nl: 'In één dimensie komen meerdere signalen samen. Dat vraagt om de blik van een deskundige.',
      en: "Several signals come together in one dimension. That calls for an expert's view.",
    },
    min: 'strong-evidence-threshold',
    sourceIds: ['ILO-2009', 'HO-CL'],
  },
  {
    id: 'several-dimensions-indicated',
    type: 'indicated',
    level: 'concern',
    reason: 'several_dimensions_indicated',
    explanation: {
      nl: 'Er zijn aanwijzingen in meer dan één dimensie. Dat vraagt om de blik van een deskundige.',
      en: "There are signs in more than one dimension. That calls for an expert's view.",
    },
    ageGroups: ['minor', 'young-adult'],
    all: [],
    any: ['activity', 'recruitment', 'control', 'harm'],
    anyMin: 'dimensions-for-concern',
    sourceIds: ['ILO-2009'],
  },
  {
    id: 'signal-observed',
    type: 'count',
    level: 'attention',
    reason: 'signal_observed',
    explanation: {
      nl: 'Er is minstens één signaal waargenomen. Houd het in de gaten en bespreek het.',
      en: 'At least one signal has been observed. Keep an eye on it and discuss it.',
    },
    when: { select: { kinds: ['signal'] }, answer: 'observed' },
    sourceIds: ['HO-CL', 'CSE-IT'],
  },
  {
    id: 'several-risk-factors',
    type: 'count',
    level: 'attention',
    reason: 'several_risk_factors',
    explanation: {
      nl: 'Er spelen meerdere risicofactoren. Dat zijn omstandigheden, geen bewijs: ze maken het verstandig om alert te zijn.',
      en: 'Several risk factors are present. These are circumstances, not evidence: they make it wise to be alert.',
    },
    when: { select: { kinds: ['risk-factor'] }, answer: 'observed', min: 'risk-factor-attention-count' },
    sourceIds: ['MST-2022', 'JENV-2022'],
  },
  {
    id: 'risk-factors-with-clear-signal',
    type: 'raise',
    level: 'concern',
    from: 'attention',
    reason: 'risk_factors_with_clear_signal',
    explanation: {
      nl: 'Er is een duidelijk signaal waargenomen bij een jongere met risicofactoren. Samen is dat reden om advies te vragen. Risicofactoren alleen zijn nooit bewijs.',
      en: 'A clear signal has been observed in a young person with risk factors. Together that is reason to seek advice. Risk factors alone are never evidence.',
    },
    when: [
      { select: { kinds: ['signal'], minStrength: 'medium' }, answer: 'clear' },
      { select: { kinds: ['risk-factor'] }, answer: 'observed' },
    ],
    sourceIds: ['JENV-2022', 'MST-2022'],
  },
];
