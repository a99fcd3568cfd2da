import { compile } from '../engine/compile.js';
import { ANSWER_CLEAR, type CompiledRuleset } from '../engine/compiled.js';
import { givesAcute, rankFor } from '../engine/safety-floor.js';
import { hasVisibleText } from '../internal/unicode.js';
import { alwaysShownNational, safetyFloor } from './safety-floor-rule.js';
import { route } from '../engine/route.js';
import { RulesetError } from '../internal/errors.js';
import type { EntrySelector } from '../schema/rule.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { SafetyFloor } from '../schema/safety-floor.js';
import { safeHref } from '../schema/links.js';
import { AUDIENCES, EVIDENCE, KEBAB_ID, LEVELS, levelRank, type AgeGroup } from '../schema/vocabulary.js';
import { wordsFor } from '../messages/index.js';
import { problem, type ValidationProblem } from './problem.js';
import { routeReferences } from './route-references.js';
import { youthGatesValid } from './youth-gates.js';
import { readPlainData } from '../internal/plain-data.js';
import { shapeProblems } from './shape.js';

/** What a rule may know besides the ruleset: today's date for staleness warnings, and the safety floor. */
export interface RuleContext {
  today: string;
  floor: SafetyFloor | false;
}

/** A named check over a whole ruleset that returns every problem it finds. */
export interface ValidationRule {
  name: string;
  description: string;
  check: (ruleset: Ruleset, context: RuleContext) => ValidationProblem[];
}

type Path = (string | number)[];

// Dates in a message are written as people write them: 23 november 2026, not 2026-11-23.
const nl = wordsFor('nl');
const en = wordsFor('en');

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

/** The texts every entry of a collection must have, whatever else it holds. */
const REQUIRED_TEXTS: Record<string, readonly (readonly string[])[]> = {
  sources: [['about']],
  dimensions: [['label'], ['question'], ['legalElement']],
  signals: [
    ['texts', 'label'],
    ['texts', 'question'],
  ],
  riskFactors: [
    ['texts', 'label'],
    ['texts', 'question'],
  ],
  parameters: [['label'], ['rationale']],
  rules: [['explanation']],
  nextSteps: [['title'], ['body']],
  contacts: [['name'], ['hours'], ['purpose']],
  youthGates: [['question']],
};

/**
 * Every required text that is not a `{ nl, en }` object, with its path. The light check of
 * `checkRuleset` has no schema, so a `title: null` would otherwise reach a widget's render.
 */
function* missingRequiredTexts(ruleset: Ruleset): Generator<Path> {
  if (!isTextObject(ruleset.name)) yield ['name'];
  for (const [collection, fields] of Object.entries(REQUIRED_TEXTS)) {
    const items = (ruleset as unknown as Record<string, unknown>)[collection];
    if (!Array.isArray(items)) continue;
    for (const [i, item] of items.entries()) {
      for (const field of fields) {
        const value = field.reduce<unknown>(
          (at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
          item,
        );
        if (!isTextObject(value)) yield [collection, i, ...field];
      }
    }
  }
}

const isTextObject = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && 'nl' in value && 'en' in value;

/**
 * Calls `visit` for every `{ nl, en }` object in a value (its strings are not checked here) with
 * its path. The path is one array, changed as the walk goes: `visit` copies it to keep it.
 */
function forEachLocalizedText(
  value: unknown,
  visit: (text: Record<string, unknown>, path: Path) => void,
  path: (string | number)[] = [],
): void {
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (isTextObject(value) && keys.length === 2) {
    visit(record, path);
    return;
  }
  for (const key of keys) {
    path.push(Array.isArray(value) ? Number(key) : key);
    forEachLocalizedText(record[key], visit, path);
    path.pop();
  }
}

/** Every selector in the rules and step triggers, with its path. */
function* selectors(ruleset: Ruleset): Generator<[Path, EntrySelector]> {
  for (const [r, rule] of ruleset.rules.entries())
    for (const [c, condition] of rule.when.entries())
      if (condition.type !== 'indicated') yield [['rules', r, 'when', c, 'select'], condition.select];
  for (const [s, step] of ruleset.nextSteps.entries())
    for (const [t, trigger] of (step.triggers ?? []).entries())
      if (trigger.observed) yield [['nextSteps', s, 'triggers', t, 'observed'], trigger.observed];
  for (const [k, contact] of ruleset.contacts.entries())
    for (const [t, trigger] of (contact.triggers ?? []).entries())
      if (trigger.observed) yield [['contacts', k, 'triggers', t, 'observed'], trigger.observed];
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
              `Twee waarden beginnen op ${nl.date(value.since)}.`,
              `Two values start on ${en.date(value.since)}.`,
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
  description: 'Every text has a Dutch and an English version with something a reader can see in it.',
  check(ruleset) {
    const found: ValidationProblem[] = [];
    for (const path of missingRequiredTexts(ruleset)) {
      found.push(
        problem(
          'texts-complete',
          'error',
          path,
          'missing_text',
          `'${path.join('.')}' moet een tekst zijn met een Nederlandse en een Engelse versie.`,
          `'${path.join('.')}' must be a text with a Dutch and an English version.`,
        ),
      );
    }
    forEachLocalizedText(ruleset, (text, path) => {
      for (const locale of ['nl', 'en'] as const) {
        const value = text[locale];
        if (typeof value !== 'string' || !hasVisibleText(value)) {
          found.push(
            problem(
              'texts-complete',
              'error',
              [...path, locale],
              'missing_text',
              `De ${locale === 'nl' ? 'Nederlandse' : 'Engelse'} tekst ontbreekt of bevat geen zichtbare letters.`,
              `The ${locale === 'nl' ? 'Dutch' : 'English'} text is missing or has no visible letters.`,
            ),
          );
        }
      }
    });
    return found;
  },
};

const evidenceDeclared: ValidationRule = {
  name: 'evidence-declared',
  description: "Every signal says whether it is direct or indirect evidence; acute signals don't.",
  check(ruleset) {
    return ruleset.signals.flatMap((signal, i) => {
      const evidence = (signal as { evidence?: unknown }).evidence;
      const valid =
        signal.kind === 'signal' ? (EVIDENCE as readonly unknown[]).includes(evidence) : evidence === undefined;
      if (valid) return [];
      return [
        problem(
          'evidence-declared',
          'error',
          ['signals', i, 'evidence'],
          'invalid_evidence',
          signal.kind === 'signal'
            ? `Signaal '${signal.id}' moet 'direct' of 'indirect' bewijs zijn.`
            : `Acuut signaal '${signal.id}' heeft geen soort bewijs.`,
          signal.kind === 'signal'
            ? `Signal '${signal.id}' must be 'direct' or 'indirect' evidence.`
            : `Acute signal '${signal.id}' has no kind of evidence.`,
        ),
      ];
    });
  },
};

const referencesExist: ValidationRule = {
  name: 'references-exist',
  description:
    'Dimensions, parameters, signals, contacts and municipalities named anywhere exist; rules name no risk factor.',
  check(ruleset) {
    const found: ValidationProblem[] = [];
    const dims = new Set(ruleset.dimensions.map((d) => d.id));
    const params = new Set(ruleset.parameters.map((p) => p.id));
    const contacts = new Set(ruleset.contacts.map((c) => c.id));
    const municipalities = new Set(ruleset.municipalities.map((m) => m.id));
    const signals = new Set(ruleset.signals.map((s) => s.id));
    const risks = new Set(ruleset.riskFactors.map((r) => r.id));
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
    ruleset.rules.forEach((rule, i) =>
      rule.when.forEach((condition, c) => {
        const path = ['rules', i, 'when', c];
        parameter([...path, 'min'], condition.min);
        if (condition.type === 'indicated')
          condition.dimensions.forEach((d, j) => dimension([...path, 'dimensions', j], d));
      }),
    );
    for (const [path, selector] of selectors(ruleset)) {
      selector.dimensions?.forEach((d, j) => dimension([...path, 'dimensions', j], d));
      selector.ids?.forEach((id, j) => {
        const where = [...path, 'ids', j];
        if (path[0] === 'rules' && risks.has(id)) {
          found.push(
            problem(
              'references-exist',
              'error',
              where,
              'risk_factor_in_rule',
              `Regels tellen geen risicofactoren: '${id}' kan het niveau nooit veranderen.`,
              `Rules count no risk factors: '${id}' can never change the level.`,
            ),
          );
        } else if (!signals.has(id) && !risks.has(id)) missing(where, ['Signaal', 'Signal'], id);
      });
    }
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

function compiledOrProblems(ruleset: Ruleset, rule: string): CompiledRuleset | ValidationProblem[] {
  try {
    return compile(ruleset);
  } catch (error) {
    if (!(error instanceof RulesetError)) throw error;
    return error.issues.map((i) => problem(rule, 'error', i.path, i.code, i.message.nl, i.message.en));
  }
}

const AGE_GROUPS: AgeGroup[] = ['minor', 'young-adult'];

/** A rule that evaluates the compiled ruleset; a ruleset that does not compile is reported once, by `compiles`. */
function evaluating(
  name: string,
  description: string,
  check: (compiled: CompiledRuleset, ruleset: Ruleset) => ValidationProblem[],
): ValidationRule {
  return {
    name,
    description,
    check(ruleset) {
      const compiled = compiledOrProblems(ruleset, name);
      return Array.isArray(compiled) ? [] : check(compiled, ruleset);
    },
  };
}

const compiles: ValidationRule = {
  name: 'compiles',
  description: 'The rules compile: every parameter, dimension and strength they need has a value.',
  check(ruleset) {
    const compiled = compiledOrProblems(ruleset, 'compiles');
    return Array.isArray(compiled) ? compiled : [];
  },
};

const signalPath = (ruleset: Ruleset, id: string): Path => ['signals', ruleset.signals.findIndex((s) => s.id === id)];

const acuteOverride = evaluating(
  'acute-override',
  'Every acute signal, answered possible, gives the level acute on its own, at every age.',
  (compiled, ruleset) =>
    compiled.entries.flatMap((entry, i) => {
      if (entry.kind !== 'acute') return [];
      return givesAcute(compiled, i)
        ? []
        : [
            problem(
              'acute-override',
              'error',
              signalPath(ruleset, entry.id),
              'acute_not_acute',
              `Acuut signaal '${entry.id}' geeft niet altijd 'acute'.`,
              `Acute signal '${entry.id}' does not always give 'acute'.`,
            ),
          ];
    }),
);

const indirectCap = evaluating(
  'indirect-never-suspicion',
  'Indirect evidence alone, every indirect signal answered clear, stays at concern at most, at every age.',
  (compiled) => {
    const indirect = new Map<number, number>();
    compiled.entries.forEach((entry, i) => entry.kind === 'signal' && !entry.direct && indirect.set(i, ANSWER_CLEAR));
    return AGE_GROUPS.flatMap((group) => {
      const rank = rankFor(compiled, indirect, group);
      return rank <= levelRank('concern')
        ? []
        : [
            problem(
              'indirect-never-suspicion',
              'error',
              ['rules'],
              'indirect_exceeds_concern',
              `Alleen indirecte signalen geven '${LEVELS[rank]}' (${group}); dat mag hoogstens 'concern' zijn.`,
              `Indirect signals alone give '${LEVELS[rank]}' (${group}); that may be 'concern' at most.`,
            ),
          ];
    });
  },
);

const weakCap = evaluating(
  'single-weak-signal',
  'A single weak signal, answered clear, never goes above attention.',
  (compiled, ruleset) =>
    compiled.entries.flatMap((entry, i) => {
      if (entry.kind !== 'signal' || entry.strengthRank !== 0) return [];
      const rank = Math.max(...AGE_GROUPS.map((group) => rankFor(compiled, new Map([[i, ANSWER_CLEAR]]), group)));
      return rank <= levelRank('attention')
        ? []
        : [
            problem(
              'single-weak-signal',
              'error',
              signalPath(ruleset, entry.id),
              'weak_signal_exceeds_attention',
              `Zwak signaal '${entry.id}' geeft alleen al '${LEVELS[rank]}'; dat mag hoogstens 'attention' zijn.`,
              `Weak signal '${entry.id}' alone gives '${LEVELS[rank]}'; that may be 'attention' at most.`,
            ),
          ];
    }),
);

/** Ages that stand for every age group a route can distinguish: a child, a minor, unknown, a young adult. */
const PROBE_AGES = [10, 15, 'unknown', 20] as const;

const nextStepsCover = evaluating(
  'next-steps-cover',
  'Every level has at least one next step for every audience and age group, and every step can be shown.',
  (compiled, ruleset) => {
    const found: ValidationProblem[] = [];
    LEVELS.forEach((level, rank) => {
      for (const audience of AUDIENCES) {
        for (const age of PROBE_AGES) {
          const { nextStepIds } = route(compiled, {
            rank,
            audience,
            age,
            answers: undefined,
            suspect: false,
            decisive: [],
            route: undefined,
            municipality: undefined,
          });
          if (nextStepIds.length > 0) continue;
          found.push(
            problem(
              'next-steps-cover',
              'error',
              ['nextSteps'],
              'missing_next_step',
              `Geen vervolgstap voor niveau '${level}', doelgroep '${audience}' en leeftijd ${age}.`,
              `No next step for level '${level}', audience '${audience}' and age ${age}.`,
            ),
          );
        }
      }
    });
    ruleset.nextSteps.forEach((step, i) => {
      if (step.levels.length > 0 || (step.triggers?.length ?? 0) > 0) return;
      found.push(
        problem(
          'next-steps-cover',
          'error',
          ['nextSteps', i, 'levels'],
          'step_never_shown',
          `Vervolgstap '${step.id}' heeft geen niveaus en geen triggers: hij wordt nooit getoond.`,
          `Next step '${step.id}' has no levels and no triggers: it is never shown.`,
        ),
      );
    });
    return found;
  },
);

const contactsShown: ValidationRule = {
  name: 'contacts-shown',
  description:
    'A contact is shown to end users only when it is confirmed and has a phone number or a website: a warning until then.',
  check(ruleset) {
    return ruleset.contacts.flatMap((c, i) => {
      if (!c.confirmed)
        return [
          problem(
            'contacts-shown',
            'warning',
            ['contacts', i, 'confirmed'],
            'unconfirmed_contact',
            `Contact '${c.id}' is niet bevestigd en wordt niet getoond.`,
            `Contact '${c.id}' is not confirmed and is not shown.`,
          ),
        ];
      if (!c.phone && !c.url)
        return [
          problem(
            'contacts-shown',
            'warning',
            ['contacts', i],
            'unreachable_contact',
            `Contact '${c.id}' heeft geen telefoonnummer en geen website en wordt niet getoond.`,
            `Contact '${c.id}' has no phone number and no website and is not shown.`,
          ),
        ];
      return [];
    });
  },
};

function monthsBefore(today: string, months: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

const reviewFresh: ValidationRule = {
  name: 'review-fresh',
  description:
    'The ruleset was reviewed in the last 12 months, and each contact checked in the last 6: phone numbers change.',
  check(ruleset, { today }) {
    const limit = monthsBefore(today, 12);
    const contactLimit = monthsBefore(today, 6);
    const found: ValidationProblem[] = [];
    if (ruleset.reviewedOn < limit) {
      found.push(
        problem(
          'review-fresh',
          'warning',
          ['reviewedOn'],
          'stale_review',
          `De regels zijn voor het laatst beoordeeld op ${nl.date(ruleset.reviewedOn)}, meer dan 12 maanden geleden.`,
          `The ruleset was last reviewed on ${en.date(ruleset.reviewedOn)}, more than 12 months ago.`,
        ),
      );
    }
    ruleset.contacts.forEach((c, i) => {
      if (c.checkedOn < contactLimit) {
        found.push(
          problem(
            'review-fresh',
            'warning',
            ['contacts', i, 'checkedOn'],
            'stale_contact',
            `Contact '${c.id}' is voor het laatst gecontroleerd op ${nl.date(c.checkedOn)}, meer dan 6 maanden geleden; controleer nummer en gegevens.`,
            `Contact '${c.id}' was last checked on ${en.date(c.checkedOn)}, more than 6 months ago; check the number and details.`,
          ),
        );
      }
    });
    return found;
  },
};

const linksSafe: ValidationRule = {
  name: 'links-safe',
  description:
    'Every phone number is a Dutch number of digits, spaces and hyphens; every contact address is https, every source address https or http: nothing else can become a link.',
  check(ruleset) {
    const found: ValidationProblem[] = [];
    // checkRuleset has no schema: a value may be a number or an object here, so it is shown as a string.
    const bad = (path: Path, code: string, value: unknown, nl: string, en: string) => {
      const shown = String(value).slice(0, 60);
      found.push(problem('links-safe', 'error', path, code, `'${shown}' ${nl}`, `'${shown}' ${en}`));
    };
    ruleset.contacts.forEach((c, i) => {
      if (c.phone !== undefined && !safeHref('phone', c.phone))
        bad(
          ['contacts', i, 'phone'],
          'invalid_phone',
          c.phone,
          'is geen Nederlands telefoonnummer.',
          'is not a Dutch phone number.',
        );
      for (const field of ['url', 'sourceUrl'] as const) {
        const url = c[field];
        if (url !== undefined && !safeHref('contact-url', url))
          bad(['contacts', i, field], 'invalid_url', url, 'is geen https-adres.', 'is not an https address.');
      }
    });
    ruleset.sources.forEach((source, i) => {
      if (source.url !== undefined && !safeHref('source-url', source.url))
        bad(
          ['sources', i, 'url'],
          'invalid_url',
          source.url,
          'is geen https- of http-adres.',
          'is not an https or http address.',
        );
    });
    return found;
  },
};

/** The rules as `runRules` runs them, on plain data whose top-level fields it has checked. */
export const RULES: readonly ValidationRule[] = [
  safetyFloor,
  alwaysShownNational,
  linksSafe,
  uniqueIds,
  sourcesExist,
  datedValuesSourced,
  textsComplete,
  evidenceDeclared,
  referencesExist,
  routeReferences,
  youthGatesValid,
  compiles,
  acuteOverride,
  indirectCap,
  weakCap,
  nextStepsCover,
  contactsShown,
  reviewFresh,
];

/**
 * A rule that can be given anything: the ruleset is read once as plain data (a cycle, getter or
 * proxy becomes a problem, never a hang) and its top-level fields checked before the rule runs, and
 * a rule that still cannot read it gives a problem instead of a throw.
 */
function guarded(rule: ValidationRule): ValidationRule {
  return {
    name: rule.name,
    description: rule.description,
    check(ruleset, context) {
      const plain = readPlainData(ruleset);
      if ('issue' in plain) return [{ ...plain.issue, rule: rule.name, severity: 'error' }];
      const shape = shapeProblems(plain.value);
      if (shape.length > 0) return shape.map((p) => ({ ...p, rule: rule.name }));
      return checkSafely(rule, plain.value as Ruleset, context);
    },
  };
}

/** Runs a rule on a ruleset; a rule that cannot read it gives a problem, never a throw. */
export function checkSafely(rule: ValidationRule, ruleset: Ruleset, context: RuleContext): ValidationProblem[] {
  try {
    return rule.check(ruleset, context);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [
      problem(
        rule.name,
        'error',
        [],
        'unreadable_ruleset',
        `De regels konden niet worden gelezen (${detail}).`,
        `The ruleset could not be read (${detail}).`,
      ),
    ];
  }
}

/**
 * The named rules `validateRuleset` and `checkRuleset` run after the shape check, in this order.
 * Each can also be run on its own, on anything: it never throws and never hangs.
 */
export const VALIDATION_RULES: readonly ValidationRule[] = RULES.map(guarded);
