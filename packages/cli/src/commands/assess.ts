import { checkPatch, defaultRuleset, explain, safeAssess, type Locale, type Ruleset } from '@anders-kijken/core';
import type { Args } from '../args.js';
import { readJson, readText, UsageError, type Io } from '../io.js';
import type { Words } from '../words.js';
import { findingLine } from './validate.js';

/** The ruleset to assess with: the national one, extended with `--patch` when it is given and valid. */
function rulesetOf(args: Args, io: Io, w: Words, locale: Locale): Ruleset | undefined {
  const file = args.values.get('--patch');
  if (file === undefined) return defaultRuleset;
  const { ruleset, errors } = checkPatch(defaultRuleset, readJson(file, io, w));
  for (const issue of errors) io.err(findingLine(`${file}: ${w.error}`, issue, locale));
  return ruleset;
}

/**
 * `anders-kijken assess <input>`: one case, the assessment with its explanation; with `--jsonl`,
 * one case per line and one result per line. Exit 1 when any case is not valid.
 */
export function assess(args: Args, io: Io, w: Words, locale: Locale): number {
  const file = args.files[0];
  if (!file) throw new UsageError(w.missingFile('assess'));
  const ruleset = rulesetOf(args, io, w, locale);
  if (!ruleset) return 1;
  if (!args.flags.has('--jsonl')) {
    const result = safeAssess(readJson(file, io, w), ruleset);
    if (!result.ok) {
      for (const issue of result.issues) io.err(findingLine(w.error, issue, locale));
      return 1;
    }
    io.out(JSON.stringify({ ...result.assessment, explanation: explain(result.assessment, locale, ruleset) }, null, 2));
    return 0;
  }
  let failed = false;
  readText(file, io, w)
    .split(/\r?\n/)
    .forEach((text, index) => {
      if (text.trim() === '') return;
      const line = index + 1;
      let input: unknown;
      try {
        input = JSON.parse(text);
      } catch (error) {
        failed = true;
        io.out(
          JSON.stringify({
            line,
            ok: false,
            issues: [{ path: [], code: 'invalid_json', message: (error as Error).message }],
          }),
        );
        return;
      }
      const result = safeAssess(input, ruleset);
      if (!result.ok) failed = true;
      io.out(
        JSON.stringify(
          result.ok
            ? { line, ok: true, level: result.assessment.level, assessment: result.assessment }
            : { line, ok: false, issues: result.issues },
        ),
      );
    });
  return failed ? 1 : 0;
}
