import { checkPatch, defaultRuleset, explain, safeAssess, type Locale, type Ruleset } from '@anders-kijken/core';
import type { Args } from '../args.js';
import { UsageError, type Io } from '../io.js';
import { jsonSyntaxError } from '../json-syntax.js';
import { readJson } from '../read-json.js';
import { readLines } from '../read-lines.js';
import { WORDS, type Words } from '../words.js';
import { findingLine } from './validate.js';

/** The ruleset to assess with: the national one, extended with `--patch` when it is given and valid. */
async function rulesetOf(args: Args, io: Io, w: Words, locale: Locale): Promise<Ruleset | undefined> {
  const file = args.options.patch;
  if (file === undefined) return defaultRuleset;
  const { ruleset, errors } = checkPatch(defaultRuleset, await readJson(file, io, w));
  for (const issue of errors) io.err(findingLine(`${file}: ${w.error}`, issue, locale));
  return ruleset;
}

/** One line of JSONL as a value, or the issue that says where its JSON breaks, in both languages like core's. */
function parseLine(text: string): { ok: true; input: unknown } | { ok: false; issue: object } {
  try {
    return { ok: true, input: JSON.parse(text) };
  } catch {
    const error = jsonSyntaxError(text);
    const say = (w: Words) => (error ? w.jsonSyntax(error, 'line') : w.jsonUnreadable);
    return { ok: false, issue: { path: [], code: 'invalid_json', message: { nl: say(WORDS.nl), en: say(WORDS.en) } } };
  }
}

/** `--jsonl`: one result per line, as each line is read; stops when the reader of the output has gone. */
async function assessLines(file: string, ruleset: Ruleset, io: Io, w: Words): Promise<number> {
  let failed = false;
  for await (const { line, text } of readLines(file, io, w)) {
    if (io.stopped) break;
    if (text.trim() === '') continue;
    const parsed = parseLine(text);
    if (!parsed.ok) {
      failed = true;
      io.out(JSON.stringify({ line, ok: false, issues: [parsed.issue] }));
      continue;
    }
    const result = safeAssess(parsed.input, ruleset);
    if (!result.ok) failed = true;
    io.out(
      JSON.stringify(
        result.ok
          ? { line, ok: true, level: result.assessment.level, assessment: result.assessment }
          : { line, ok: false, issues: result.issues },
      ),
    );
  }
  return failed ? 1 : 0;
}

/**
 * `anders-kijken assess <input>`: one case, the assessment with its explanation; with `--jsonl`,
 * one case per line and one result per line. Exit 1 when any case is not valid.
 */
export async function assess(args: Args, io: Io, w: Words, locale: Locale): Promise<number> {
  const file = args.files[0];
  if (!file) throw new UsageError(w.missingFile('assess'));
  const ruleset = await rulesetOf(args, io, w, locale);
  if (!ruleset) return 1;
  if (args.options.jsonl) return assessLines(file, ruleset, io, w);
  const result = safeAssess(await readJson(file, io, w), ruleset);
  if (!result.ok) {
    for (const issue of result.issues) io.err(findingLine(w.error, issue, locale));
    return 1;
  }
  io.document(
    JSON.stringify({ ...result.assessment, explanation: explain(result.assessment, locale, ruleset) }, null, 2),
  );
  return 0;
}
