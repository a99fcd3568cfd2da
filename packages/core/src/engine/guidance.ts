import type { Issue } from '../schema/assessment.js';
import type { Ruleset } from '../schema/ruleset.js';
import { levelRank, type Answer, type Audience, type Level } from '../schema/vocabulary.js';
import { compile } from './compile.js';
import { ANSWER_CODES, type AnswerCodes, type CompiledRuleset } from './compiled.js';
import { RulesetError } from '../internal/errors.js';
import { localizedIssue } from '../internal/localized-issue.js';
import { unknownMunicipality } from './unknown-municipality.js';
import { route } from './route.js';

/** What to show for a situation without an assessment: a level, who reads it, how old the young person is. */
export interface GuidanceQuery {
  level: Level;
  /** Default: `professional`. */
  audience?: Audience | undefined;
  /** The young person's age in whole years, or `unknown` (default), read as a minor. */
  age?: number | 'unknown' | undefined;
  /** A municipality id, for its local contacts. An unknown one gives a warning and national contacts. */
  municipality?: string | undefined;
  /** Observations that bring in their own steps (a debt, images used as pressure …). */
  observations?: Record<string, Answer> | undefined;
  /** Arrested or a suspect: brings in the step about the lawyer. */
  suspect?: boolean | undefined;
}

/** Next steps and contacts for a situation: what `assess` returns, without an assessment. */
export interface Guidance {
  nextStepIds: string[];
  contactIds: string[];
  /** Per contact, the local contact that labels it as the region's office, as in an assessment. */
  contactRegions?: Record<string, string>;
  warnings: Issue[];
}

/**
 * The next steps and contacts for a level, audience, age and (optional) municipality, as `assess`
 * would give them. For a referral page that shows where to go without asking questions. Never
 * throws: a ruleset that cannot be read or compiled gives no steps and the issue as a warning.
 */
export function guidanceWith(query: GuidanceQuery, ruleset: Ruleset): Guidance {
  let compiled: CompiledRuleset;
  try {
    // Compiled as given, without a plain copy: reading one would put the reader in every page's
    // files. A cycle ends the hash's walk with a RangeError at once, junk with a TypeError.
    compiled = compile(ruleset);
  } catch (error) {
    const issues = error instanceof RulesetError ? error.issues : [];
    return {
      nextStepIds: [],
      contactIds: [],
      warnings: [
        localizedIssue(['ruleset'], 'unreadable_ruleset', (m) => m.issues.unreadableRuleset()),
        ...issues.map((i) => ({ ...i, path: ['ruleset', ...i.path] })),
      ],
    };
  }
  const warnings: Issue[] = [];
  let municipality = query.municipality;
  if (municipality !== undefined && !compiled.municipalities.has(municipality)) {
    warnings.push(unknownMunicipality(municipality, compiled));
    municipality = undefined;
  }
  let answers: AnswerCodes | undefined;
  if (query.observations) {
    answers = compiled.noAnswers.slice();
    for (const [id, answer] of Object.entries(query.observations)) {
      const i = compiled.index.get(id);
      const code = ANSWER_CODES.get(answer);
      if (i !== undefined && code !== undefined) answers[i] = code;
    }
  }
  const { nextStepIds, contactIds, regions } = route(compiled, {
    rank: levelRank(query.level),
    audience: query.audience ?? 'professional',
    age: query.age ?? 'unknown',
    answers,
    suspect: query.suspect === true,
    decisive: [],
    route: undefined,
    municipality,
  });
  return {
    nextStepIds,
    contactIds,
    ...(Object.keys(regions).length > 0 ? { contactRegions: regions } : {}),
    warnings,
  };
}
