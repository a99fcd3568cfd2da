import type { Ruleset } from '../schema/ruleset.js';
import { levelRank, type Audience, type Level } from '../schema/vocabulary.js';
import { audienceIndex } from './compiled.js';
import { compile } from './compile.js';

/** Next steps and contacts for a level and audience: what `assess` returns, without an assessment. */
export interface Guidance {
  nextStepIds: string[];
  contactIds: string[];
}

/**
 * The next steps and contacts for a level, audience and (optional) municipality, as `assess` would
 * give them. For a referral page that shows where to go without asking any questions.
 */
export function guidanceWith(
  level: Level,
  audience: Audience,
  municipality: string | undefined,
  ruleset: Ruleset,
): Guidance {
  const compiled = compile(ruleset);
  const a = audienceIndex(audience);
  return {
    nextStepIds: [...(compiled.nextSteps[levelRank(level)]?.[a] ?? [])],
    // An unknown municipality gives the national contacts only.
    contactIds: [
      ...(compiled.contacts.get(municipality && compiled.municipalities.has(municipality) ? municipality : '')?.[a] ??
        []),
    ],
  };
}
