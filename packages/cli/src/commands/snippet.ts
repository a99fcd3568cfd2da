import { checkPatch, defaultRuleset, embedSnippet, type Locale } from '@anders-kijken/core';
import type { Args } from '../args.js';
import { UsageError, type Io } from '../io.js';
import { readJson } from '../read-json.js';
import type { Words } from '../words.js';
import { findingLine } from './validate.js';

/**
 * `anders-kijken snippet <patch>`: the code for a page with the patch as a data island, for the
 * municipality it adds. A patch with errors gives its errors instead, with exit 1.
 */
export async function snippet(args: Args, io: Io, w: Words, locale: Locale): Promise<number> {
  const file = args.files[0];
  if (!file) throw new UsageError(w.missingFile('snippet'));
  const patch = await readJson(file, io, w);
  const { ruleset, errors } = checkPatch(defaultRuleset, patch);
  if (!ruleset) {
    for (const issue of errors) io.err(findingLine(w.error, issue, locale));
    io.err(w.snippetRefused);
    return 1;
  }
  const municipality = (patch as { municipalities?: { id?: unknown }[] }).municipalities?.[0]?.id;
  if (typeof municipality !== 'string') io.err(w.noMunicipality);
  try {
    io.document(
      embedSnippet({
        tag: args.options.component ?? 'ak-referral-guide',
        attributes: typeof municipality === 'string' ? { municipality } : {},
        patch: { value: patch, id: args.options.id ?? 'ak-lokaal' },
        folder: args.options.folder,
        integrity: args.options.integrity,
      }),
    );
  } catch (error) {
    // embedSnippet names the element, attribute or id that cannot be written.
    throw new UsageError((error as Error).message);
  }
  return 0;
}
