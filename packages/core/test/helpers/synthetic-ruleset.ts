import type { Rule, Ruleset, Signal, Strength } from '../../src/index.js';

const text = (word: string) => ({ nl: `${word} (nl)`, en: `${word} (en)` });
const SINCE = '2020-01-01';

/** A signal of a synthetic ruleset: texts and sources are filler, only kind, dimension and strength matter. */
export function signal(id: string, dimension: string, strength: Strength, kind: 'signal' | 'acute' = 'signal'): Signal {
  return {
    id,
    kind,
    dimension,
    strength: [{ since: SINCE, value: strength, sourceIds: ['SRC'] }],
    texts: { label: text(id), question: text(`${id}?`), examples: [text(`${id} example`)] },
    sourceIds: ['SRC'],
  };
}

const rule = (r: Omit<Rule, 'sourceIds' | 'explanation'> & Partial<Rule>): Rule =>
  ({ explanation: text(r.reason), sourceIds: ['SRC'], ...r }) as Rule;

/**
 * A tiny ruleset that knows nothing of the real catalogue: two dimensions (`a`, `b`), three
 * signals each of every strength in `a`, one in `b`, one acute signal and two risk factors.
 * Engine tests build on it, so content edits to the national catalogue never break them.
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
      signal('a-strong', 'a', 'strong'),
      signal('a-medium', 'a', 'medium'),
      signal('a-weak', 'a', 'weak'),
      signal('b-medium', 'b', 'medium'),
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
      parameter('two', 2),
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
        type: 'count',
        level: 'acute',
        reason: 'acute',
        when: { select: { kinds: ['acute'] }, answer: 'observed' },
      }),
      rule({
        id: 'minor-a-and-b',
        type: 'indicated',
        level: 'suspicion',
        reason: 'minor',
        ageGroups: ['minor'],
        all: ['a'],
        any: ['b'],
      }),
      rule({ id: 'b-score', type: 'score', level: 'concern', reason: 'score', min: 'two', dimensions: ['b'] }),
      rule({
        id: 'any-signal',
        type: 'count',
        level: 'attention',
        reason: 'signal',
        when: { select: { kinds: ['signal'] }, answer: 'observed' },
      }),
      rule({
        id: 'two-risks',
        type: 'count',
        level: 'attention',
        reason: 'risks',
        when: { select: { kinds: ['risk-factor'] }, answer: 'clear', min: 'two' },
      }),
      rule({
        id: 'raise-with-risk',
        type: 'raise',
        level: 'concern',
        from: 'attention',
        reason: 'raise',
        when: [
          { select: { kinds: ['signal'], minStrength: 'medium' }, answer: 'clear' },
          { select: { kinds: ['risk-factor'] }, answer: 'observed' },
        ],
      }),
    ],
    nextSteps: (['none', 'attention', 'concern', 'suspicion', 'acute'] as const).map((level) => ({
      id: `step-${level}`,
      levels: [level],
      audiences: ['professional', 'parent', 'young-person'],
      order: 1,
      title: text(level),
      body: text(level),
      contactIds: ['hotline'],
      sourceIds: ['SRC'],
    })),
    contacts: [
      {
        id: 'hotline',
        scope: 'national',
        name: text('hotline'),
        phone: '1',
        hours: text('always'),
        purpose: text('help'),
        confirmed: true,
        checkedOn: '2026-01-01',
        protected: true,
      },
      {
        id: 'unsure',
        scope: 'national',
        name: text('unsure'),
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
        hours: text('office'),
        purpose: text('local'),
        audiences: ['professional'],
        confirmed: true,
        checkedOn: '2026-01-01',
      },
    ],
    municipalities: [{ id: 'town', name: 'Town', sourceIds: ['SRC'] }],
    ...overrides,
  };
}
