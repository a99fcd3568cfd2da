import type { Evidence, NextStep, Rule, Ruleset, Signal, Strength } from '../../src/index.js';

const text = (word: string) => ({ nl: `${word} (nl)`, en: `${word} (en)` });
const SINCE = '2020-01-01';
const LEVELS = ['none', 'attention', 'concern', 'suspicion', 'acute'] as const;
const ALL = ['professional', 'parent', 'young-person'] as const;

/** A signal of a synthetic ruleset: texts and sources are filler, only kind, dimension, evidence and strength matter. */
export function signal(id: string, dimension: string, strength: Strength, evidence: Evidence | 'acute'): Signal {
  const base = {
    id,
    dimension,
    strength: [{ since: SINCE, value: strength, sourceIds: ['SRC'] }],
    texts: { label: text(id), question: text(`${id}?`), examples: [text(`${id} example`)] },
    sourceIds: ['SRC'],
  };
  return evidence === 'acute' ? { ...base, kind: 'acute' } : { ...base, kind: 'signal', evidence };
}

const rule = (r: Omit<Rule, 'sourceIds' | 'explanation'>): Rule => ({
  explanation: text(r.reason),
  sourceIds: ['SRC'],
  ...r,
});
const step = (s: Omit<NextStep, 'title' | 'body' | 'sourceIds' | 'contactIds'> & Partial<NextStep>): NextStep => ({
  title: text(s.id),
  body: text(s.id),
  contactIds: [],
  sourceIds: ['SRC'],
  ...s,
});

/**
 * A tiny ruleset that knows nothing of the real catalogue: two dimensions (`a`, `b`), direct and
 * indirect signals of every strength in `a`, a direct and an indirect one in `b`, one acute signal
 * and two risk factors. Engine tests build on it, so content edits to the national catalogue never
 * break them.
 */
export function syntheticRuleset(overrides: Partial<Ruleset> = {}): Ruleset {
  const parameter = (id: string, value: number, since = SINCE) => ({
    id,
    label: text(id),
    rationale: text(id),
    values: [{ since, value, sourceIds: ['SRC'] }],
  });
  return {
    id: 'synthetic',
    version: '0.1.0',
    reviewedOn: '2026-01-01',
    name: text('synthetic'),
    sources: [{ id: 'SRC', title: 'Source', publisher: 'Test', year: 2020, about: text('source') }],
    dimensions: ['a', 'b'].map((id) => ({
      id,
      label: text(id),
      question: text(id),
      legalElement: text(id),
      sourceIds: ['SRC'],
    })),
    signals: [
      signal('a-strong', 'a', 'strong', 'direct'),
      signal('a-medium', 'a', 'medium', 'direct'),
      signal('a-hint', 'a', 'medium', 'indirect'),
      signal('a-weak', 'a', 'weak', 'indirect'),
      signal('b-direct', 'b', 'medium', 'direct'),
      signal('b-medium', 'b', 'medium', 'indirect'),
      signal('danger', 'b', 'strong', 'acute'),
    ],
    riskFactors: ['r-one', 'r-two'].map((id) => ({
      id,
      kind: 'risk-factor' as const,
      dimension: 'vulnerability' as const,
      texts: { label: text(id), question: text(id), examples: [text(id)] },
      sourceIds: ['SRC'],
    })),
    parameters: [
      parameter('w-weak', 1),
      parameter('w-medium', 2),
      parameter('w-strong', 3),
      parameter('f-possible', 0.5),
      parameter('f-clear', 1),
      parameter('indicated', 2),
      parameter('adult', 18),
      parameter('five', 5),
    ],
    scoring: {
      weights: { weak: 'w-weak', medium: 'w-medium', strong: 'w-strong' },
      factors: { possible: 'f-possible', clear: 'f-clear' },
      indicated: 'indicated',
      adultAge: 'adult',
    },
    rules: [
      rule({
        id: 'acute',
        level: 'acute',
        reason: 'acute',
        when: [{ type: 'count', select: { kinds: ['acute'] }, answer: 'observed' }],
      }),
      rule({
        id: 'minor-a-and-b',
        level: 'suspicion',
        reason: 'minor',
        ageGroups: ['minor'],
        when: [
          { type: 'indicated', dimensions: ['a'], direct: true },
          { type: 'indicated', dimensions: ['b'] },
        ],
      }),
      rule({
        id: 'adult-a-and-b-direct',
        level: 'suspicion',
        reason: 'adult',
        ageGroups: ['young-adult'],
        when: [
          { type: 'indicated', dimensions: ['a'], direct: true },
          { type: 'indicated', dimensions: ['b'], direct: true },
        ],
      }),
      rule({
        id: 'heavy',
        level: 'concern',
        reason: 'heavy',
        when: [{ type: 'score', select: { kinds: ['signal'] }, min: 'five' }],
      }),
      rule({
        id: 'any-signal',
        level: 'attention',
        reason: 'signal',
        when: [{ type: 'count', select: { kinds: ['signal'] }, answer: 'observed' }],
      }),
    ],
    nextSteps: [
      ...LEVELS.map((level) =>
        step({ id: `step-${level}`, levels: [level], audiences: [...ALL], order: 10, contactIds: ['hotline'] }),
      ),
      step({ id: 'step-minor', levels: ['suspicion'], ages: { max: 17 }, audiences: [...ALL], order: 11 }),
      step({
        id: 'step-danger',
        levels: [],
        triggers: [{ observed: { ids: ['danger'] } }],
        leads: true,
        audiences: [...ALL],
        order: 5,
        contactIds: ['kids-line'],
      }),
      step({
        id: 'step-risk',
        levels: [],
        triggers: [{ observed: { kinds: ['risk-factor'] }, levels: ['none'] }],
        audiences: ['professional'],
        order: 12,
      }),
    ],
    contacts: [
      {
        id: 'hotline',
        scope: 'national',
        name: text('hotline'),
        phone: '112',
        hours: text('always'),
        purpose: text('help'),
        alwaysShown: true,
        confirmed: true,
        checkedOn: '2026-01-01',
        protected: true,
      },
      {
        id: 'kids-line',
        scope: 'national',
        name: text('kids'),
        phone: '0800-1111',
        hours: text('days'),
        purpose: text('children'),
        ages: { min: 8, max: 17 },
        confirmed: true,
        checkedOn: '2026-01-01',
      },
      {
        id: 'unsure',
        scope: 'national',
        name: text('unsure'),
        phone: '0800-2222',
        hours: text('?'),
        purpose: text('?'),
        confirmed: false,
        checkedOn: '2026-01-01',
      },
      {
        id: 'town-desk',
        scope: 'local',
        municipality: 'town',
        name: text('desk'),
        url: 'https://town.example',
        hours: text('office'),
        purpose: text('local'),
        audiences: ['professional'],
        confirmed: true,
        checkedOn: '2026-01-01',
      },
      {
        id: 'town-nowhere',
        scope: 'local',
        municipality: 'town',
        name: text('nowhere'),
        hours: text('office'),
        purpose: text('unreachable'),
        confirmed: true,
        checkedOn: '2026-01-01',
      },
    ],
    municipalities: [{ id: 'town', name: 'Town', sourceIds: ['SRC'] }],
    ...overrides,
  };
}
