import { RulesetError } from '../internal/errors.js';
import { readPlainData } from '../internal/plain-data.js';
import { suggest } from '../internal/suggest.js';
import type { Issue } from '../schema/assessment.js';
import type { Contact } from '../schema/contact.js';
import { RulesetPatchSchema, type PatchSignal, type RulesetPatch } from '../schema/patch.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { Signal } from '../schema/signal.js';
import type { ValidationProblem } from './problem.js';
import { safeParse, schemaProblems } from './schema-issues.js';
import { validateRuleset, type ValidateOptions } from './validate-ruleset.js';
import { shapeProblems } from './shape.js';

type Path = (string | number)[];

function refusal(path: Path, code: string, nl: string, en: string, suggestion?: string): Issue {
  const found: Issue = { path, code, message: { nl, en } };
  if (suggestion !== undefined) found.suggestion = suggestion;
  return found;
}

const asIssue = (p: ValidationProblem): Issue => ({ path: p.path, code: p.code, message: p.message });

/** Replaces items with the same id and appends the rest. */
function upsert<T extends { id: string }>(items: readonly T[], additions: readonly T[] | undefined): T[] {
  if (!additions) return [...items];
  const ids = new Set(additions.map((a) => a.id));
  return [...items.filter((item) => !ids.has(item.id)), ...additions];
}

/**
 * Where a problem in the merged ruleset came from in the patch, so the error names the patch's
 * field: items the patch added sit after the base's items in each merged list.
 */
function patchPathFor(path: Path, merged: Ruleset, patch: RulesetPatch): Path {
  const [collection, index, ...rest] = path;
  if (typeof index !== 'number') return path;
  const added: Record<string, [number, Path]> = {
    signals: [patch.signals?.add?.length ?? 0, ['signals', 'add']],
    riskFactors: [patch.riskFactors?.add?.length ?? 0, ['riskFactors', 'add']],
    contacts: [patch.contacts?.add?.length ?? 0, ['contacts', 'add']],
    nextSteps: [patch.nextSteps?.add?.length ?? 0, ['nextSteps', 'add']],
    rules: [patch.rules?.add?.length ?? 0, ['rules', 'add']],
    sources: [patch.sources?.length ?? 0, ['sources']],
    municipalities: [patch.municipalities?.length ?? 0, ['municipalities']],
  };
  const entry = added[collection as string];
  const list = merged[collection as keyof Ruleset];
  if (!entry || !Array.isArray(list)) return path;
  const first = list.length - entry[0];
  return index >= first ? [...entry[1], index - first, ...rest] : path;
}

/** What {@link checkPatch} found: the extended ruleset when the patch is accepted, and every problem with a path in the patch. */
export interface PatchCheck {
  /** The base with the patch, when there are no errors. */
  ruleset?: Ruleset;
  /** Why the patch is refused, each with its path in the patch. */
  errors: Issue[];
  /**
   * What a maintainer should look at in what the patch adds (an unconfirmed contact, a number not
   * checked for six months), with paths in the patch. The base's own warnings are not the patch's.
   */
  warnings: Issue[];
}

/**
 * Checks a patch as {@link extendRuleset} does, without throwing: the extended ruleset, or every
 * reason it is refused; and the warnings about what it adds. For a builder, a page check or a CLI.
 */
export function checkPatch(base: Ruleset, candidate: unknown, options: ValidateOptions = {}): PatchCheck {
  try {
    return { ...extend(base, candidate, options), errors: [] };
  } catch (error) {
    return { errors: (error as RulesetError).issues, warnings: [] };
  }
}

/**
 * Extends a ruleset with a municipality's local contacts, signals, sources and wording, without
 * touching the base. It refuses, naming the field, any patch that removes or replaces an acute
 * signal, a national signal, a national contact or 112, or that lets risk factors alone reach
 * `suspicion`; and any patch whose result does not validate.
 *
 * @example
 * ```ts
 * const haag = extendRuleset(defaultRuleset, {
 *   id: 'den-haag',
 *   contacts: { add: [{ id: 'den-haag-wijkteam', scope: 'local', municipality: 'den-haag', … }] },
 * });
 * assess({ age: 15, observations: {}, municipality: 'den-haag' }, haag);
 * ```
 * @throws {RulesetError} with every issue found.
 */
export function extendRuleset(base: Ruleset, candidate: RulesetPatch, options: ValidateOptions = {}): Ruleset {
  return extend(base, candidate, options).ruleset;
}

/**
 * {@link merge}, throwing nothing but a {@link RulesetError}: a base that is not a ruleset (junk, a
 * cycle, a getter that throws) is refused with issues under `base`, like a bad patch.
 */
function extend(given: unknown, candidate: unknown, options: ValidateOptions): { ruleset: Ruleset; warnings: Issue[] } {
  const base = readBase(given);
  try {
    return merge(base, candidate, options);
  } catch (error) {
    if (error instanceof RulesetError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new RulesetError([
      refusal(
        ['base'],
        'unreadable_ruleset',
        `De regels om uit te breiden konden niet worden gelezen (${detail}). Controleer ze met validateRuleset.`,
        `The ruleset to extend could not be read (${detail}). Check it with validateRuleset.`,
      ),
    ]);
  }
}

/** The base as plain data with the top-level fields a merge reads, or a {@link RulesetError} naming what is not. */
function readBase(given: unknown): Ruleset {
  const plain = readPlainData(given, ['base']);
  if ('issue' in plain) throw new RulesetError([plain.issue]);
  const problems = shapeProblems(plain.value);
  if (problems.length > 0) throw new RulesetError(problems.map((p) => ({ ...asIssue(p), path: ['base', ...p.path] })));
  return plain.value as Ruleset;
}

function merge(base: Ruleset, candidate: unknown, options: ValidateOptions): { ruleset: Ruleset; warnings: Issue[] } {
  // Read the patch once into plain data and merge what was parsed: a getter cannot change it in between.
  const plain = readPlainData(candidate);
  if ('issue' in plain) throw new RulesetError([plain.issue]);
  const parsed = safeParse(RulesetPatchSchema, plain.value);
  if (!parsed.success)
    throw new RulesetError('issues' in parsed ? schemaProblems(parsed.issues).map(asIssue) : [asIssue(parsed.problem)]);
  const patch: RulesetPatch = parsed.data;

  const issues: Issue[] = [];
  const contactsById = new Map<string, Contact>(base.contacts.map((c) => [c.id, c]));
  patch.contacts?.remove?.forEach((id, i) => {
    const contact = contactsById.get(id);
    const path = ['contacts', 'remove', i];
    if (!contact)
      issues.push(
        refusal(
          path,
          'unknown_contact',
          `Contact '${id}' bestaat niet.`,
          `Contact '${id}' does not exist.`,
          suggest(id, contactsById.keys()),
        ),
      );
    else if (contact.scope === 'national' || contact.protected) {
      issues.push(
        refusal(
          path,
          'protected_contact',
          `Landelijk contact '${id}' kan niet worden verwijderd.`,
          `National contact '${id}' cannot be removed.`,
        ),
      );
    }
  });
  patch.contacts?.add?.forEach((contact, i) => {
    const existing = contactsById.get(contact.id);
    if (existing && (existing.scope === 'national' || existing.protected)) {
      issues.push(
        refusal(
          ['contacts', 'add', i, 'id'],
          'protected_contact',
          `Landelijk contact '${contact.id}' kan niet worden vervangen; voeg een lokaal contact toe met een eigen id.`,
          `National contact '${contact.id}' cannot be replaced; add a local contact with its own id.`,
        ),
      );
    }
  });

  const signalsById = new Map(base.signals.map((s) => [s.id, s]));
  patch.signals?.remove?.forEach((id, i) => {
    const signal = signalsById.get(id);
    const path = ['signals', 'remove', i];
    if (!signal)
      issues.push(
        refusal(
          path,
          'unknown_signal',
          `Signaal '${id}' bestaat niet.`,
          `Signal '${id}' does not exist.`,
          suggest(id, signalsById.keys()),
        ),
      );
    else if (signal.kind === 'acute')
      issues.push(
        refusal(
          path,
          'protected_signal',
          `Acuut signaal '${id}' kan nooit worden verwijderd.`,
          `Acute signal '${id}' can never be removed.`,
        ),
      );
    else if (signal.addedBy === undefined)
      issues.push(
        refusal(
          path,
          'protected_signal',
          `Landelijk signaal '${id}' kan niet worden verwijderd; alleen lokaal toegevoegde signalen.`,
          `National signal '${id}' cannot be removed; only locally added signals can.`,
        ),
      );
  });
  patch.signals?.add?.forEach((signal, i) => {
    if (signalsById.has(signal.id)) {
      issues.push(
        refusal(
          ['signals', 'add', i, 'id'],
          'duplicate_id',
          `Signaal '${signal.id}' bestaat al; een bestaand signaal kan alleen anders worden verwoord (texts).`,
          `Signal '${signal.id}' already exists; an existing signal can only be reworded (texts).`,
        ),
      );
    }
  });
  const entryIds = [
    ...base.signals,
    ...base.riskFactors,
    ...(patch.signals?.add ?? []),
    ...(patch.riskFactors?.add ?? []),
  ].map((e) => e.id);
  for (const id of Object.keys(patch.texts ?? {})) {
    if (!entryIds.includes(id))
      issues.push(
        refusal(
          ['texts', id],
          'unknown_signal',
          `'${id}' is geen signaal of risicofactor.`,
          `'${id}' is not a signal or risk factor.`,
          suggest(id, entryIds),
        ),
      );
    else if (signalsById.get(id)?.kind === 'acute')
      issues.push(
        refusal(
          ['texts', id],
          'protected_signal',
          `Acuut signaal '${id}' kan niet anders worden verwoord: de teksten van acute signalen zijn die van de landelijke regels.`,
          `Acute signal '${id}' cannot be reworded: the texts of acute signals are those of the national ruleset.`,
        ),
      );
  }
  // A route or heading of its own decides what an acute result shows; only the national ruleset may do that.
  (patch.rules?.add ?? []).forEach((rule, i) => {
    for (const field of ['route', 'heading'] as const)
      if (rule[field] !== undefined)
        issues.push(
          refusal(
            ['rules', 'add', i, field],
            'protected_route',
            `Een regel uit een uitbreiding kan geen eigen '${field}' hebben: die bepalen welke stappen en welke kop een uitkomst toont, en dat doen alleen de landelijke regels.`,
            `A rule from an extension cannot have a '${field}' of its own: those decide which steps and which heading a result shows, and only the national rules do that.`,
          ),
        );
  });
  const version = patch.version ?? `${base.version.split('+')[0]}+${patch.id ?? 'local'}`;
  // A patch's own version must not pass itself off as the base: only the content hash would differ.
  if ((patch.id ?? base.id) === base.id && patch.version === base.version)
    issues.push(
      refusal(
        ['version'],
        'version_reused',
        `Versie ${version} van '${base.id}' bestaat al; geef de uitgebreide regels een eigen id of versie.`,
        `Version ${version} of '${base.id}' exists already; give the extended ruleset its own id or version.`,
      ),
    );
  if (issues.length > 0) throw new RulesetError(issues);

  // A signal added without `evidence` (a patch written before it existed) counts as indirect:
  // indirect evidence can never make a suspicion on its own.
  const withEvidence = (signal: PatchSignal): Signal =>
    signal.kind === 'signal' ? { ...signal, evidence: signal.evidence ?? 'indirect' } : signal;
  const reword = <T extends { id: string; texts: object }>(entry: T): T => {
    const texts = patch.texts?.[entry.id];
    return texts ? { ...entry, texts: { ...entry.texts, ...texts } } : entry;
  };
  const addedBy = patch.id ?? 'local';
  const removedSignals = new Set(patch.signals?.remove ?? []);
  const removedContacts = new Set(patch.contacts?.remove ?? []);
  const merged: Ruleset = {
    ...base,
    id: patch.id ?? base.id,
    version,
    municipalities: upsert(base.municipalities, patch.municipalities),
    sources: [...base.sources, ...(patch.sources ?? [])],
    contacts: upsert(
      base.contacts.filter((c) => !removedContacts.has(c.id)),
      patch.contacts?.add,
    ),
    signals: [
      ...base.signals.filter((s) => !removedSignals.has(s.id)),
      ...(patch.signals?.add ?? []).map(withEvidence),
    ].map(reword),
    riskFactors: [...base.riskFactors, ...(patch.riskFactors?.add ?? [])].map(reword),
    // Stamped here, not taken from the patch: in an acute result a patch's steps come after the base's.
    nextSteps: [...base.nextSteps, ...(patch.nextSteps?.add ?? []).map((step) => ({ ...step, addedBy }))],
    rules: [...base.rules, ...(patch.rules?.add ?? [])],
  };

  const { errors, warnings } = validateRuleset(merged, options);
  if (errors.length > 0) {
    throw new RulesetError(errors.map((e) => ({ ...asIssue(e), path: patchPathFor(e.path, merged, patch) })));
  }
  // Only warnings about what the patch added are the patch's: their paths move into the patch.
  const own = warnings.flatMap((w) => {
    const path = patchPathFor(w.path, merged, patch);
    return path === w.path ? [] : [{ ...asIssue(w), path }];
  });
  return { ruleset: merged, warnings: own };
}
