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
  lay: {
    parent: {
      seen: ({ labels }) => `What you see in your child: ${words.list(labels)}.`,
      maybe: ({ labels }) => `Maybe, but you are not sure: ${words.list(labels)}.`,
      meaning: {
        none: 'You see nothing that suggests someone is using your child. Children often do not tell about this by themselves: keep talking with your child.',
        attention: 'This may have an ordinary reason. Keep watching and keep talking with your child.',
        concern:
          'This may mean that someone is using your child or putting pressure on them. Ask for advice; you do not need to be sure that something is wrong.',
        suspicion: 'Together this may mean that someone is using your child for criminal jobs. Ask for advice today.',
        acute: 'Your child may be in danger now. Is life or safety in danger now? Call 112.',
      },
      ordinaryExplanations: 'Each of these things can also have an ordinary explanation.',
      circumstances: ({ labels }) =>
        `You also mentioned circumstances: ${words.list(labels)}. They can make a child more vulnerable, but they do not say that someone is using your child.`,
      ageUnknown: 'You do not know how old your child is. So we assume a child under 18.',
      startedAsMinor: (adultAge) =>
        `Your child is ${adultAge} or older, but it began when your child was younger. The contacts below fit the age your child is now.`,
      youngAdult: (adultAge) => `Your child is ${adultAge} or older. So the steps and contacts below are about adults.`,
      gaps: (level, { labels }) =>
        `Do you not know this yet? If any of these things is so, the outcome becomes ‘${level}’: ${words.list(labels)}.`,
      moreGaps: (count) => `${words.count(count, 'other question', 'other questions')} could change the outcome too.`,
      closing:
        'This outcome is an aid, not a judgement about your child. Talk about what you see with someone who knows about it, for example one of the contacts below.',
    },
    'young-person': {
      seen: ({ labels }) => `What you tell us: ${words.list(labels)}.`,
      maybe: ({ labels }) => `Maybe, you are not sure: ${words.list(labels)}.`,
      meaning: {
        none: 'Your answers do not show that someone is using you. Still unsure? Talk about it with someone you trust.',
        attention: 'This may have an ordinary reason. Unsure? Talk about it with someone you trust.',
        concern:
          'This may mean that someone is using you or putting pressure on you. Talk about it: you do not have to solve it alone.',
        suspicion:
          'This may mean that someone is using you to do things that are not allowed. That is not your fault. Talk about it: you do not have to solve it alone.',
        acute: 'Are you in danger right now? Call 112.',
      },
      ordinaryExplanations: 'Each of these things can also have an ordinary reason.',
      circumstances: ({ labels }) =>
        `You also mentioned: ${words.list(labels)}. That says something about your situation, not that someone is using you.`,
      ageUnknown: 'You did not give your age. So we assume you are under 18.',
      startedAsMinor: (adultAge) =>
        `You are ${adultAge} or older, but it began when you were younger. The contacts below fit the age you are now.`,
      youngAdult: (adultAge) => `You are ${adultAge} or older. The contacts below are there for your age.`,
      // A young person is not asked to find more out: the questions they skipped stay skipped.
      gaps: undefined,
      moreGaps: undefined,
      closing:
        'This is not a judgement about you, and it is never your fault. Talk about it with someone you trust or with one of the contacts below.',
    },
  },
};
