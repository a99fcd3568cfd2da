import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AssessmentInputError,
  RulesetError,
  VALIDATION_RULES,
  assess,
  checkPatch,
  checkRuleset,
  defaultRuleset,
  explain,
  extendRuleset,
  guidance,
  safeAssess,
  validateRuleset,
  type Ruleset,
  type RulesetPatch,
} from '../src/index.js';
import * as assessEntry from '../src/assess/index.js';
import { municipalityPatch } from './helpers/local-contact.js';

// "Core still throws in two places" (issue "Safe on every page", item 5), and a fuzz of every
// exported function that takes a ruleset over cyclic and junk rulesets.
const TODAY = defaultRuleset.reviewedOn;
const CONTEXT = { today: TODAY, floor: false } as const;
/** Far above one real call, far below the 1.5 s walk of a cycle this replaces (7.5 s on a busy machine). */
const FAST_MS = 1000;
/**
 * For each call of the fuzz, which runs two dozen calls a run on rulesets of every shape: a bound a
 * machine shared by several test suites keeps, and a hang or a walk of seconds still breaks.
 */
const FUZZ_CALL_MS = 2500;

const clone = (): Ruleset => structuredClone(defaultRuleset);
const textsComplete = VALIDATION_RULES.find((rule) => rule.name === 'texts-complete')!;

/** The national ruleset with a cycle where a walk over its texts meets it. */
function cyclic(where: 'root' | 'signal' | 'text' | 'contacts'): Ruleset {
  const ruleset = clone() as Ruleset & Record<string, unknown>;
  if (where === 'root') ruleset['self'] = ruleset;
  if (where === 'signal') (ruleset.signals[0] as unknown as Record<string, unknown>)['parent'] = ruleset.signals;
  if (where === 'text') (ruleset.name as unknown as Record<string, unknown>)['back'] = ruleset;
  if (where === 'contacts') (ruleset.contacts as unknown[]).push(ruleset.contacts);
  return ruleset;
}

/** Rulesets that are not rulesets: anything, a field or an item replaced by anything, or a cycle. */
const junkRuleset: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc
    .tuple(fc.constantFrom(...(Object.keys(defaultRuleset) as (keyof Ruleset)[])), fc.anything())
    .map(([key, value]) => ({ ...clone(), [key]: value })),
  fc
    .tuple(
      fc.constantFrom(
        'signals',
        'riskFactors',
        'contacts',
        'nextSteps',
        'rules',
        'dimensions',
        'parameters',
      ) as fc.Arbitrary<keyof Ruleset>,
      fc.nat(),
      fc.anything(),
    )
    .map(([key, at, value]) => {
      const ruleset = clone();
      const list = ruleset[key] as unknown[];
      list[at % list.length] = value;
      return ruleset;
    }),
  fc.constantFrom('root', 'signal', 'text', 'contacts').map((where) => cyclic(where as 'root')),
);

const input = { age: 15, observations: { 'acute-held': 'clear' } } as const;
const assessment = assess(input);
const patch = municipalityPatch('utrecht', 'Utrecht') as RulesetPatch;

/** Runs a call, timed; a throw other than the documented ones fails the test. */
function fast(name: string, call: () => unknown, documented: (error: unknown) => boolean = () => false): void {
  const start = performance.now();
  try {
    call();
  } catch (error) {
    if (!documented(error)) throw new Error(`${name} threw ${String(error)}`, { cause: error });
  }
  expect(performance.now() - start, name).toBeLessThan(FUZZ_CALL_MS);
}

const rulesetError = (error: unknown) => error instanceof RulesetError;
const assessError = (error: unknown) => error instanceof RulesetError || error instanceof AssessmentInputError;

describe('core still throws in two places', () => {
  it.each(['root', 'signal', 'text', 'contacts'] as const)(
    'the texts-complete rule reports a ruleset with a cycle at %s as a problem, at once',
    (where) => {
      const start = performance.now();
      const problems = textsComplete.check(cyclic(where), CONTEXT);
      expect(performance.now() - start).toBeLessThan(FAST_MS);
      expect(problems).toEqual([expect.objectContaining({ code: 'cyclic_value', rule: 'texts-complete' })]);
    },
  );

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'national'],
    ['an empty object', {}],
    ['contacts that are not a list', { ...defaultRuleset, contacts: 'none' }],
    ['a contact that is null', { ...defaultRuleset, contacts: [null, ...defaultRuleset.contacts] }],
    ['a cycle', cyclic('root')],
  ])('extendRuleset refuses %s as the base with a RulesetError, and checkPatch returns it', (_what, base) => {
    let thrown: unknown;
    try {
      extendRuleset(base as Ruleset, patch, CONTEXT);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RulesetError);
    const issues = (thrown as RulesetError).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.path[0]).toBe('base');
    expect(checkPatch(base as Ruleset, patch, CONTEXT).errors).toEqual(issues);
  });
});

describe('every exported function that takes a ruleset takes junk and cycles without throwing', () => {
  it('assess, safeAssess, explain, guidance, validateRuleset, checkRuleset, extendRuleset, checkPatch and each validation rule', () => {
    fc.assert(
      fc.property(junkRuleset, (junk) => {
        const ruleset = junk as Ruleset;
        fast('assess', () => assess(input, ruleset), assessError);
        fast('assess entry', () => assessEntry.assess(input, ruleset), assessError);
        fast('safeAssess', () => expect(typeof safeAssess(input, ruleset).ok).toBe('boolean'));
        fast('safeAssess entry', () => expect(typeof assessEntry.safeAssess(input, ruleset).ok).toBe('boolean'));
        fast('explain', () => expect(explain(assessment, 'en', ruleset).length).toBeGreaterThan(0));
        fast('guidance', () => expect(Array.isArray(guidance({ level: 'acute' }, ruleset).nextStepIds)).toBe(true));
        fast('validateRuleset', () => validateRuleset(ruleset, { today: TODAY }));
        fast('checkRuleset', () => checkRuleset(ruleset, { today: TODAY }));
        fast('extendRuleset', () => extendRuleset(ruleset, patch, { today: TODAY }), rulesetError);
        fast('checkPatch', () => checkPatch(ruleset, patch, { today: TODAY }));
        for (const rule of VALIDATION_RULES)
          fast(rule.name, () => expect(Array.isArray(rule.check(ruleset, { today: TODAY, floor: false }))).toBe(true));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('gives a safeAssess issue under ruleset for a junk ruleset, and a result with 112 for the national one', () => {
    const result = safeAssess(input, { ...defaultRuleset, contacts: 'none' } as unknown as Ruleset);
    expect(result.ok).toBe(false);
    if (!result.ok) for (const issue of result.issues) expect(issue.path[0]).toBe('ruleset');
    expect(safeAssess(input)).toMatchObject({ ok: true, assessment: { level: 'acute' } });
  });
});
