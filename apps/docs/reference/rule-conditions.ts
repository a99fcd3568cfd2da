import type { Locale, Rule } from '@anders-kijken/core';
import { dimensionLabel } from './catalogue-data.js';
import { referenceLabels } from './labels.js';
import { code } from './markdown.js';

type CountCondition = Extract<Rule, { type: 'count' }>['when'];

const words = {
  nl: {
    and: ' en ',
    or: ' of ',
    all: 'alle',
    kinds: { signal: 'signalen', acute: 'acute signalen', 'risk-factor': 'risicofactoren' },
    inDimensions: (d: string) => ` in ${d}`,
    atLeast: (s: string) => `, minstens ${s}`,
    observed: 'mogelijk of duidelijk waargenomen',
    clear: 'duidelijk waargenomen',
    count: (min: string, what: string, answer: string) => `minstens ${min} ${what} ${answer}`,
    score: (dims: string, min: string) => `de score van ${dims} is minstens ${min}`,
    anyDimension: 'een dimensie',
    indicated: (groups: string, all: string, any: string) =>
      `voor ${groups}: ${[all, any].filter(Boolean).join(', en ')}`,
    allIndicated: (d: string) => `${d} aannemelijk`,
    anyIndicated: (min: string, d: string) => `minstens ${min} van ${d} aannemelijk`,
    ageGroups: { minor: 'minderjarigen (en onbekende leeftijd)', 'young-adult': 'jongvolwassenen (18+)' },
    raise: (from: string, when: string) => `als andere regels "${from}" geven, en ${when}`,
  },
  en: {
    and: ' and ',
    or: ' or ',
    all: 'all',
    kinds: { signal: 'signals', acute: 'acute signals', 'risk-factor': 'risk factors' },
    inDimensions: (d: string) => ` in ${d}`,
    atLeast: (s: string) => `, at least ${s}`,
    observed: 'observed as possible or clear',
    clear: 'clearly observed',
    count: (min: string, what: string, answer: string) => `at least ${min} ${what} ${answer}`,
    score: (dims: string, min: string) => `the score of ${dims} is at least ${min}`,
    anyDimension: 'any dimension',
    indicated: (groups: string, all: string, any: string) =>
      `for ${groups}: ${[all, any].filter(Boolean).join(', and ')}`,
    allIndicated: (d: string) => `${d} indicated`,
    anyIndicated: (min: string, d: string) => `at least ${min} of ${d} indicated`,
    ageGroups: { minor: 'minors (and unknown age)', 'young-adult': 'young adults (18+)' },
    raise: (from: string, when: string) => `when other rules give "${from}", and ${when}`,
  },
} as const;

/** A parameter named by a rule, shown as its id so the parameter table below explains it. */
const parameter = (id: string | undefined): string => (id ? code(id) : '1');

const dimensions = (ids: readonly string[], locale: Locale, joiner: string): string =>
  ids.map((id) => dimensionLabel(id, locale)).join(joiner);

function countCondition(when: CountCondition, locale: Locale): string {
  const w = words[locale];
  const kinds = (when.select.kinds ?? ['signal', 'acute', 'risk-factor']).map((k) => w.kinds[k]).join(w.or);
  const where = when.select.dimensions ? w.inDimensions(dimensions(when.select.dimensions, locale, w.or)) : '';
  const strength = when.select.minStrength
    ? w.atLeast(referenceLabels[locale].strengthNames[when.select.minStrength])
    : '';
  return w.count(parameter(when.min), `${kinds}${where}${strength}`, w[when.answer]);
}

/**
 * A rule's condition in plain words, generated from its data so it can never drift from what the
 * engine does. Parameters appear by id; the parameter table gives their values and sources.
 */
export function describeCondition(rule: Rule, locale: Locale): string {
  const w = words[locale];
  switch (rule.type) {
    case 'count':
      return countCondition(rule.when, locale);
    case 'score':
      return w.score(rule.dimensions ? dimensions(rule.dimensions, locale, w.or) : w.anyDimension, parameter(rule.min));
    case 'indicated': {
      const groups = rule.ageGroups.map((g) => w.ageGroups[g]).join(w.or);
      const all = rule.all.length ? w.allIndicated(dimensions(rule.all, locale, w.and)) : '';
      const any = rule.any ? w.anyIndicated(parameter(rule.anyMin), dimensions(rule.any, locale, w.or)) : '';
      return w.indicated(groups, all, any);
    }
    case 'raise':
      return w.raise(rule.from, rule.when.map((c) => countCondition(c, locale)).join(w.and));
  }
}
