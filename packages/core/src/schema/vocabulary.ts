/**
 * The closed sets of the model, free of zod: the engine and the messages import only these, so an
 * app that calls `assess` ships no schema code.
 */

/** The outcome levels, from least to most serious. Their order is part of the contract. */
export const LEVELS = ['none', 'attention', 'concern', 'suspicion', 'acute'] as const;
/** One outcome level of an assessment. */
export type Level = (typeof LEVELS)[number];

/** Whether `value` is one of {@link LEVELS}. */
export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/** Position of a level in {@link LEVELS}: 0 for `none` up to 4 for `acute`. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** The more serious of two levels. */
export function maxLevel(a: Level, b: Level): Level {
  return levelRank(a) >= levelRank(b) ? a : b;
}

/** The languages every citizen-facing text exists in; Dutch first, as the default. */
export const LOCALES = ['nl', 'en'] as const;
/** A language of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/** Whether `value` is one of {@link LOCALES}. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** What the user says of one signal: not seen, don't know, some indication, seen or told directly. */
export const ANSWERS = ['no', 'unknown', 'possible', 'clear'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Whether `value` is one of {@link ANSWERS}. */
export function isAnswer(value: unknown): value is Answer {
  return typeof value === 'string' && (ANSWERS as readonly string[]).includes(value);
}

/**
 * The choices the youth check offers, in the order it shows them. Every youth question is asked so
 * that "Ja" means the signal is there; "Soms" means it happens too. Skipping a question is `unknown`.
 */
export const YOUTH_CHOICES = ['yes', 'sometimes', 'unsure', 'no'] as const;
export type YouthChoice = (typeof YOUTH_CHOICES)[number];

/** The answer each youth choice stands for: Ja and Soms are `clear`, "Ik weet het niet zeker" `possible`. */
export const YOUTH_CHOICE_ANSWERS: Readonly<Record<YouthChoice, Answer>> = {
  yes: 'clear',
  sometimes: 'clear',
  unsure: 'possible',
  no: 'no',
};

/** Who reads the result. It chooses wording and next steps, never the level. */
export const AUDIENCES = ['professional', 'parent', 'young-person'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Whether `value` is one of {@link AUDIENCES}. */
export function isAudience(value: unknown): value is Audience {
  return typeof value === 'string' && (AUDIENCES as readonly string[]).includes(value);
}

/** The ages the tool is made for, in whole years; anything else is an input error. */
export const AGE_RANGE = { min: 6, max: 27 } as const;

/** `signal`: evidence; `acute`: immediate danger; `risk-factor`: vulnerability, never evidence. */
export const SIGNAL_KINDS = ['signal', 'acute', 'risk-factor'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** The kinds a rule may count. Risk factors are not among them: they never change the level. */
export const RULE_KINDS = ['signal', 'acute'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/**
 * `direct`: the observation itself describes an element of exploitation (carrying packages for
 * others, a debt to work off). `indirect`: it fits exploitation but has many ordinary explanations
 * (new trainers, staying out late). Indirect evidence supports a picture and never establishes the
 * purpose or the means by itself.
 */
export const EVIDENCE = ['direct', 'indirect'] as const;
export type Evidence = (typeof EVIDENCE)[number];

/** How much one clearly observed signal weighs; the ILO grades indicators strong, medium and weak. */
export const STRENGTHS = ['weak', 'medium', 'strong'] as const;
export type Strength = (typeof STRENGTHS)[number];

/** The dimension risk factors belong to. It is context only: no rule counts it as evidence. */
export const CONTEXT_DIMENSION = 'vulnerability';

/** `observed`: answered possible or clear; `clear`: answered clear. */
export const ANSWER_THRESHOLDS = ['observed', 'clear'] as const;
export type AnswerThreshold = (typeof ANSWER_THRESHOLDS)[number];

/** Age groups the rules distinguish; an unknown age is read as a minor, the protective reading. */
export const AGE_GROUPS = ['minor', 'young-adult'] as const;
/** Facts of the input a step can be triggered by, besides observations. */
export const CONTEXT_FLAGS = ['suspect'] as const;
export type ContextFlag = (typeof CONTEXT_FLAGS)[number];
export type AgeGroup = (typeof AGE_GROUPS)[number];

/**
 * How age was applied: the minor rule, the young-adult rule, the minor rule for an unknown age, or
 * the minor rule for a young adult whose exploitation began before the age of majority.
 */
export const AGE_RULES = ['minor', 'young-adult', 'unknown-treated-as-minor', 'started-as-minor'] as const;
export type AgeRule = (typeof AGE_RULES)[number];

/** What a finding says; `explain` turns each code into a sentence. */
export const FINDING_CODES = [
  'rule_matched',
  'dimension_indicated',
  'indirect_only',
  'risk_factors_present',
  'risk_factors_only',
  'age_unknown_treated_as_minor',
  'started_as_minor',
  'young_adult_rule',
  'nothing_observed',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** What a warning in a result says: the result is given all the same. */
export const WARNING_CODES = ['unknown_municipality'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Stable identifiers: lower-case ASCII words joined by hyphens (`activity-courier`). */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Source identifiers as the domain brief writes them: upper-case words and years (`CKM-2022`). */
export const SOURCE_ID = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

/** A semantic version, `MAJOR.MINOR.PATCH`, with optional pre-release and build metadata. */
export const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
