import { dateWith } from './format.js';
import type { Messages, Words } from './types.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const list = (items: string[], word: string) =>
  items.length < 2
    ? items.join('')
    : items.length === 2
      ? `${items[0]} ${word} ${items[1]}`
      : `${items.slice(0, -1).join(', ')}, ${word} ${items.at(-1)}`;

const words: Words = {
  levels: {
    professional: {
      none: 'No signals',
      attention: 'Attention',
      concern: 'Concern',
      suspicion: 'Suspicion of exploitation',
      acute: 'Acute danger',
    },
    parent: {
      none: 'No signals',
      attention: 'Keep watching',
      concern: 'Concern: ask for advice',
      suspicion: 'Serious concern: ask for advice today',
      acute: 'Acute danger',
    },
  },
  levelMeanings: {
    professional: {
      none: 'Nothing pointing to exploitation has been observed. Stay alert.',
      attention: 'Something to keep an eye on: write down what you see and look again in a few weeks.',
      concern: 'Signals to ask an expert for advice about.',
      suspicion: 'The elements of exploitation are plausibly present.',
      acute: 'Immediate danger: call 112 now.',
    },
    parent: {
      none: 'You see nothing now that points to exploitation.',
      attention: 'Keep watching and keep talking with your child.',
      concern: 'What you see is a reason to ask for advice.',
      suspicion: 'What you see may mean that someone is using your child. Ask for advice today.',
      acute: 'There is immediate danger: call 112.',
    },
    'young-person': {
      none: 'Thanks for filling this in. Still unsure? Talk about it with someone you trust.',
      attention: 'Thanks for filling this in. Still unsure? Talk about it with someone you trust.',
      concern:
        'What you tell us may mean that someone is using you or putting pressure on you. Talk about it: you do not have to solve it alone.',
      suspicion:
        'What you tell us may mean that someone is using you or putting pressure on you. Talk about it: you do not have to solve it alone.',
      acute: 'Are you in danger right now? Call 112.',
    },
  },
  youthResultHeading: 'Where you can talk',
  answers: { no: 'No', unknown: "Don't know", possible: 'Maybe', clear: 'Yes, clearly' },
  youthChoices: { yes: 'Yes', sometimes: 'Sometimes', unsure: "I'm not sure", no: 'No' },
  audiences: { professional: 'Professional', parent: 'Parent or concerned adult', 'young-person': 'Young person' },
  kinds: { signal: 'Signal', acute: 'Acute signal', 'risk-factor': 'Risk factor (context)' },
  strengths: { weak: 'weak', medium: 'medium', strong: 'strong' },
  evidence: { direct: 'direct evidence', indirect: 'indirect evidence' },
  evidenceMeaning: {
    direct: 'This describes an element of exploitation itself.',
    indirect:
      'This fits exploitation but often has an ordinary explanation. Indirect signals alone never make a suspicion of exploitation.',
  },
  contextDimension: 'Vulnerability: context, not evidence',
  number: (value) => String(value),
  date: dateWith(MONTHS),
  count: (value, one, other) => `${value} ${value === 1 ? one : other}`,
  list: (items) => list(items, 'and'),
  either: (items) => list(items, 'or'),
};

/** English: complete, and the language for readers of any language other than Dutch. */
export const en: Messages = {
  $code: 'en',
  words,
  issues: {
    invalidInput: (received) =>
      `The input must be an object with at least 'age' and 'observations'; received: ${received}.`,
    unreadableInput: () => 'The input could not be read. Give plain data (JSON), without getters or proxies.',
    unreadableRuleset: () => 'The ruleset could not be read or compiled. Check it with validateRuleset.',
    invalidAge: (received, min, max) =>
      `'age' must be a whole number from ${min} to ${max}, or 'unknown'; received: ${received}.`,
    invalidBoolean: (field, received) => `'${field}' must be true or false; received: ${received}.`,
    invalidStartedAsMinor: (received) => `'startedAsMinor' must be true or false; received: ${received}.`,
    invalidObservations: (received) =>
      `'observations' must be an object with an answer per signal id; received: ${received}.`,
    tooManyObservations: (count, max) => `'observations' has ${count} ids; at most ${max} can be read.`,
    unknownSignal: (id, suggestion) =>
      `'${id}' is not a known signal or risk factor.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
    invalidAnswer: (id, received, allowed) => `The answer for '${id}' must be ${allowed}; received: ${received}.`,
    invalidAudience: (received, allowed) => `'audience' must be ${allowed}; received: ${received}.`,
    invalidMunicipality: (received) => `'municipality' must be the id of a municipality (text); received: ${received}.`,
    invalidDate: (field, received) => `'${field}' must be a date as YYYY-MM-DD; received: ${received}.`,
    asOfTooEarly: (received, earliest) =>
      `'asOf' ${received} is before the first date of these rules (${earliest}); choose ${earliest} or later.`,
    unknownField: (field, allowed) => `'${field}' is not a field of the input; allowed are ${allowed}.`,
  },
  warnings: {
    unknownMunicipality: (received, suggestion) =>
      `Municipality ${received} is not known in these rules: the result shows national contacts only.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
  },
  findings: {
    dimensionIndicated: (dimension, score, threshold, { labels }) =>
      `The dimension ‘${dimension}’ is indicated (score ${score}, threshold ${threshold}) by ${words.list(labels)}.`,
    indirectOnly: () =>
      'Every signal given is indirect: it fits exploitation but often has an ordinary explanation. Indirect signals alone never make a suspicion of exploitation.',
    riskFactorsPresent: ({ labels }) =>
      `Risk factors (context, not evidence; they do not change the outcome): ${words.list(labels)}.`,
    riskFactorsOnly: () =>
      'Only risk factors were given, no signals. Risk factors say something about vulnerability, not about exploitation.',
    ageUnknownTreatedAsMinor: () =>
      'The age is unknown. The rules for minors were applied, because they protect the young person best.',
    startedAsMinor: (adultAge) =>
      `The exploitation began before the age of ${adultAge}. So the rules for minors were applied; the contacts follow the real age.`,
    youngAdultRule: (adultAge) =>
      `The young person is ${adultAge} or older. A suspicion of exploitation then also needs a direct sign of a means, such as a debt, threats or someone abusing a vulnerable position.`,
    nothingObserved: () => 'Nothing was observed. Stay alert: victims rarely come forward themselves.',
    ruleObserved: (observed, possible) =>
      [
        observed.labels.length > 0 ? `Observed: ${words.list(observed.labels)}.` : '',
        possible.labels.length > 0 ? `Maybe: ${words.list(possible.labels)}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    gaps: (level, { labels }) =>
      `If any of these turns out to be clear, the outcome becomes ‘${level}’: ${words.list(labels)}.`,
    moreGaps: (count) =>
      `${words.count(count, 'other unknown signal', 'other unknown signals')} could change the outcome too.`,
    supportsJudgement:
      'This outcome supports your professional judgement and consultation; it does not replace them. It says nothing about who the young person is.',
  },
};
