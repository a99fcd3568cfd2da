import { compile } from '../engine/compile.js';
import {
  ANSWER_CLEAR,
  ANSWER_POSSIBLE,
  KIND_ACUTE,
  KIND_RISK,
  KIND_SIGNAL,
  type CompiledRuleset,
} from '../engine/compiled.js';
import { decide } from '../engine/evaluate.js';
import { valueAt } from '../engine/value-at.js';
import { RulesetError } from '../engine/errors.js';
import { AUDIENCES } from '../schema/vocabulary.js';
import { LEVELS, levelRank } from '../schema/vocabulary.js';
import type { AgeGroup } from '../schema/vocabulary.js';
import type { Ruleset } from '../schema/ruleset.js';
import { KEBAB_ID } from '../schema/vocabulary.js';
import { problem, type ValidationProblem } from './problem.js';

/** What a rule may know besides the ruleset: today's date, for staleness warnings. */
export interface RuleContext {
  today: string;
}

/** A named check over a whole ruleset that returns every problem it finds. */
export interface ValidationRule {
  name: string;
  description: string;
  check: (ruleset: Ruleset, context: RuleContext) => ValidationProblem[];
}

type Path = (string | number)[];

function collections(ruleset: Ruleset): [string, { id: string }[]][] {
  return [
    ['signals', ruleset.signals],
    ['riskFactors', ruleset.riskFactors],
    ['sources', ruleset.sources],
    ['dimensions', ruleset.dimensions],
    ['parameters', ruleset.parameters],
    ['rules', ruleset.rules],
    ['nextSteps', ruleset.nextSteps],
    ['contacts', ruleset.contacts],
    ['municipalities', ruleset.municipalities],
  ];
}

/** Every `sourceIds` list in a ruleset, with its path. */
function* sourceReferences(ruleset: Ruleset): Generator<[Path, string]> {
  const lists: [Path, readonly string[]][] = [];
  ruleset.signals.forEach((s, i) => {
    lists.push([['signals', i, 'sourceIds'], s.sourceIds]);
    s.strength.forEach((v, k) => lists.push([['signals', i, 'strength', k, 'sourceIds'], v.sourceIds]));
  });
  ruleset.riskFactors.forEach((r, i) => lists.push([['riskFactors', i, 'sourceIds'], r.sourceIds]));
  ruleset.dimensions.forEach((d, i) => lists.push([['dimensions', i, 'sourceIds'], d.sourceIds]));
  ruleset.parameters.forEach((p, i) =>
    p.values.forEach((v, k) => lists.push([['parameters', i, 'values', k, 'sourceIds'], v.sourceIds])),
  );
  ruleset.rules.forEach((r, i) => lists.push([['rules', i, 'sourceIds'], r.sourceIds]));
  ruleset.nextSteps.forEach((s, i) => lists.push([['nextSteps', i, 'sourceIds'], s.sourceIds]));
  ruleset.municipalities.forEach((m, i) => lists.push([['municipalities', i, 'sourceIds'], m.sourceIds]));
  for (const [path, ids] of lists) for (const [k, id] of ids.entries()) yield [[...path, k], id];
}

/** Every `{ nl, en }` text in a value, with its path. */
function* localizedTexts(value: unknown, path: Path): Generator<[Path, Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* localizedTexts(item, [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('nl' in record && 'en' in record && Object.keys(record).length === 2) {
      yield [path, record];
      return;
    }
    for (const [key, child] of Object.entries(record)) yield* localizedTexts(child, [...path, key]);
  }
}

const uniqueIds: ValidationRule = {
  name: 'unique-ids',
  description: 'Ids are unique kebab-case ASCII within their kind; signals and risk factors share one namespace.',
  check(ruleset) {
    const found: ValidationProblem[] = [];
    const seen = new Map<string, string>();
    for (const [name, items] of collections(ruleset)) {
      const namespace = name === 'riskFactors' ? 'signals' : name;
      items.forEach((item, i) => {
        const key = `${namespace}:${item.id}`;
        if (seen.has(key)) {
          found.push(
            problem(
              'unique-ids',
              'error',
              [name, i, 'id'],
              'duplicate_id',
              `Id '${item.id}' komt twee keer voor (ook bij ${seen.get(key)}).`,
              `Id '${item.id}' is used twice (also at ${seen.get(key)}).`,
            ),
          );
        } else seen.set(key, `${name}[${i}]`);
        if (name !== 'sources' && !KEBAB_ID.test(item.id)) {
          found.push(
            problem(
              'unique-ids',
              'error',
              [name, i, 'id'],
              'invalid_id',
              `Id '${item.id}' moet kleine letters, cijfers en streepjes zijn (kebab-case).`,
              `Id '${item.id}' must be lower-case letters, digits and hyphens (kebab-case).`,
            ),
          );
        }
      });
    }
    return found;
  },
};

const sourcesExist: ValidationRule = {
  name: 'sources-exist',
  description: 'Every cited source id is in the source list.',
  check(ruleset) {
    const known = new Set(ruleset.sources.map((s) => s.id));
    const found: ValidationProblem[] = [];
    for (const [path, id] of sourceReferences(ruleset)) {
      if (!known.has(id))
        found.push(
          problem(
            'sources-exist',
            'error',
            path,
            'unknown_source',
            `Bron '${id}' staat niet in de bronnenlijst.`,
            `Source '${id}' is not in the source list.`,
          ),
        );
    }
    return found;
  },
};

const datedValuesSourced: ValidationRule = {
  name: 'dated-values-sourced',
  description:
    'Every weight, threshold and strength names at least one source, and no two values start on the same date.',
  check(ruleset) {
    const found: ValidationProblem[] = [];
    const checkList = (values: readonly { since: string; sourceIds: readonly string[] }[], path: Path) => {
      const dates = new Set<string>();
      values.forEach((value, k) => {
        if (value.sourceIds.length === 0)
          found.push(
            problem(
              'dated-values-sourced',
              'error',
              [...path, k, 'sourceIds'],
              'unsourced_value',
              'Deze waarde heeft geen bron.',
              'This value has no source.',
            ),
          );
        if (dates.has(value.since))
          found.push(
            problem(
              'dated-values-sourced',
              'error',
              [...path, k, 'since'],
              'duplicate_since',
              `Twee waarden beginnen op ${value.since}.`,
              `Two values start on ${value.since}.`,
            ),
          );
        dates.add(value.since);
      });
    };
    ruleset.parameters.forEach((p, i) => checkList(p.values, ['parameters', i, 'values']));
    ruleset.signals.forEach((s, i) => checkList(s.strength, ['signals', i, 'strength']));
    return found;
  },
};

const textsComplete: ValidationRule = {
  name: 'texts-complete',
  description: 'Every text has a Dutch and an English version that are not empty.',
  check(ruleset) {
    const found: ValidationProblem[] = [];
    for (const [path, text] of localizedTexts(ruleset, [])) {
      for (const locale of ['nl', 'en'] as const) {
        const value = text[locale];
        if (typeof value !== 'string' || value.trim() === '') {
          found.push(
            problem(
              'texts-complete',
              'error',
              [...path, locale],
              'missing_text',
              `De ${locale === 'nl' ? 'Nederlandse' : 'Engelse'} tekst ontbreekt.`,
              `The ${locale === 'nl' ? 'Dutch' : 'English'} text is missing.`,
            ),
          );
        }
      }
    }
    return found;
  },
};

const referencesExist: ValidationRule = {
  name: 'references-exist',
  description: 'Dimensions, parameters, contacts and municipalities named anywhere exist.',
  check(ruleset) {
    const found: ValidationProblem[] = [];
    const dims = new Set(ruleset.dimensions.map((d) => d.id));
    const params = new Set(ruleset.parameters.map((p) => p.id));
    const contacts = new Set(ruleset.contacts.map((c) => c.id));
    const municipalities = new Set(ruleset.municipalities.map((m) => m.id));
    const missing = (path: Path, kind: [string, string], id: string) =>
      found.push(
        problem(
          'references-exist',
          'error',
          path,
          'unknown_reference',
          `${kind[0]} '${id}' bestaat niet.`,
          `${kind[1]} '${id}' does not exist.`,
        ),
      );
    const dimension = (path: Path, id: string) => dims.has(id) || missing(path, ['Dimensie', 'Dimension'], id);
    const parameter = (path: Path, id: string | undefined) =>
      id === undefined || params.has(id) || missing(path, ['Parameter', 'Parameter'], id);
    ruleset.signals.forEach((s, i) => dimension(['signals', i, 'dimension'], s.dimension));
    for (const [key, id] of Object.entries({ ...ruleset.scoring.weights, ...ruleset.scoring.factors }))
      parameter(['scoring', key], id);
    parameter(['scoring', 'indicated'], ruleset.scoring.indicated);
    parameter(['scoring', 'adultAge'], ruleset.scoring.adultAge);
    ruleset.rules.forEach((rule, i) => {
      const conditions = rule.type === 'count' ? [rule.when] : rule.type === 'raise' ? rule.when : [];
      conditions.forEach((c, k) => {
        parameter(['rules', i, 'when', k, 'min'], c.min);
        c.select.dimensions?.forEach((d, j) => dimension(['rules', i, 'when', k, 'select', 'dimensions', j], d));
      });
      if (rule.type === 'score') {
        parameter(['rules', i, 'min'], rule.min);
        rule.dimensions?.forEach((d, j) => dimension(['rules', i, 'dimensions', j], d));
      }
      if (rule.type === 'indicated') {
        parameter(['rules', i, 'anyMin'], rule.anyMin);
        [...rule.all, ...(rule.any ?? [])].forEach((d) => dimension(['rules', i], d));
      }
    });
    ruleset.nextSteps.forEach((s, i) =>
      s.contactIds.forEach(
        (id, k) => contacts.has(id) || missing(['nextSteps', i, 'contactIds', k], ['Contact', 'Contact'], id),
      ),
    );
    ruleset.contacts.forEach((c, i) => {
      if (c.scope === 'local' && (c.municipality === undefined || !municipalities.has(c.municipality))) {
        missing(['contacts', i, 'municipality'], ['Gemeente', 'Municipality'], c.municipality ?? '(none)');
      }
    });
    return found;
  },
};

function compiledOrProblems(ruleset: Ruleset): CompiledRuleset | ValidationProblem[] {
  try {
    return compile(ruleset);
  } catch (error) {
    if (!(error instanceof RulesetError)) throw error;
    return error.issues.map((i) => problem('compiles', 'error', i.path, i.code, i.message.nl, i.message.en));
  }
}

/** The level rank for a set of answers, evaluated directly on a compiled ruleset. */
function rankFor(
  compiled: CompiledRuleset,
  answers: Map<number, number>,
  ageGroup: AgeGroup,
): { rank: number; ruleId: string | undefined } {
  const scores = new Float64Array(compiled.dims.length);
  const counts = new Int32Array(compiled.conditions.length);
  for (const [i, answer] of answers) {
    const d = compiled.dimOf[i] as number;
    if (d >= 0)
      scores[d] =
        (scores[d] as number) +
        (answer === ANSWER_CLEAR ? (compiled.weightClear[i] as number) : (compiled.weightPossible[i] as number));
    for (const c of compiled.conditionsOf[i] as number[])
      if (answer >= (compiled.conditions[c]?.minAnswer ?? 4)) counts[c] = (counts[c] as number) + 1;
  }
  const decision = decide(compiled, { scores, counts, ageGroup });
  const rule = decision.rule < 0 ? undefined : (decision.raised ? compiled.raises : compiled.rules)[decision.rule];
  return { rank: decision.rank, ruleId: rule?.rule.id };
}

const AGE_GROUPS: AgeGroup[] = ['minor', 'young-adult'];

const riskFactorCap: ValidationRule = {
  name: 'risk-factor-cap',
  description:
    'Risk factors alone never go above attention, whatever their number; with one clear signal they never go above concern; one weak signal with every risk factor stays at attention at most.',
  check(ruleset) {
    const compiled = compiledOrProblems(ruleset);
    if (Array.isArray(compiled)) return compiled;
    const found: ValidationProblem[] = [];
    const risks = new Map<number, number>();
    compiled.kinds.forEach((kind, i) => kind === KIND_RISK && risks.set(i, ANSWER_CLEAR));
    const report = (ruleId: string | undefined, code: string, nl: string, en: string) => {
      const r = ruleset.rules.findIndex((rule) => rule.id === ruleId);
      found.push(problem('risk-factor-cap', 'error', r >= 0 ? ['rules', r] : ['rules'], code, nl, en));
    };
    // One problem per offending rule, naming a few of the signals it lets through.
    const seen = new Set<string>();
    const exceeding = new Map<string, { level: string; cap: string; ids: string[] }>();
    for (const ageGroup of AGE_GROUPS) {
      const alone = rankFor(compiled, risks, ageGroup);
      if (alone.rank > levelRank('attention') && !seen.has(`alone:${alone.ruleId}`)) {
        seen.add(`alone:${alone.ruleId}`);
        report(
          alone.ruleId,
          'risk_factors_exceed_attention',
          `Risicofactoren alleen geven '${LEVELS[alone.rank]}' via regel '${alone.ruleId}'; ze mogen nooit boven 'attention' komen.`,
          `Risk factors alone give '${LEVELS[alone.rank]}' through rule '${alone.ruleId}'; they may never go above 'attention'.`,
        );
      }
      compiled.kinds.forEach((kind, i) => {
        if (kind !== KIND_SIGNAL) return;
        const entry = compiled.entries[i];
        const weak = entry?.kind === 'signal' && valueAt(entry.strength) === 'weak';
        const cap = levelRank(weak ? 'attention' : 'concern');
        const withOne = rankFor(compiled, new Map([...risks, [i, ANSWER_CLEAR]]), ageGroup);
        if (withOne.rank <= cap) return;
        const key = `${withOne.ruleId}|${LEVELS[withOne.rank]}|${LEVELS[cap]}`;
        const group = exceeding.get(key) ?? {
          level: LEVELS[withOne.rank] as string,
          cap: LEVELS[cap] as string,
          ids: [],
        };
        if (!group.ids.includes(compiled.ids[i] as string)) group.ids.push(compiled.ids[i] as string);
        exceeding.set(key, group);
      });
    }
    for (const [key, { level, cap, ids }] of exceeding) {
      const ruleId = key.split('|')[0];
      const some =
        ids
          .slice(0, 3)
          .map((id) => `'${id}'`)
          .join(', ') + (ids.length > 3 ? ` (+${ids.length - 3})` : '');
      report(
        ruleId,
        'risk_factors_exceed_cap',
        `Eén signaal met alle risicofactoren geeft '${level}' via regel '${ruleId}', bijvoorbeeld ${some}; dat mag hoogstens '${cap}' zijn.`,
        `One signal with every risk factor gives '${level}' through rule '${ruleId}', for example ${some}; it may be '${cap}' at most.`,
      );
    }
    return found;
  },
};

const acuteOverride: ValidationRule = {
  name: 'acute-override',
  description: 'Every acute signal, answered possible, gives the level acute on its own, at every age.',
  check(ruleset) {
    const compiled = compiledOrProblems(ruleset);
    if (Array.isArray(compiled)) return [];
    const found: ValidationProblem[] = [];
    compiled.kinds.forEach((kind, i) => {
      if (kind !== KIND_ACUTE) return;
      for (const ageGroup of AGE_GROUPS) {
        if (rankFor(compiled, new Map([[i, ANSWER_POSSIBLE]]), ageGroup).rank !== levelRank('acute')) {
          found.push(
            problem(
              'acute-override',
              'error',
              ['signals', ruleset.signals.findIndex((s) => s.id === compiled.ids[i])],
              'acute_not_acute',
              `Acuut signaal '${compiled.ids[i]}' geeft niet altijd 'acute'.`,
              `Acute signal '${compiled.ids[i]}' does not always give 'acute'.`,
            ),
          );
          return;
        }
      }
    });
    return found;
  },
};

const nextStepsCover: ValidationRule = {
  name: 'next-steps-cover',
  description: 'Every level has at least one next step for every audience.',
  check(ruleset) {
    const found: ValidationProblem[] = [];
    for (const level of LEVELS) {
      for (const audience of AUDIENCES) {
        if (!ruleset.nextSteps.some((s) => s.levels.includes(level) && s.audiences.includes(audience))) {
          found.push(
            problem(
              'next-steps-cover',
              'error',
              ['nextSteps'],
              'missing_next_step',
              `Geen vervolgstap voor niveau '${level}' en doelgroep '${audience}'.`,
              `No next step for level '${level}' and audience '${audience}'.`,
            ),
          );
        }
      }
    }
    return found;
  },
};

const contactsConfirmed: ValidationRule = {
  name: 'contacts-confirmed',
  description: 'Unconfirmed contacts are never shown to end users: a warning until someone confirms them.',
  check(ruleset) {
    return ruleset.contacts.flatMap((c, i) =>
      c.confirmed
        ? []
        : [
            problem(
              'contacts-confirmed',
              'warning',
              ['contacts', i, 'confirmed'],
              'unconfirmed_contact',
              `Contact '${c.id}' is niet bevestigd en wordt niet getoond.`,
              `Contact '${c.id}' is not confirmed and is not shown.`,
            ),
          ],
    );
  },
};

function monthsBefore(today: string, months: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

const reviewFresh: ValidationRule = {
  name: 'review-fresh',
  description: 'The ruleset and each contact were reviewed in the last 12 months.',
  check(ruleset, { today }) {
    const limit = monthsBefore(today, 12);
    const found: ValidationProblem[] = [];
    if (ruleset.reviewedOn < limit) {
      found.push(
        problem(
          'review-fresh',
          'warning',
          ['reviewedOn'],
          'stale_review',
          `De regels zijn voor het laatst beoordeeld op ${ruleset.reviewedOn}, meer dan 12 maanden geleden.`,
          `The ruleset was last reviewed on ${ruleset.reviewedOn}, more than 12 months ago.`,
        ),
      );
    }
    ruleset.contacts.forEach((c, i) => {
      if (c.checkedOn < limit) {
        found.push(
          problem(
            'review-fresh',
            'warning',
            ['contacts', i, 'checkedOn'],
            'stale_contact',
            `Contact '${c.id}' is voor het laatst gecontroleerd op ${c.checkedOn}; controleer nummer en gegevens.`,
            `Contact '${c.id}' was last checked on ${c.checkedOn}; check the number and details.`,
          ),
        );
      }
    });
    return found;
  },
};

/** The named rules `validateRuleset` runs after the schema check, in this order. */
export const VALIDATION_RULES: readonly ValidationRule[] = [
  uniqueIds,
  sourcesExist,
  datedValuesSourced,
  textsComplete,
  referencesExist,
  riskFactorCap,
  acuteOverride,
  nextStepsCover,
  contactsConfirmed,
  reviewFresh,
];
