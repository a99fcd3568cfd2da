import { checkPatch, defaultRuleset, formatPath, validateRuleset, type Issue, type Locale } from '@anders-kijken/core';
import type { Args } from '../args.js';
import { UsageError, type Io } from '../io.js';
import { nameOf } from '../regular-file.js';
import { readJson } from '../read-json.js';
import type { Words } from '../words.js';

/** Whether a file holds a whole ruleset rather than a municipality's extension of the national one. */
export const isRuleset = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as Record<string, unknown>)['rules']) &&
  Array.isArray((value as Record<string, unknown>)['signals']);

/** The errors and warnings of a file: an extension checked against the national ruleset, or a ruleset. */
export function findings(value: unknown): { errors: Issue[]; warnings: Issue[]; kind: 'ruleset' | 'patch' } {
  if (isRuleset(value)) {
    const { errors, warnings } = validateRuleset(value);
    const plain = ({ path, code, message }: Issue) => ({ path, code, message });
    return { errors: errors.map(plain), warnings: warnings.map(plain), kind: 'ruleset' };
  }
  const { errors, warnings } = checkPatch(defaultRuleset, value);
  return { errors, warnings, kind: 'patch' };
}

/** One finding as a line: `fout  contacts.add[0].phone  '…' is geen Nederlands telefoonnummer.` */
export const findingLine = (label: string, issue: Issue, locale: Locale): string =>
  `${label}  ${formatPath(issue.path) || '-'}  ${issue.message[locale]}`;

/** `anders-kijken validate <file>`: every error and warning; exit 1 on an error. */
export async function validate(args: Args, io: Io, w: Words, locale: Locale): Promise<number> {
  const file = args.files[0];
  if (!file) throw new UsageError(w.missingFile('validate'));
  const { errors, warnings, kind } = findings(await readJson(file, io, w));
  if (args.options.json) {
    io.document(JSON.stringify({ valid: errors.length === 0, kind, errors, warnings }, null, 2));
    return errors.length > 0 ? 1 : 0;
  }
  for (const issue of errors) io.out(findingLine(w.error, issue, locale));
  for (const issue of warnings) io.out(findingLine(w.warning, issue, locale));
  if (errors.length === 0 && warnings.length === 0)
    io.out(kind === 'ruleset' ? w.validRuleset(nameOf(file, w)) : w.validPatch(nameOf(file, w)));
  else io.out(w.summary(errors.length, warnings.length));
  return errors.length > 0 ? 1 : 0;
}
