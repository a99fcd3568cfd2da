/**
 * `@anders-kijken/core`: the signal catalogue and the explainable assessment engine for recognising
 * criminal exploitation of children and young people. Pure: no DOM, no network, no storage.
 * @packageDocumentation
 */
// Re-exports only, by name, and one file per function of the national ruleset: the widgets' browser
// build reads these lines to split the evaluation from the rest (see docs/architecture.md).
export { catalogue, defaultRuleset } from './national/ruleset.js';
export { assess, safeAssess } from './national/assess.js';
export { explain } from './national/explain.js';
export { resultHeading } from './national/result-heading.js';
export { guidance } from './national/guidance.js';
export type { Guidance, GuidanceQuery } from './engine/guidance.js';
export { stepTexts } from './engine/step-texts.js';
export type { StepTexts } from './engine/step-texts.js';
export type { SafeAssessResult } from './engine/assess.js';
export { AssessmentInputError, IssuesError, RulesetError, formatPath } from './internal/errors.js';
export { valueAt } from './internal/value-at.js';
export { resolveLocale } from './internal/locale.js';
export { wordsFor } from './messages/index.js';
export type { LayReader, LevelReader, Words } from './messages/types.js';
export { PROFESSIONAL_WORDS, professionalWordsIn } from './messages/professional-words.js';
export type { ProfessionalWord } from './messages/professional-words.js';
export {
  AGE_GROUPS,
  AGE_RANGE,
  AGE_RULES,
  ANSWERS,
  ANSWER_THRESHOLDS,
  AUDIENCES,
  CONTEXT_DIMENSION,
  EVIDENCE,
  FINDING_CODES,
  LEVELS,
  LOCALES,
  RULE_KINDS,
  SIGNAL_KINDS,
  STRENGTHS,
  WARNING_CODES,
  YOUTH_CHOICES,
  YOUTH_CHOICE_ANSWERS,
  isAnswer,
  isAudience,
  isLevel,
  isLocale,
  levelRank,
  maxLevel,
} from './schema/vocabulary.js';
export type {
  AgeGroup,
  AgeRule,
  Answer,
  AnswerThreshold,
  Audience,
  Evidence,
  FindingCode,
  Level,
  Locale,
  RuleKind,
  SignalKind,
  Strength,
  WarningCode,
  YouthChoice,
} from './schema/vocabulary.js';
export { LevelSchema } from './schema/level.js';
export { LocalizedTextSchema } from './schema/localized-text.js';
export type { LocalizedText } from './schema/localized-text.js';
export { AgeSchema, AssessmentInputSchema } from './schema/input.js';
export type { Age, AssessmentInput } from './schema/input.js';
export { AssessmentSchema, FindingSchema, InformationGapSchema, IssueSchema } from './schema/assessment.js';
export type { Assessment, DimensionResult, Finding, InformationGap, Issue, RulesetStamp } from './schema/assessment.js';
export {
  AcuteSignalSchema,
  DimensionSchema,
  EvidenceSchema,
  EvidenceSignalSchema,
  RiskFactorSchema,
  SignalSchema,
  SignalTextsSchema,
} from './schema/signal.js';
export type {
  AcuteSignal,
  CatalogueEntry,
  Dimension,
  EvidenceSignal,
  RiskFactor,
  Signal,
  SignalTexts,
} from './schema/signal.js';
export { YouthGateSchema, YouthQuestionSchema } from './schema/youth-question.js';
export type { YouthGate, YouthQuestion } from './schema/youth-question.js';
export {
  highestYouthAnswer,
  opensGate,
  youthCheckSteps,
  youthObservations,
  youthQuestionKey,
  youthQuestionsOf,
} from './engine/youth-check.js';
export type { YouthStep } from './engine/youth-check.js';
export { AgesSchema } from './schema/primitives.js';
export type { Ages } from './schema/primitives.js';
export { SourceSchema } from './schema/source.js';
export type { Source } from './schema/source.js';
export { ParameterSchema } from './schema/dated.js';
export type { DatedValue, Parameter } from './schema/dated.js';
export {
  ConditionSchema,
  CountConditionSchema,
  EntrySelectorSchema,
  IndicatedConditionSchema,
  RuleSchema,
  ScoreConditionSchema,
  SelectorSchema,
} from './schema/rule.js';
export type {
  Condition,
  CountCondition,
  EntrySelector,
  IndicatedCondition,
  Rule,
  ScoreCondition,
  Selector,
} from './schema/rule.js';
export { NextStepSchema, StepTriggerSchema } from './schema/next-step.js';
export type { NextStep, StepTrigger } from './schema/next-step.js';
export { ContactSchema, MunicipalitySchema } from './schema/contact.js';
export type { Contact, Municipality } from './schema/contact.js';
export { RulesetSchema, ScoringSchema } from './schema/ruleset.js';
export type { Catalogue, Ruleset, Scoring } from './schema/ruleset.js';
export { PatchSignalSchema, RulesetPatchSchema, TextPatchSchema } from './schema/patch.js';
export type { PatchSignal, RulesetPatch, TextPatch } from './schema/patch.js';
export { validateRuleset } from './validate/validate-ruleset.js';
export { checkRuleset } from './validate/check-ruleset.js';
export type { ValidateOptions } from './validate/validate-ruleset.js';
export { VALIDATION_RULES } from './validate/rules.js';
export type { RuleContext, ValidationRule } from './validate/rules.js';
export type { ValidationProblem, ValidationResult } from './validate/problem.js';
export { checkPatch, extendRuleset } from './validate/extend-ruleset.js';
export type { PatchCheck } from './validate/extend-ruleset.js';
export { nationalSafetyFloor } from './catalogue/safety-floor.js';
export type { SafetyFloor } from './schema/safety-floor.js';
export { safeHref } from './schema/links.js';
export { EMBED_FOLDER_PLACEHOLDER, TRAINING_TAGS, embedSnippet, islandJson } from './embed/snippet.js';
export type { DownloadFiles, EmbedSnippetOptions } from './embed/snippet.js';
export { FALLBACK_STYLESHEET, fallbackStylesheet } from './embed/fallback.js';
export type { LinkKind } from './schema/links.js';
export { levelLabel } from './engine/level-label.js';
export { WORTH_ASKING, questionsWorthAsking } from './engine/worth-asking.js';
export type { QuestionWorthAsking } from './engine/worth-asking.js';
