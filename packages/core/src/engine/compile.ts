import type { Issue } from '../schema/assessment.js';
import type { Contact } from '../schema/contact.js';
import type { StepTrigger } from '../schema/next-step.js';
import type { Condition, EntrySelector } from '../schema/rule.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { CatalogueEntry } from '../schema/signal.js';
import { AUDIENCES, LEVELS, STRENGTHS, levelRank, type SignalKind, type Strength } from '../schema/vocabulary.js';
import { RulesetError } from '../internal/errors.js';
import { wordsFor } from '../messages/index.js';
import { valueHash } from '../internal/hash.js';
import { earliestSince, entryAt, valueAt } from '../internal/value-at.js';
import {
  ANSWER_CLEAR,
  ANSWER_POSSIBLE,
  ANSWER_UNKNOWN,
  packedArray,
  type CompiledCondition,
  type CompiledEntry,
  type CompiledRule,
  type CompiledRuleset,
  type CompiledContact,
  type CompiledStep,
  type CompiledTrigger,
} from './compiled.js';

/**
 * How many dated compilations of one ruleset are kept. A compilation is made per date on which
 * values change, not per `asOf`, so this holds every era of a real ruleset.
 */
export const DATED_CACHE_SIZE = 8;

interface CacheEntry {
  newest?: CompiledRuleset;
  /** Every date on which a value the engine reads changes, ascending. */
  changes?: string[];
  /** Least recently used first, keyed by the change date in force. */
  dated: Map<string, CompiledRuleset>;
}

const cache = new WeakMap<Ruleset, CacheEntry>();
// Dates in messages are written as people write them: 23 november 2026.
const nl = wordsFor('nl');
const en = wordsFor('en');
const hashes = new WeakMap<Ruleset, string>();

/** How many dated compilations of a ruleset are cached now: never more than {@link DATED_CACHE_SIZE}. */
export function cachedDates(ruleset: Ruleset): number {
  return cache.get(ruleset)?.dated.size ?? 0;
}

/** The content hash of a ruleset, computed once per ruleset object. */
export function rulesetHash(ruleset: Ruleset): string {
  let hash = hashes.get(ruleset);
  if (hash === undefined) {
    hash = valueHash(ruleset);
    hashes.set(ruleset, hash);
  }
  return hash;
}

/**
 * Gives a ruleset object the hash its whole content has, for a build that assembles a ruleset in
 * parts: the browser files carry the national ruleset's texts in one language and fill in the other
 * when it is first needed, and an assessment must carry the same stamp as with the whole ruleset.
 * Internal: not part of the package's API. A hash already computed for the object is kept.
 */
export function seedRulesetHash(ruleset: Ruleset, hash: string): void {
  if (!hashes.has(ruleset)) hashes.set(ruleset, hash);
}

function issue(path: (string | number)[], code: string, nl: string, en: string): Issue {
  return { path, code, message: { nl, en } };
}

/** The dates on which a parameter or a signal's strength changes: between two of them, every value is the same. */
function changeDates(ruleset: Ruleset): string[] {
  const dates = new Set<string>();
  for (const parameter of ruleset.parameters) for (const value of parameter.values) dates.add(value.since);
  for (const signal of ruleset.signals) for (const value of signal.strength) dates.add(value.since);
  return [...dates].sort();
}

/** The latest change date on or before `asOf`, or `undefined` when `asOf` is before them all. */
function changeInForce(changes: readonly string[], asOf: string): string | undefined {
  let low = 0;
  let high = changes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((changes[middle] as string) <= asOf) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? undefined : changes[low - 1];
}

/**
 * Prepares a ruleset for evaluation at `asOf` (default: the newest values). Cached per ruleset
 * object: the newest compilation for as long as the ruleset lives, and the last few dated ones.
 * Dates that see the same values share one compilation, and a date on or after the last change is
 * the newest one, so a stream of distinct dates neither grows memory nor compiles again.
 * Rulesets must be treated as immutable once used.
 * @throws {RulesetError} when a parameter, dimension or strength the rules need has no value.
 */
export function compile(ruleset: Ruleset, asOf?: string): CompiledRuleset {
  let entry = cache.get(ruleset);
  if (!entry) {
    entry = { dated: new Map() };
    cache.set(ruleset, entry);
  }
  if (asOf === undefined) return (entry.newest ??= build(ruleset, undefined));
  const changes = (entry.changes ??= changeDates(ruleset));
  const key = changeInForce(changes, asOf) ?? asOf;
  if (key === changes[changes.length - 1]) return (entry.newest ??= build(ruleset, undefined));
  let compiled = entry.dated.get(key);
  if (compiled) {
    entry.dated.delete(key);
  } else {
    // Built at `asOf` itself, so a problem names the date that was asked for.
    compiled = build(ruleset, asOf);
    if (entry.dated.size >= DATED_CACHE_SIZE) entry.dated.delete(entry.dated.keys().next().value as string);
  }
  entry.dated.set(key, compiled);
  return compiled;
}

/** Whether an entry matches a selector. Risk factors match only a selector that names their kind. */
function selects(selector: EntrySelector, entry: CatalogueEntry, strength: Strength | undefined): boolean {
  const kinds: readonly SignalKind[] = selector.kinds ?? ['signal', 'acute'];
  if (!kinds.includes(entry.kind)) return false;
  if (selector.dimensions && !selector.dimensions.includes(entry.dimension)) return false;
  if (selector.ids && !selector.ids.includes(entry.id)) return false;
  if (selector.evidence && (entry.kind !== 'signal' || entry.evidence !== selector.evidence)) return false;
  if (selector.minStrength) {
    if (!strength || STRENGTHS.indexOf(strength) < STRENGTHS.indexOf(selector.minStrength)) return false;
  }
  return true;
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
          `Parameter '${id}' heeft geen waarde op ${asOf ? nl.date(asOf) : 'de nieuwste datum'}.`,
          `Parameter '${id}' has no value on ${asOf ? en.date(asOf) : 'the newest date'}.`,
        ),
      );
      return NaN;
    }
    return value;
  };

  const dims = ruleset.dimensions.map((d) => d.id);
  const { scoring } = ruleset;
  const weights: Record<Strength, number> = {
    weak: parameter(scoring.weights.weak, ['scoring', 'weights', 'weak']),
    medium: parameter(scoring.weights.medium, ['scoring', 'weights', 'medium']),
    strong: parameter(scoring.weights.strong, ['scoring', 'weights', 'strong']),
  };
  const factorPossible = parameter(scoring.factors.possible, ['scoring', 'factors', 'possible']);
  const factorClear = parameter(scoring.factors.clear, ['scoring', 'factors', 'clear']);

  const catalogue: CatalogueEntry[] = [...ruleset.signals, ...ruleset.riskFactors];
  const strengths: (Strength | undefined)[] = [];
  const entries: CompiledEntry[] = catalogue.map((entry, i) => {
    if (entry.kind === 'risk-factor') {
      strengths.push(undefined);
      return {
        id: entry.id,
        kind: entry.kind,
        dim: -1,
        direct: false,
        strengthRank: -1,
        weightPossible: 0,
        weightClear: 0,
        sourceIds: entry.sourceIds,
      };
    }
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
    const strength = valueAt(entry.strength, asOf);
    if (strength === undefined) {
      problems.push(
        issue(
          ['signals', i, 'strength'],
          'missing_strength',
          `'${entry.id}' heeft geen sterkte op ${asOf ? nl.date(asOf) : 'de nieuwste datum'}.`,
          `'${entry.id}' has no strength on ${asOf ? en.date(asOf) : 'the newest date'}.`,
        ),
      );
    }
    strengths.push(strength);
    const weight = strength ? weights[strength] : 0;
    return {
      id: entry.id,
      kind: entry.kind,
      dim,
      direct: entry.kind === 'signal' && entry.evidence === 'direct',
      strengthRank: strength ? STRENGTHS.indexOf(strength) : -1,
      weightPossible: weight * factorPossible,
      weightClear: weight * factorClear,
      sourceIds: entry.sourceIds,
    };
  });
  const membersOf = (selector: EntrySelector) =>
    catalogue.flatMap((entry, i) => (selects(selector, entry, strengths[i]) ? [i] : []));

  const conditions: CompiledCondition[] = [];
  const conditionsOf: number[][] = catalogue.map(() => []);
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
  const addCondition = (condition: Condition, path: (string | number)[]): number => {
    const id = conditions.length;
    const min = (paramId: string | undefined) => (paramId === undefined ? 1 : parameter(paramId, [...path, 'min']));
    if (condition.type === 'indicated') {
      conditions.push({
        type: 'indicated',
        dims: dimIndexes(condition.dimensions, [...path, 'dimensions']),
        direct: condition.direct === true,
        min: min(condition.min),
      });
      return id;
    }
    // Rules count signals only, whatever the selector says: risk factors never change the level.
    const members = membersOf(condition.select).filter((i) => catalogue[i]?.kind !== 'risk-factor');
    const isMember = new Uint8Array(catalogue.length);
    for (const i of members) {
      (conditionsOf[i] as number[]).push(id);
      isMember[i] = 1;
    }
    if (condition.type === 'count' && condition.alone === true && condition.answer !== 'observed')
      problems.push(
        issue(
          [...path, 'alone'],
          'alone_needs_observed',
          "Een voorwaarde met 'alone' telt waargenomen signalen: zet 'answer' op 'observed'.",
          "A condition with 'alone' counts observed signals: set 'answer' to 'observed'.",
        ),
      );
    conditions.push(
      condition.type === 'count'
        ? {
            type: 'count',
            members,
            isMember,
            minAnswer: condition.answer === 'clear' ? ANSWER_CLEAR : ANSWER_POSSIBLE,
            min: min(condition.min),
            alone: condition.alone === true,
          }
        : { type: 'score', members, isMember, min: parameter(condition.min, [...path, 'min']) },
    );
    return id;
  };

  const rules: CompiledRule[] = ruleset.rules.map((rule, r) => ({
    rule,
    rank: levelRank(rule.level),
    ageGroups: rule.ageGroups,
    conditions: rule.when.map((condition, c) => addCondition(condition, ['rules', r, 'when', c])),
  }));
  // Highest level first; among equals the first in ruleset order decides.
  const byRank = rules.map((_, r) => r).sort((a, b) => (rules[b]?.rank ?? 0) - (rules[a]?.rank ?? 0) || a - b);

  const indicated = parameter(scoring.indicated, ['scoring', 'indicated']);
  const adultAge = parameter(scoring.adultAge, ['scoring', 'adultAge']);
  if (problems.length > 0) throw new RulesetError(problems);

  const ranks = (levels: readonly string[] | undefined) =>
    levels?.map((level) => LEVELS.indexOf(level as (typeof LEVELS)[number]));
  const triggersOf = (triggers: readonly StepTrigger[] | undefined): CompiledTrigger[] =>
    (triggers ?? []).map((trigger) => {
      const members = trigger.observed ? membersOf(trigger.observed) : undefined;
      return {
        members,
        memberSet: new Set(members),
        context: trigger.context,
        ranks: ranks(trigger.levels),
        ages: trigger.ages,
      };
    });
  const steps: CompiledStep[] = ruleset.nextSteps
    .map((step, s) => ({ step, s }))
    .sort((a, b) => a.step.order - b.step.order || a.s - b.s)
    .map(({ step }) => ({
      step,
      audiences: step.audiences,
      ranks: ranks(step.levels) ?? [],
      ages: step.ages,
      triggers: triggersOf(step.triggers),
    }));

  const reachable = (c: Contact) => c.confirmed && (Boolean(c.phone) || Boolean(c.url));
  const contacts = new Map<string, CompiledContact>(
    ruleset.contacts.filter(reachable).map((c) => [c.id, { contact: c, triggers: triggersOf(c.triggers) }]),
  );
  const municipalities = new Set(ruleset.municipalities.map((m) => m.id));
  const localContacts = new Map<string, string[]>();
  const regions = new Map<string, Map<string, string>>();
  for (const { contact } of contacts.values()) {
    if (contact.scope !== 'local' || contact.municipality === undefined) continue;
    // One entry per number: a regional office of a national contact is a label on that entry.
    const national = contact.regionOf === undefined ? undefined : contacts.get(contact.regionOf)?.contact;
    if (national && national.scope === 'national') {
      const byMunicipality = regions.get(national.id) ?? new Map<string, string>();
      byMunicipality.set(contact.municipality, contact.id);
      regions.set(national.id, byMunicipality);
      continue;
    }
    const list = localContacts.get(contact.municipality) ?? [];
    list.push(contact.id);
    localContacts.set(contact.municipality, list);
  }

  const sourceIds = ruleset.sources.map((source) => source.id);
  const positions = (ids: readonly string[]) => ids.map((id) => sourceIds.indexOf(id)).filter((k) => k >= 0);

  let validFrom = '0000-01-01';
  for (const dated of [...ruleset.parameters.map((p) => p.values), ...ruleset.signals.map((s) => s.strength)]) {
    const since = earliestSince(dated);
    if (since !== undefined && since > validFrom) validFrom = since;
  }

  const classes = new Map<string, number>();
  const gapClassOf = entries.map((entry, i) => {
    const signature = `${entry.kind}|${entry.dim}|${entry.direct}|${entry.weightClear}|${conditionsOf[i]?.join(',')}`;
    if (!classes.has(signature)) classes.set(signature, classes.size);
    return classes.get(signature) as number;
  });

  // Per class, the rules its clear answer can change, in the order of deciding: the same for every
  // member, as they change the same dimension in the same way and the same conditions.
  const gapClassRules: number[][] = Array.from({ length: classes.size }, () => []);
  entries.forEach((entry, i) => {
    const cls = gapClassOf[i] as number;
    if (gapClassOf.indexOf(cls) !== i) return;
    const own = conditionsOf[i] ?? [];
    for (const r of byRank) {
      const affected = (rules[r] as CompiledRule).conditions.some((c) => {
        const condition = conditions[c];
        return condition?.type === 'indicated' ? condition.dims.includes(entry.dim) : own.includes(c);
      });
      if (affected) gapClassRules[cls]?.push(r);
    }
  });
  // The rank of each class's first rule, ready for the skip made for every unknown entry.
  const gapClassCeiling = gapClassRules.map((affected) =>
    affected[0] === undefined ? 0 : (rules[affected[0]] as CompiledRule).rank,
  );

  return {
    stamp: { id: ruleset.id, version: ruleset.version, hash: rulesetHash(ruleset) },
    entries,
    index: new Map(entries.map((entry, i) => [entry.id, i])),
    dims,
    conditions,
    conditionsOf,
    gapClassOf,
    gapClassCount: classes.size,
    gapOrder: entries
      .flatMap((entry, i) => (entry.kind === 'risk-factor' ? [] : [i]))
      .sort((a, b) => (entries[b] as CompiledEntry).strengthRank - (entries[a] as CompiledEntry).strengthRank || a - b),
    gapClassCeiling,
    gapClassRules,
    dimEntries: dims.map((_, d) => entries.flatMap((entry, i) => (entry.dim === d ? [i] : []))),
    rules,
    byRank,
    indicated,
    adultAge,
    adultAgeSourceIds: inForce(scoring.adultAge)?.sourceIds ?? [],
    steps,
    stepsFor: new Map(AUDIENCES.map((audience) => [audience, steps.filter((s) => s.audiences.includes(audience))])),
    contacts,
    regions,
    // Only a national contact is shown in every result: a local one only with its municipality.
    alwaysShown: [...contacts.values()]
      .filter(({ contact }) => contact.alwaysShown && contact.scope === 'national')
      .map(({ contact }) => contact.id),
    localContacts,
    municipalities,
    sourceIds,
    entrySources: catalogue.map((entry) => positions(entry.sourceIds)),
    ruleSources: ruleset.rules.map((rule) => positions(rule.sourceIds)),
    validFrom,
    isSignal: Uint8Array.from(entries, (entry) => (entry.kind === 'risk-factor' ? 0 : 1)),
    noAnswers: packedArray(entries.length, ANSWER_UNKNOWN),
    noScores: packedArray(dims.length, 0),
    noTotals: packedArray(conditions.length, 0),
  };
}
