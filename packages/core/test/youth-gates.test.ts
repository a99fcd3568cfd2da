import { describe, expect, it } from 'vitest';
import {
  catalogue,
  checkPatch,
  checkRuleset,
  defaultRuleset,
  opensGate,
  validateRuleset,
  youthCheckSteps,
  youthObservations,
  youthQuestionsOf,
  type Ruleset,
  type YouthStep,
} from '../src/index.js';

const closed = () => false;
const opened = () => true;
const asked = (steps: YouthStep[]) => steps.filter((s) => s.kind !== 'intro');
const questionKeys = (steps: YouthStep[]) => steps.flatMap((s) => (s.kind === 'question' ? [s.key] : []));

/** The questions of the v2 catalogue (before gates): every youth question was asked, one per entry. */
const QUESTIONS_BEFORE_GATES = 12;

describe('youth gate questions', () => {
  it('let a young person with nothing to tell answer 7 questions instead of 12 (all gates answered Nee)', () => {
    const steps = youthCheckSteps(defaultRuleset, closed);
    const count = asked(steps).length;
    expect(count).toBe(7);
    expect(count).toBeLessThan(QUESTIONS_BEFORE_GATES);
    // All open, the check asks every youth question once, with its gate.
    const all = [...catalogue.signals, ...catalogue.riskFactors].flatMap((e) => youthQuestionsOf(e.texts));
    expect(questionKeys(youthCheckSteps(defaultRuleset, opened))).toHaveLength(all.length);
  });

  it('always ask the acute questions first and never behind a gate', () => {
    for (const open of [closed, opened]) {
      const steps = youthCheckSteps(defaultRuleset, open);
      const firstGate = steps.findIndex((s) => s.kind === 'gate');
      const acute = steps.flatMap((s, i) => (s.kind === 'question' && s.entry.kind === 'acute' ? [i] : []));
      expect(acute.length).toBe(3);
      expect(Math.max(...acute)).toBeLessThan(firstGate);
      expect(steps.slice(0, firstGate).every((s) => s.kind === 'question' && s.gateId === undefined)).toBe(true);
    }
  });

  it('open on Ja, Soms and "Ik weet het niet zeker", and stay closed on Nee or no answer', () => {
    expect(opensGate('yes')).toBe(true);
    expect(opensGate('sometimes')).toBe(true);
    expect(opensGate('unsure')).toBe(true);
    expect(opensGate('no')).toBe(false);
    expect(opensGate(undefined)).toBe(false);
  });

  it('show the follow-ups of an open gate right after it, each entry once', () => {
    const steps = youthCheckSteps(defaultRuleset, (id) => id === 'gate-jobs');
    const gate = steps.findIndex((s) => s.kind === 'gate' && s.gate.id === 'gate-jobs');
    const next = steps[gate + 1];
    expect(next?.kind === 'question' && next.entry.id).toBe('activity-courier');
    const keys = questionKeys(youthCheckSteps(defaultRuleset, opened));
    expect(new Set(keys).size).toBe(keys.length);
    // control-debt is behind two gates: with only the pressure gate open it is still asked.
    expect(questionKeys(youthCheckSteps(defaultRuleset, (id) => id === 'gate-pressure'))).toContain('control-debt');
  });

  it('count a follow-up behind a closed gate as unknown, never no, even when it was answered before', () => {
    const choices = { 'gate-jobs': 'no', 'activity-courier': 'yes', 'activity-stash': 'no' } as const;
    expect(youthObservations(youthCheckSteps(defaultRuleset, closed), choices)).toEqual({});
    expect(
      youthObservations(
        youthCheckSteps(defaultRuleset, (id) => id === 'gate-jobs'),
        choices,
      ),
    ).toEqual({
      'activity-courier': 'clear',
      'activity-stash': 'no',
    });
  });

  it('combine the two questions of one entry into the higher answer', () => {
    const steps = youthCheckSteps(defaultRuleset, opened);
    const sex = 'harm-sexual-exploitation';
    expect(youthObservations(steps, { [sex]: 'no', [`${sex}#2`]: 'unsure' })).toEqual({ [sex]: 'possible' });
    expect(youthObservations(steps, { [`${sex}#2`]: 'no' })).toEqual({ [sex]: 'no' });
    expect(youthObservations(steps, { 'acute-threat-to-life#2': 'yes', 'acute-threat-to-life': 'no' })).toEqual({
      'acute-threat-to-life': 'clear',
    });
  });

  it('put the line about sex right before the two questions about sex', () => {
    const steps = youthCheckSteps(defaultRuleset, opened);
    const intro = steps.findIndex((s) => s.kind === 'intro');
    expect(steps[intro]?.kind === 'intro' && steps[intro].text.nl).toBe(
      'Sommige vragen gaan over seks; je mag ze overslaan.',
    );
    expect(questionKeys(steps.slice(intro + 1, intro + 3))).toEqual([
      'harm-sexual-exploitation',
      'harm-sexual-exploitation#2',
    ]);
    expect(youthCheckSteps(defaultRuleset, closed).some((s) => s.kind === 'intro')).toBe(false);
  });
});

describe('the youth-gates validation rule', () => {
  const broken = (change: (r: Ruleset) => void) => {
    const ruleset = structuredClone(defaultRuleset);
    change(ruleset);
    return ruleset;
  };
  const found = (ruleset: Ruleset) =>
    validateRuleset(ruleset, { today: ruleset.reviewedOn })
      .errors.filter((e) => e.rule === 'youth-gates')
      .map(({ path, code }) => ({ path, code }));

  it('finds no problem in the national gates', () => {
    expect(found(defaultRuleset)).toEqual([]);
  });

  it.each([
    [
      'an entry that does not exist',
      (r: Ruleset) => r.youthGates?.[0]?.opens.push('activity-nothing'),
      'unknown_reference',
      'opens',
    ],
    [
      'an acute signal',
      (r: Ruleset) => r.youthGates?.[1]?.opens.push('acute-threat-to-life'),
      'acute_behind_gate',
      'opens',
    ],
    [
      'an entry without a youth question',
      (r: Ruleset) => r.youthGates?.[2]?.opens.push('harm-fear'),
      'gate_without_question',
      'opens',
    ],
    [
      'a gate id used twice',
      (r: Ruleset) => r.youthGates?.push(structuredClone(r.youthGates[0]!)),
      'duplicate_id',
      'id',
    ],
  ] as const)('refuses a gate that names %s, with the path', (_what, change, code, field) => {
    const ruleset = broken(change);
    const problems = found(ruleset);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe(code);
    expect(problems[0]?.path.slice(0, 3)).toEqual(['youthGates', problems[0]?.path[1], field]);
    // The light check without a schema runs the same rule.
    expect(checkRuleset(ruleset, { today: ruleset.reviewedOn }).errors.map((e) => e.code)).toContain(code);
  });

  it('accepts a ruleset without gates: every youth question is then asked', () => {
    const ruleset = broken((r) => delete r.youthGates);
    expect(validateRuleset(ruleset, { today: ruleset.reviewedOn }).valid).toBe(true);
    expect(checkRuleset(ruleset, { today: ruleset.reviewedOn }).valid).toBe(true);
    expect(youthCheckSteps(ruleset, closed).some((s) => s.kind === 'gate')).toBe(false);
  });
});

describe('patches with youth questions', () => {
  it('keep a single youth question valid, as patches before v2.1 wrote it, and accept several', () => {
    const one = {
      texts: {
        'activity-stash': {
          youthQuestion: { nl: 'Bewaar je iets voor iemand?', en: 'Do you keep something for someone?' },
        },
      },
    };
    const two = {
      texts: {
        'activity-stash': {
          youthQuestion: [
            { nl: 'Bewaar je drugs voor iemand?', en: 'Do you keep drugs for someone?' },
            { nl: 'Bewaar je geld voor iemand?', en: 'Do you keep money for someone?' },
          ],
        },
      },
    };
    for (const patch of [one, two]) {
      const result = checkPatch(defaultRuleset, patch, { today: defaultRuleset.reviewedOn });
      expect(result.errors).toEqual([]);
    }
    const empty = checkPatch(defaultRuleset, { texts: { 'activity-stash': { youthQuestion: [] } } });
    expect(empty.errors.length).toBeGreaterThan(0);
  });
});

describe('the youth-gates rule on a ruleset read without its schema', () => {
  it('reports hostile gates as problems and never throws', () => {
    const ruleset = structuredClone(defaultRuleset) as unknown as Record<string, unknown>;
    ruleset['youthGates'] = [null, { id: 'gate-x', question: { nl: 'x?', en: 'x?' }, opens: 'activity-courier' }];
    const result = checkRuleset(ruleset, { today: defaultRuleset.reviewedOn });
    expect(result.valid).toBe(false);
    expect(result.errors.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'missing_text', path: ['youthGates', 0, 'question'] },
      { code: 'invalid_type', path: ['youthGates', 1, 'opens'] },
    ]);
  });
});
