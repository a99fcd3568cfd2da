import type {
  Answer,
  Audience,
  Evidence,
  Level,
  Locale,
  SignalKind,
  Strength,
  YouthChoice,
} from '../schema/vocabulary.js';

/** Names a reader sees, looked up in the ruleset by the caller. */
export interface Named {
  /** Labels of the signals or risk factors concerned, in order. */
  labels: string[];
}

/** The audiences that may see a level's name; a young person never does. */
export type LevelReader = Exclude<Audience, 'young-person'>;

/** The audiences who read plain sentences instead of the model's reasoning: parents and young people. */
export type LayReader = Exclude<Audience, 'professional'>;

/**
 * What `explain` tells a parent or a young person, in B1 words: what was seen, what that may mean
 * and what to do. Never a word from `PROFESSIONAL_WORDS` (a test reads every sentence for them).
 */
export interface LaySentences {
  /** What was seen or told clearly: "Wat je bij je kind ziet: a en b." */
  seen: (named: Named) => string;
  /** What was answered `possible`, as "misschien", never as seen. */
  maybe: (named: Named) => string;
  /** What the answers may mean and what to do, per level (for a young person without naming it). */
  meaning: Record<Level, string>;
  /** Only signals with ordinary explanations were given. */
  ordinaryExplanations: string;
  /** Circumstances (risk factors) named: context, they change nothing. */
  circumstances: (named: Named) => string;
  ageUnknown: string;
  startedAsMinor: (adultAge: number) => string;
  youngAdult: (adultAge: number) => string;
  /** Questions worth asking and the outcome they would give, or `undefined` when this reader sees none. */
  gaps: ((level: string, named: Named) => string) | undefined;
  moreGaps: ((count: number) => string) | undefined;
  /** The closing sentence: an aid, not a judgement, and where to talk. */
  closing: string;
}

/**
 * The words of the model in one language: what widgets, docs and the configurator show for levels,
 * answers, audiences, kinds, strengths and evidence. One place, so every site uses the same words.
 */
export interface Words {
  /** The name of each level, for professionals and for parents (section 4 of the brief). */
  levels: Record<LevelReader, Record<Level, string>>;
  /**
   * What each level means, in a sentence, for each audience; a young person's sentences never name
   * the level.
   */
  levelMeanings: Record<Audience, Record<Level, string>>;
  /** The heading of a young person's result, which never names a level: "Hier kun je praten". */
  youthResultHeading: string;
  /** The answers of the check. */
  answers: Record<Answer, string>;
  /** The choices of the youth check; skipping a question is not a choice. */
  youthChoices: Record<YouthChoice, string>;
  audiences: Record<Audience, string>;
  kinds: Record<SignalKind, string>;
  strengths: Record<Strength, string>;
  /** "direct" or "indirect" evidence, as a badge. */
  evidence: Record<Evidence, string>;
  /** One sentence on what each kind of evidence means. */
  evidenceMeaning: Record<Evidence, string>;
  /** The name of the context "dimension" of risk factors. */
  contextDimension: string;
  /** A number as this language writes it: `1,5` in Dutch. */
  number: (value: number) => string;
  /** An ISO date as this language writes it in running text: `23 november 2026`. */
  date: (iso: string) => string;
  /** A count with the right form of its noun: `1 signaal`, `3 signalen`. */
  count: (value: number, one: string, other: string) => string;
  /** Joins labels into one readable list: "a, b en c". */
  list: (items: string[]) => string;
  /** Joins alternatives into one readable list: "a, b of c". */
  either: (items: string[]) => string;
}

/** Every sentence the engine and `explain` produce, for one locale. A missing key fails to compile. */
export interface Messages {
  $code: Locale;
  words: Words;
  issues: {
    invalidInput: (received: string) => string;
    unreadableInput: () => string;
    unreadableRuleset: () => string;
    invalidAge: (received: string, min: number, max: number) => string;
    invalidStartedAsMinor: (received: string) => string;
    invalidBoolean: (field: string, received: string) => string;
    invalidObservations: (received: string) => string;
    tooManyObservations: (count: number, max: number) => string;
    unknownSignal: (id: string, suggestion: string | undefined) => string;
    invalidAnswer: (id: string, received: string, allowed: string) => string;
    invalidAudience: (received: string, allowed: string) => string;
    invalidMunicipality: (received: string) => string;
    invalidDate: (field: string, received: string) => string;
    asOfTooEarly: (received: string, earliest: string) => string;
    unknownField: (field: string, allowed: string) => string;
  };
  warnings: {
    unknownMunicipality: (received: string, suggestion: string | undefined) => string;
  };
  findings: {
    dimensionIndicated: (dimension: string, score: string, threshold: string, named: Named) => string;
    indirectOnly: () => string;
    riskFactorsPresent: (named: Named) => string;
    riskFactorsOnly: () => string;
    ageUnknownTreatedAsMinor: () => string;
    startedAsMinor: (adultAge: number) => string;
    youngAdultRule: (adultAge: number) => string;
    nothingObserved: () => string;
    /** The observations a rule rests on: those answered clear as observed, those answered possible as maybe. */
    ruleObserved: (observed: Named, possible: Named) => string;
    gaps: (level: string, named: Named) => string;
    moreGaps: (count: number) => string;
    /** The closing reminder for a professional (parents and young people read `lay[…].closing`). */
    supportsJudgement: string;
  };
}

/** Renders a received value for an error message, short and safe. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'function') return 'function';
  return String(value);
}
