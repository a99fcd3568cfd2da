import { wordsFor, type Condition, type EntrySelector, type Locale, type Rule } from '@anders-kijken/core';
import { dimensionLabel, entryLabel } from './catalogue-data.js';
import { code, text } from './markdown.js';

const words = {
  nl: {
    kinds: { signal: 'signalen', acute: 'acute signalen', 'risk-factor': 'risicofactoren' },
    signals: 'signalen',
    inDimensions: (d: string) => ` van ${d}`,
    atLeast: (s: string) => ` (minstens ${s})`,
    evidence: { direct: 'directe', indirect: 'indirecte' },
    among: (labels: string) => ` uit ${labels}`,
    observed: 'waargenomen als "misschien" of "ja, duidelijk"',
    clear: 'beantwoord met "ja, duidelijk"',
    count: (min: string, what: string, answer: string, named: boolean) =>
      named
        ? `${what} is ${answer}`
        : min === '1'
          ? `minstens één van de ${what} is ${answer}`
          : `minstens ${min} ${what} zijn ${answer}`,
    score: (what: string, min: string) => `de waargenomen ${what} wegen samen minstens ${min}`,
    indicated: (min: string, dims: string, direct: boolean) =>
      `${min === '1' ? 'de dimensie' : `minstens ${min} dimensies uit`} ${dims} ${min === '1' ? 'is' : 'zijn'} aannemelijk${direct ? ' door de directe signalen alleen, waarvan minstens één duidelijk' : ''}`,
    alone: ', en verder is er geen enkel signaal waargenomen',
    ageGroups: { minor: 'minderjarigen (en onbekende leeftijd)', 'young-adult': 'jongvolwassenen (18+)' },
    forAges: (groups: string) => `voor ${groups}: `,
    and: '; en ',
  },
  en: {
    kinds: { signal: 'signals', acute: 'acute signals', 'risk-factor': 'risk factors' },
    signals: 'signals',
    inDimensions: (d: string) => ` of ${d}`,
    atLeast: (s: string) => ` (at least ${s})`,
    evidence: { direct: 'direct', indirect: 'indirect' },
    among: (labels: string) => ` among ${labels}`,
    observed: 'observed as "possibly" or "yes, clearly"',
    clear: 'answered "yes, clearly"',
    count: (min: string, what: string, answer: string, named: boolean) =>
      named
        ? `${what} is ${answer}`
        : min === '1'
          ? `at least one of the ${what} is ${answer}`
          : `at least ${min} ${what} are ${answer}`,
    score: (what: string, min: string) => `the observed ${what} together weigh at least ${min}`,
    indicated: (min: string, dims: string, direct: boolean) =>
      `${min === '1' ? 'the dimension' : `at least ${min} dimensions of`} ${dims} ${min === '1' ? 'is' : 'are'} indicated${direct ? ' by its direct signals alone, at least one of them clear' : ''}`,
    alone: ', and no other signal at all is observed',
    ageGroups: { minor: 'minors (and unknown age)', 'young-adult': 'young adults (18+)' },
    forAges: (groups: string) => `for ${groups}: `,
    and: '; and ',
  },
} as const;

/** A parameter named by a rule, shown as its id so the parameter table below explains it. */
const parameter = (id: string | undefined): string => (id ? code(id) : '1');

/** Which entries a selector takes, in words: "direct signals of Criminal activity, at least medium". */
export function describeSelector(select: EntrySelector, locale: Locale): string {
  const w = words[locale];
  const m = wordsFor(locale);
  if (select.ids) return m.either(select.ids.map((id) => `‘${text(entryLabel(id, locale))}’`));
  const kinds = (select.kinds ?? ['signal', 'acute']).map((k) => w.kinds[k]);
  const noun = select.evidence ? `${w.evidence[select.evidence]} ${w.signals}` : m.either(kinds);
  const where = select.dimensions
    ? w.inDimensions(m.either(select.dimensions.map((d) => text(dimensionLabel(d, locale)))))
    : '';
  const strength = select.minStrength ? w.atLeast(m.strengths[select.minStrength]) : '';
  return `${noun}${where}${strength}`;
}

function describe(condition: Condition, locale: Locale): string {
  const w = words[locale];
  const m = wordsFor(locale);
  switch (condition.type) {
    case 'count':
      return (
        w.count(
          parameter(condition.min),
          describeSelector(condition.select, locale),
          w[condition.answer],
          condition.select.ids !== undefined && condition.min === undefined,
        ) + (condition.alone ? w.alone : '')
      );
    case 'score':
      return w.score(describeSelector(condition.select, locale), parameter(condition.min));
    case 'indicated':
      return w.indicated(
        parameter(condition.min),
        m.either(condition.dimensions.map((d) => text(dimensionLabel(d, locale)))),
        condition.direct === true,
      );
  }
}

/**
 * A rule's condition in plain words, generated from its data so it can never drift from what the
 * engine does. Parameters appear by id; the parameter table gives their values and sources.
 */
export function describeCondition(rule: Rule, locale: Locale): string {
  const w = words[locale];
  const ages = rule.ageGroups ? w.forAges(wordsFor(locale).list(rule.ageGroups.map((g) => w.ageGroups[g]))) : '';
  return ages + rule.when.map((condition) => describe(condition, locale)).join(w.and);
}
