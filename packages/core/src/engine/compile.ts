import { levelRank } from '../schema/vocabulary.js';
import type { Issue } from '../schema/assessment.js';
import type { DatedValue } from '../schema/dated.js';
import { AUDIENCES, LEVELS } from '../schema/vocabulary.js';
import type { CountCondition, Selector } from '../schema/rule.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { CatalogueEntry } from '../schema/signal.js';
import { STRENGTHS, type Strength } from '../schema/vocabulary.js';
import {
  ANSWER_CLEAR,
  ANSWER_POSSIBLE,
  KIND_ACUTE,
  KIND_RISK,
  KIND_SIGNAL,
  type CompiledCondition,
  type CompiledRule,
  type CompiledRuleset,
} from './compiled.js';
import { RulesetError } from './errors.js';
import { valueHash } from './hash.js';
import { earliestSince, entryAt, valueAt } from './value-at.js';

const KIND_CODES = { signal: KIND_SIGNAL, acute: KIND_ACUTE, 'risk-factor': KIND_RISK } as const;

const cache = new WeakMap<Ruleset, Map<string, CompiledRuleset>>();
const hashes = new WeakMap<Ruleset, string>();

/** The content hash of a ruleset, computed once per ruleset object. */
export function rulesetHash(ruleset: Ruleset): string {
  let hash = hashes.get(ruleset);
  if (hash === undefined) {
    hash = valueHash(ruleset);
    hashes.set(ruleset, hash);
  }
  return hash;
}

function issue(path: (string | number)[], code: string, nl: string, en: string): Issue {
  return { path, code, message: { nl, en } };
}

/**
 * Prepares a ruleset for evaluation at `asOf` (default: the newest values). Cached per ruleset
 * object and date, so rulesets must be treated as immutable once used.
 * @throws {RulesetError} when a parameter, dimension or strength the rules need has no value.
 */
export function compile(ruleset: Ruleset, asOf?: string): CompiledRuleset {
  let byDate = cache.get(ruleset);
  if (!byDate) {
    byDate = new Map();
    cache.set(ruleset, byDate);
  }
  const key = asOf ?? '';
  let compiled = byDate.get(key);
  if (!compiled) {
    compiled = build(ruleset, asOf);
    byDate.set(key, compiled);
  }
  return compiled;
}

function build(ruleset: Ruleset, asOf: string | undefined): CompiledRuleset {
  const problems: Issue[] = [];
  const inForce = (id: string) => {
    const found = ruleset.parameters.find((p) => p.id === id);
    return found && entryAt(found.values, asOf);
  };
  const parameter = (id: string, path: (string | number)[]): number => {
    const value = inForce(id)?.value;
    if (value === undefined) {
      problems.push(
        issue(
          path,
          'missing_parameter',
          `Parameter '${id}' heeft geen waarde op ${asOf ?? 'de nieuwste datum'}.`,
          `Parameter '${id}' has no value on ${asOf ?? 'the newest date'}.`,
        ),
      );
      return NaN;
    }
    return value;
  };

  const entries: CatalogueEntry[] = [...ruleset.signals, ...ruleset.riskFactors];
  const dims = ruleset.dimensions.map((d) => d.id);
  const weights: Record<Strength, number> = {
    weak: parameter(ruleset.scoring.weights.weak, ['scoring', 'weights', 'weak']),
    medium: parameter(ruleset.scoring.weights.medium, ['scoring', 'weights', 'medium']),
    strong: parameter(ruleset.scoring.weights.strong, ['scoring', 'weights', 'strong']),
  };
  const factorPossible = parameter(ruleset.scoring.factors.possible, ['scoring', 'factors', 'possible']);
  const factorClear = parameter(ruleset.scoring.factors.clear, ['scoring', 'factors', 'clear']);

  const n = entries.length;
  const kinds = new Uint8Array(n);
  const dimOf = new Int8Array(n).fill(-1);
  const strengthOf: (Strength | undefined)[] = [];
  const weightClear = new Float64Array(n);
  const weightPossible = new Float64Array(n);
  const index = new Map<string, number>();
  entries.forEach((entry, i) => {
    index.set(entry.id, i);
    kinds[i] = KIND_CODES[entry.kind];
    if (entry.kind === 'risk-factor') return;
    const dim = dims.indexOf(entry.dimension);
    if (dim < 0) {
      problems.push(
        issue(
          ['signals', i, 'dimension'],
          'unknown_dimension',
          `Dimensie '${entry.dimension}' van '${entry.id}' bestaat niet.`,
          `Dimension '${entry.dimension}' of '${entry.id}' does not exist.`,
        ),
      );
    }
    dimOf[i] = dim;
    const strength = valueAt(entry.strength as DatedValue<Strength>[], asOf);
    if (strength === undefined) {
      problems.push(
        issue(
          ['signals', i, 'strength'],
          'missing_strength',
          `'${entry.id}' heeft geen sterkte op ${asOf}.`,
          `'${entry.id}' has no strength on ${asOf}.`,
        ),
      );
    }
    strengthOf[i] = strength;
    weightClear[i] = strength ? weights[strength] * factorClear : 0;
    weightPossible[i] = strength ? weights[strength] * factorPossible : 0;
  });

  const conditions: CompiledCondition[] = [];
  const conditionsOf: number[][] = entries.map(() => []);
  const dimIndexes = (ids: readonly string[], path: (string | number)[]) =>
    ids.map((id, k) => {
      const d = dims.indexOf(id);
      if (d < 0)
        problems.push(
          issue(
            [...path, k],
            'unknown_dimension',
            `Dimensie '${id}' bestaat niet.`,
            `Dimension '${id}' does not exist.`,
          ),
        );
      return d;
    });
  const selects = (selector: Selector, i: number): boolean => {
    const entry = entries[i] as CatalogueEntry;
    if (selector.kinds && !selector.kinds.includes(entry.kind)) return false;
    if (selector.dimensions && !selector.dimensions.includes(entry.dimension)) return false;
    if (selector.minStrength) {
      const strength = strengthOf[i];
      if (!strength || STRENGTHS.indexOf(strength) < STRENGTHS.indexOf(selector.minStrength)) return false;
    }
    return true;
  };
  const addCondition = (condition: CountCondition, path: (string | number)[]): number => {
    const members = new Uint8Array(n);
    const id = conditions.length;
    for (let i = 0; i < n; i++) {
      if (!selects(condition.select, i)) continue;
      members[i] = 1;
      (conditionsOf[i] as number[]).push(id);
    }
    conditions.push({
      members,
      minAnswer: condition.answer === 'clear' ? ANSWER_CLEAR : ANSWER_POSSIBLE,
      min: condition.min === undefined ? 1 : parameter(condition.min, [...path, 'min']),
    });
    return id;
  };

  const rules: CompiledRule[] = [];
  const raises: CompiledRule[] = [];
  ruleset.rules.forEach((rule, r) => {
    const path = ['rules', r];
    const rank = levelRank(rule.level);
    switch (rule.type) {
      case 'count': {
        const condition = addCondition(rule.when, [...path, 'when']);
        rules.push({ rule, rank, type: 'count', condition, conditions: [condition] });
        break;
      }
      case 'score':
        rules.push({
          rule,
          rank,
          type: 'score',
          dims: rule.dimensions ? dimIndexes(rule.dimensions, [...path, 'dimensions']) : dims.map((_, d) => d),
          min: parameter(rule.min, [...path, 'min']),
        });
        break;
      case 'indicated':
        rules.push({
          rule,
          rank,
          type: 'indicated',
          ageGroups: rule.ageGroups,
          all: dimIndexes(rule.all, [...path, 'all']),
          any: dimIndexes(rule.any ?? [], [...path, 'any']),
          anyMin:
            rule.any === undefined ? 0 : rule.anyMin === undefined ? 1 : parameter(rule.anyMin, [...path, 'anyMin']),
        });
        break;
      case 'raise':
        raises.push({
          rule,
          rank,
          type: 'raise',
          fromRank: levelRank(rule.from),
          conditions: rule.when.map((condition, c) => addCondition(condition, [...path, 'when', c])),
        });
        break;
    }
  });
  const ordered = [...rules, ...raises].sort((a, b) => ruleset.rules.indexOf(a.rule) - ruleset.rules.indexOf(b.rule));
  // Highest level first, so evaluation can stop looking once nothing left could raise the level.
  rules.sort((a, b) => b.rank - a.rank);

  const indicated = parameter(ruleset.scoring.indicated, ['scoring', 'indicated']);
  const adultAge = parameter(ruleset.scoring.adultAge, ['scoring', 'adultAge']);
  if (problems.length > 0) throw new RulesetError(problems);

  // Entries whose clear answer changes the same dimension by the same weight and the same
  // conditions have the same effect on the level, so an information gap is evaluated once per class.
  const classes = new Map<string, number>();
  const gapClassOf = new Int32Array(n);

  for (let i = 0; i < n; i++) {
    const signature = `${dimOf[i]}|${weightClear[i]}|${(conditionsOf[i] as number[]).join(',')}`;
    let id = classes.get(signature);
    if (id === undefined) {
      id = classes.size;
      classes.set(signature, id);
    }
    gapClassOf[i] = id;
  }
  const gapClassCeiling = new Int8Array(classes.size);
  for (let i = 0; i < n; i++) {
    const own = conditionsOf[i] as number[];
    const d = dimOf[i] as number;
    for (const rule of ordered) {
      const affected =
        rule.type === 'count' || rule.type === 'raise'
          ? rule.conditions.some((c) => own.includes(c))
          : d >= 0 && (rule.type === 'score' ? rule.dims.includes(d) : rule.all.includes(d) || rule.any.includes(d));
      const cls = gapClassOf[i] as number;
      if (affected && rule.rank > (gapClassCeiling[cls] as number)) gapClassCeiling[cls] = rule.rank;
    }
  }

  const sortedSteps = [...ruleset.nextSteps].sort((a, b) => a.order - b.order);
  const nextSteps = LEVELS.map((level) =>
    AUDIENCES.map((audience) =>
      sortedSteps.filter((s) => s.levels.includes(level) && s.audiences.includes(audience)).map((s) => s.id),
    ),
  );

  const municipalities = new Set(ruleset.municipalities.map((m) => m.id));
  const contacts = new Map<string, string[][]>();
  for (const municipality of [undefined, ...municipalities]) {
    contacts.set(
      municipality ?? '',
      AUDIENCES.map((audience) =>
        ruleset.contacts
          .filter(
            (c) =>
              c.confirmed &&
              (c.scope === 'national' || c.municipality === municipality) &&
              (c.audiences === undefined || c.audiences.includes(audience)),
          )
          .map((c) => c.id),
      ),
    );
  }

  // Sources as bit sets, so a finding's sources are a few OR operations instead of list searches.
  const sourceIds = ruleset.sources.map((source) => source.id);
  const words = Math.max(1, Math.ceil(sourceIds.length / 31));
  const bits = (ids: readonly string[]): Int32Array => {
    const set = new Int32Array(words);
    for (const id of ids) {
      const k = sourceIds.indexOf(id);
      if (k >= 0) set[Math.floor(k / 31)] = (set[Math.floor(k / 31)] as number) | (1 << (k % 31));
    }
    return set;
  };

  let validFrom = '0000-01-01';
  for (const dated of [...ruleset.parameters.map((p) => p.values), ...ruleset.signals.map((s) => s.strength)]) {
    const since = earliestSince(dated);
    if (since !== undefined && since > validFrom) validFrom = since;
  }

  return {
    ruleset,
    stamp: { id: ruleset.id, version: ruleset.version, hash: rulesetHash(ruleset) },
    asOf,
    entries,
    ids: entries.map((e) => e.id),
    index,
    kinds,
    dimOf,
    weightClear,
    weightPossible,
    dims,
    conditions,
    conditionsOf,
    rules,
    raises,
    indicated,
    adultAge,
    adultAgeSourceIds: inForce(ruleset.scoring.adultAge)?.sourceIds ?? [],
    ordered,
    gapClassOf,
    gapClassCount: classes.size,
    gapClassCeiling,
    sourceIds,
    sourceBitsOf: entries.map((e) => bits(e.sourceIds)),
    ruleSourceBits: ordered.map((rule) => bits(rule.rule.sourceIds)),
    dimensionMembers: ordered.map((rule) => {
      const members = new Uint8Array(n);
      const weighed = rule.type === 'score' ? rule.dims : rule.type === 'indicated' ? [...rule.all, ...rule.any] : [];
      for (let i = 0; i < n; i++) if (weighed.includes(dimOf[i] as number) && dimOf[i] !== -1) members[i] = 1;
      return members;
    }),
    nextSteps,
    contacts,
    municipalities,
    validFrom,
    scratch: {
      answers: new Uint8Array(n),
      scores: new Float64Array(dims.length),
      counts: new Int32Array(conditions.length),
      gapRanks: new Int8Array(classes.size),
      sourceBits: new Int32Array(words),
    },
  };
}
