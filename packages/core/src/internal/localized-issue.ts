import type { Issue } from '../schema/assessment.js';
import { en } from '../messages/en.js';
import { nl } from '../messages/nl.js';
import type { Messages } from '../messages/types.js';

/** An issue with its message in Dutch and English, rendered by the same function for each. */
export function localizedIssue(
  path: (string | number)[],
  code: string,
  render: (m: Messages) => string,
  suggestion?: string,
): Issue {
  const found: Issue = { path, code, message: { nl: render(nl), en: render(en) } };
  if (suggestion !== undefined) found.suggestion = suggestion;
  return found;
}
