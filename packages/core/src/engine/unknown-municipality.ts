import type { Issue } from '../schema/assessment.js';
import { localizedIssue } from '../internal/localized-issue.js';
import { suggest } from '../internal/suggest.js';
import type { CompiledRuleset } from './compiled.js';

/** The warning for a municipality the ruleset does not know: the result is given with national contacts. */
export function unknownMunicipality(municipality: string, compiled: CompiledRuleset): Issue {
  const hint = suggest(municipality, compiled.municipalities);
  const received = JSON.stringify(municipality.length > 40 ? `${municipality.slice(0, 40)}…` : municipality);
  return localizedIssue(
    ['municipality'],
    'unknown_municipality',
    (m) => m.warnings.unknownMunicipality(received, hint),
    hint,
  );
}
