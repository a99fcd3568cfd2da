import { IssuesError, extendRuleset, validateRuleset, type Issue, type Ruleset } from '@anders-kijken/core';

/** What applying a patch gave: the extended ruleset with its warnings, or every reason it was refused. */
export type PatchResult = { ruleset: Ruleset; warnings: Issue[] } | { issues: Issue[] };

const under = (issue: Issue): Issue => ({ ...issue, path: ['patch', ...issue.path] });

/** `collection:id` of every entry a patch adds, read defensively: the patch passed the schema by now. */
function addedIds(patch: unknown): Set<string> {
  const ids = new Set<string>();
  const record = patch as Record<string, unknown>;
  for (const collection of ['contacts', 'signals', 'riskFactors', 'nextSteps']) {
    const add = (record[collection] as { add?: { id?: unknown }[] } | undefined)?.add ?? [];
    for (const entry of add) if (typeof entry.id === 'string') ids.add(`${collection}:${entry.id}`);
  }
  for (const source of (record['sources'] as { id?: unknown }[] | undefined) ?? [])
    if (typeof source.id === 'string') ids.add(`sources:${source.id}`);
  return ids;
}

/**
 * Extends `base` with a patch read from the page, with every guard of `extendRuleset`. Never
 * throws: a refused patch gives its issues (paths under `patch`). This module carries the schemas,
 * so the embed build keeps it in a file of its own that only pages with a `patch` load.
 */
export function applyPatch(base: Ruleset, patch: unknown): PatchResult {
  try {
    const ruleset = extendRuleset(base, patch as Parameters<typeof extendRuleset>[1]);
    // Warnings (an unconfirmed contact, a number not checked for months) about what the patch added
    // are for the page's editor; the national ruleset's own are not theirs to act on.
    const added = addedIds(patch);
    const warnings = validateRuleset(ruleset).warnings.filter((warning) => {
      const [collection, index] = warning.path;
      const entry = (ruleset as unknown as Record<string, { id?: unknown }[] | undefined>)[String(collection)]?.[
        Number(index)
      ];
      return typeof entry?.id === 'string' && added.has(`${String(collection)}:${entry.id}`);
    });
    return {
      ruleset,
      warnings: warnings.map(({ path, code, message }) => ({ path: ['ruleset', ...path], code, message })),
    };
  } catch (error) {
    if (error instanceof IssuesError) return { issues: error.issues.map(under) };
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
