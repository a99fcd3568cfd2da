import { checkPatch, type Issue, type Ruleset } from '@anders-kijken/core';

// embed-patch.js (this module's bundle) also carries the check of a ruleset a page gives in code:
// both need the same schemas, so one lazy file serves both.
export { checkRuleset } from './check-ruleset.js';

/** What applying a patch gave: the extended ruleset with its warnings, or every reason it was refused. */
export type PatchResult = { ruleset: Ruleset; warnings: Issue[] } | { issues: Issue[] };

const under = (issue: Issue): Issue => ({ ...issue, path: ['patch', ...issue.path] });

/**
 * Extends `base` with a patch read from the page, with every guard of `extendRuleset`. Never
 * throws: a refused patch gives its issues, and an accepted one the warnings about what it adds
 * (an unconfirmed contact, a number not checked for months), all with paths under `patch`. This
 * module carries the schemas, so the embed build keeps it in a file of its own that only pages with
 * a `patch` load.
 */
export function applyPatch(base: Ruleset, patch: unknown): PatchResult {
  try {
    const { ruleset, errors, warnings } = checkPatch(base, patch);
    if (!ruleset || errors.length > 0) return { issues: errors.map(under) };
    return { ruleset, warnings: warnings.map(under) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      issues: [
        {
          path: ['patch'],
          code: 'unexpected_error',
          message: { nl: `Onverwachte fout: ${detail}`, en: `Unexpected error: ${detail}` },
        },
      ],
    };
  }
}
