import { Engine } from 'json-rules-engine';

const LEVELS = ['none', 'attention', 'concern', 'suspicion', 'acute'];
const STRENGTHS = ['weak', 'medium', 'strong'];

/**
 * The default ruleset's rules encoded for json-rules-engine, the peer the benchmark measures
 * against. Facts derive weights, counts and indicated dimensions from the raw observations, as the
 * engine does; each rule fires an event whose priority is its level.
 */
export function jsonRulesEngineFor(ruleset) {
  const valueOf = (id) => ruleset.parameters.find((p) => p.id === id).values.at(-1).value;
  const weights = Object.fromEntries(Object.entries(ruleset.scoring.weights).map(([k, id]) => [k, valueOf(id)]));
  const factors = Object.fromEntries(Object.entries(ruleset.scoring.factors).map(([k, id]) => [k, valueOf(id)]));
  const indicated = valueOf(ruleset.scoring.indicated);
  const adultAge = valueOf(ruleset.scoring.adultAge);
  const byId = new Map(ruleset.signals.map((e) => [e.id, e]));
  const strengthOf = (e) => e.strength.at(-1).value;
  const weightOf = (e, answer) => weights[strengthOf(e)] * factors[answer];
  const observed = (answer) => answer === 'clear' || answer === 'possible';
  const selects = (selector, e) =>
    (selector.kinds ?? ['signal', 'acute']).includes(e.kind) &&
    (!selector.dimensions || selector.dimensions.includes(e.dimension)) &&
    (!selector.ids || selector.ids.includes(e.id)) &&
    (!selector.evidence || (e.kind === 'signal' && e.evidence === selector.evidence)) &&
    (!selector.minStrength || STRENGTHS.indexOf(strengthOf(e)) >= STRENGTHS.indexOf(selector.minStrength));
  const signalsOf = (observations) =>
    Object.entries(observations).flatMap(([id, answer]) => (byId.has(id) ? [[byId.get(id), answer]] : []));

  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addFact('count', async (params, almanac) => {
    const observations = await almanac.factValue('observations');
    let count = 0;
    for (const [e, answer] of signalsOf(observations)) {
      const ok = params.answer === 'clear' ? answer === 'clear' : observed(answer);
      if (ok && selects(params.select, e)) count++;
    }
    return count;
  });
  engine.addFact('score', async (params, almanac) => {
    const observations = await almanac.factValue('observations');
    let score = 0;
    for (const [e, answer] of signalsOf(observations))
      if (observed(answer) && selects(params.select, e)) score += weightOf(e, answer);
    return score;
  });
  engine.addFact('indicated', async (params, almanac) => {
    const observations = await almanac.factValue('observations');
    let count = 0;
    for (const dimension of params.dimensions) {
      let score = 0;
      let direct = false;
      for (const [e, answer] of signalsOf(observations)) {
        if (e.dimension !== dimension || !observed(answer)) continue;
        score += weightOf(e, answer);
        if (e.kind === 'signal' && e.evidence === 'direct') direct = true;
      }
      if (score >= indicated && (!params.direct || direct)) count++;
    }
    return count;
  });
  engine.addFact('ageGroup', async (_params, almanac) => {
    const age = await almanac.factValue('age');
    const startedAsMinor = await almanac.factValue('startedAsMinor');
    return age !== 'unknown' && age >= adultAge && !startedAsMinor ? 'young-adult' : 'minor';
  });

  const condition = (c) => {
    const min = c.min ? valueOf(c.min) : 1;
    if (c.type === 'count')
      return {
        fact: 'count',
        params: { select: c.select, answer: c.answer },
        operator: 'greaterThanInclusive',
        value: min,
      };
    if (c.type === 'score')
      return { fact: 'score', params: { select: c.select }, operator: 'greaterThanInclusive', value: min };
    return {
      fact: 'indicated',
      params: { dimensions: c.dimensions, direct: c.direct === true },
      operator: 'greaterThanInclusive',
      value: min,
    };
  };
  for (const rule of ruleset.rules) {
    const all = rule.when.map(condition);
    if (rule.ageGroups) all.unshift({ fact: 'ageGroup', operator: 'in', value: rule.ageGroups });
    engine.addRule({ conditions: { all }, event: { type: rule.id, params: { level: LEVELS.indexOf(rule.level) } } });
  }

  return async (input) => {
    const { events } = await engine.run({
      observations: input.observations,
      age: input.age,
      startedAsMinor: input.startedAsMinor === true,
    });
    let rank = 0;
    for (const e of events) rank = Math.max(rank, e.params.level);
    return LEVELS[rank];
  };
}
