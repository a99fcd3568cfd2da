import type { Messages } from './types.js';

/** English: complete, and the fallback for any language other than Dutch. */
export const en: Messages = {
  $code: 'en',
  levels: {
    none: 'No signals',
    attention: 'Attention',
    concern: 'Concern',
    suspicion: 'Suspicion of exploitation',
    acute: 'Acute danger',
  },
  list: (items) =>
    items.length < 2
      ? items.join('')
      : items.length === 2
        ? `${items[0]} and ${items[1]}`
        : `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`,
  either: (items) =>
    items.length < 2
      ? items.join('')
      : items.length === 2
        ? `${items[0]} or ${items[1]}`
        : `${items.slice(0, -1).join(', ')}, or ${items.at(-1)}`,
  issues: {
    invalidInput: (received) =>
      `The input must be an object with at least 'age' and 'observations'; received: ${received}.`,
    invalidAge: (received, min, max) =>
      `'age' must be a whole number from ${min} to ${max}, or 'unknown'; received: ${received}.`,
    invalidObservations: (received) =>
      `'observations' must be an object with an answer per signal id; received: ${received}.`,
    unknownSignal: (id, suggestion) =>
      `'${id}' is not a known signal or risk factor.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
    invalidAnswer: (id, received, allowed) => `The answer for '${id}' must be ${allowed}; received: ${received}.`,
    invalidAudience: (received, allowed) => `'audience' must be ${allowed}; received: ${received}.`,
    unknownMunicipality: (received, suggestion) =>
      `'municipality' ${received} is not a known municipality.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
    invalidDate: (field, received) => `'${field}' must be a date as YYYY-MM-DD; received: ${received}.`,
    asOfTooEarly: (received, earliest) =>
      `'asOf' ${received} is before the first date of these rules (${earliest}); choose ${earliest} or later.`,
    unknownField: (field) =>
      `'${field}' is not a field of the input; allowed are 'age', 'observations', 'audience', 'municipality' and 'asOf'.`,
  },
  findings: {
    dimensionIndicated: (dimension, score, threshold, { labels }) =>
      `The dimension ‘${dimension}’ is indicated (score ${score}, threshold ${threshold}) by ${en.list(labels)}.`,
    riskFactorsPresent: ({ labels }) => `Risk factors (context, not evidence): ${en.list(labels)}.`,
    riskFactorsOnly: () =>
      'Only risk factors were given, no signals. Risk factors say something about vulnerability, not about exploitation.',
    ageUnknownTreatedAsMinor: () =>
      'The age is unknown. The rules for minors were applied, because they protect the young person best.',
    youngAdultRule: (adultAge) =>
      `The young person is ${adultAge} or older. A suspicion of exploitation then also needs signs of coercion or control.`,
    nothingObserved: () => 'Nothing was observed. Stay alert: victims rarely come forward themselves.',
    ruleObserved: ({ labels }) => `Observed: ${en.list(labels)}.`,
    gaps: (level, { labels }) =>
      `If any of these turns out to be clear, the level becomes ‘${level}’: ${en.list(labels)}.`,
    supportsJudgement: () =>
      'This outcome supports your professional judgement and consultation; it does not replace them. It says nothing about who the young person is.',
  },
};
