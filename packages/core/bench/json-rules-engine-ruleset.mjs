import { Engine } from 'json-rules-engine';

const LEVELS = ['none', 'attention', 'concern', 'suspicion', 'acute'];

/**
 * The default ruleset's rules encoded for json-rules-engine, the peer the benchmark measures
 * against. Facts derive scores and counts from the raw observations, as the engine does; each
 * rule fires an event whose priority is its level.
 */
export function jsonRulesEngineFor(ruleset) {
  const valueOf = (id) => ruleset.parameters.find((p) => p.id === id).values.at(-1).value;
  const weights = Object.fromEntries(Object.entries(ruleset.scoring.weights).map(([k, id]) => [k, valueOf(id)]));
  const factors = Object.fromEntries(Object.entries(ruleset.scoring.factors).map(([k, id]) => [k, valueOf(id)]));
  const indicated = valueOf(ruleset.scoring.indicated);
  const adultAge = valueOf(ruleset.scoring.adultAge);
  const entries = [...ruleset.signals, ...ruleset.riskFactors];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const strengthOf = (e) => (e.kind === 'risk-factor' ? undefined : e.strength.at(-1).value);
  const STRENGTHS = ['weak', 'medium', 'strong'];
  const selects = (selector, e) =>
    (!selector.kinds || selector.kinds.includes(e.kind)) &&
    (!selector.dimensions || selector.dimensions.includes(e.dimension)) &&
    (!selector.minStrength ||
      (strengthOf(e) && STRENGTHS.indexOf(strengthOf(e)) >= STRENGTHS.indexOf(selector.minStrength)));

  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addFact('score', async (params, almanac) => {
    const observations = await almanac.factValue('observations');
    let score = 0;
    for (const [id, answer] of Object.entries(observations)) {
      const e = byId.get(id);
      if (e.kind === 'risk-factor' || e.dimension !== params.dimension) continue;
      if (answer === 'clear' || answer === 'possible') score += weights[strengthOf(e)] * factors[answer];
    }
    return score;
  });
  engine.addFact('count', async (params, almanac) => {
    const observations = await almanac.factValue('observations');
    let count = 0;
    for (const [id, answer] of Object.entries(observations)) {
      const ok = params.answer === 'clear' ? answer === 'clear' : answer === 'clear' || answer === 'possible';
      if (ok && selects(params.select, byId.get(id))) count++;
    }
    return count;
  });
  engine.addFact('ageGroup', async (_params, almanac) => {
    const age = await almanac.factValue('age');
    return age !== 'unknown' && age >= adultAge ? 'young-adult' : 'minor';
  });

  const countCondition = (c) => ({
    fact: 'count',
    params: { select: c.select, answer: c.answer },
    operator: 'greaterThanInclusive',
    value: c.min ? valueOf(c.min) : 1,
  });
  const indicatedCondition = (dimension) => ({
    fact: 'score',
    params: { dimension },
    operator: 'greaterThanInclusive',
    value: indicated,
  });
  const dims = ruleset.dimensions.map((d) => d.id);
  for (const rule of ruleset.rules) {
    let conditions;
    if (rule.type === 'count') conditions = { all: [countCondition(rule.when)] };
    if (rule.type === 'score')
      conditions = {
        any: (rule.dimensions ?? dims).map((d) => ({
          fact: 'score',
          params: { dimension: d },
          operator: 'greaterThanInclusive',
          value: valueOf(rule.min),
        })),
      };
    if (rule.type === 'indicated') {
      const all = [{ fact: 'ageGroup', operator: 'in', value: rule.ageGroups }, ...rule.all.map(indicatedCondition)];
      if (rule.any) {
        const anyMin = rule.anyMin ? valueOf(rule.anyMin) : 1;
        // "at least anyMin of these": every combination of that size, as json-rules-engine has no count over conditions.
        const combos = (items, k) =>
          k === 0 ? [[]] : items.flatMap((x, i) => combos(items.slice(i + 1), k - 1).map((rest) => [x, ...rest]));
        all.push({ any: combos(rule.any, anyMin).map((combo) => ({ all: combo.map(indicatedCondition) })) });
      }
      conditions = { all };
    }
    if (rule.type === 'raise') conditions = { all: rule.when.map(countCondition) };
    engine.addRule({
      conditions,
      event: {
        type: rule.id,
        params: {
          level: LEVELS.indexOf(rule.level),
          from: rule.type === 'raise' ? LEVELS.indexOf(rule.from) : undefined,
        },
      },
    });
  }

  return async (input) => {
    const { events } = await engine.run({ observations: input.observations, age: input.age });
    let rank = 0;
    for (const e of events) if (e.params.from === undefined) rank = Math.max(rank, e.params.level);
    for (const e of events)
      if (e.params.from !== undefined && rank >= e.params.from && rank < e.params.level) rank = e.params.level;
    return LEVELS[rank];
  };
}
