import type { Level } from '../schema/vocabulary.js';

/** Names a reader sees, looked up in the ruleset by the caller. */
export interface Named {
  /** Labels of the signals or risk factors concerned, in order. */
  labels: string[];
}

/** Every sentence the engine and `explain` produce, for one locale. A missing key fails to compile. */
export interface Messages {
  $code: string;
  levels: Record<Level, string>;
  /** Joins labels into one readable list: "a, b en c". */
  list: (items: string[]) => string;
  /** Joins alternatives into one readable list: "a, b of c". */
  either: (items: string[]) => string;
  issues: {
    invalidInput: (received: string) => string;
    invalidAge: (received: string, min: number, max: number) => string;
    invalidObservations: (received: string) => string;
    unknownSignal: (id: string, suggestion: string | undefined) => string;
    invalidAnswer: (id: string, received: string, allowed: string) => string;
    invalidAudience: (received: string, allowed: string) => string;
    unknownMunicipality: (received: string, suggestion: string | undefined) => string;
    invalidDate: (field: string, received: string) => string;
    asOfTooEarly: (received: string, earliest: string) => string;
    unknownField: (field: string) => string;
  };
  findings: {
    dimensionIndicated: (dimension: string, score: number, threshold: number, named: Named) => string;
    riskFactorsPresent: (named: Named) => string;
    riskFactorsOnly: () => string;
    ageUnknownTreatedAsMinor: () => string;
    youngAdultRule: (adultAge: number) => string;
    nothingObserved: () => string;
    ruleObserved: (named: Named) => string;
    gaps: (level: string, named: Named) => string;
    supportsJudgement: () => string;
  };
}

/** Renders a received value for an error message, short and safe. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  return String(value);
}
