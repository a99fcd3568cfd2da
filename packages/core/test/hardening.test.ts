import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkRuleset,
  defaultRuleset,
  extendRuleset,
  RulesetError,
  safeAssess,
  safeHref,
  validateRuleset,
  type Ruleset,
  type RulesetPatch,
} from '../src/index.js';
import { DATED_CACHE_SIZE, cachedDates, compile } from '../src/engine/compile.js';
// The engine's own entry, without the national floor: the synthetic rulesets here have no 112.
import { safeAssessWith } from '../src/engine/assess.js';
import { syntheticRuleset } from './helpers/synthetic-ruleset.js';
import { input } from './helpers/arbitraries.js';
import { localContact as makeLocalContact, municipalityPatch } from './helpers/local-contact.js';

// Each finding of the security and reliability probe of issue 11, as a regression test.
const TODAY = defaultRuleset.reviewedOn;
const clone = (): Ruleset => structuredClone(defaultRuleset);
const errorCodes = (ruleset: unknown) => validateRuleset(ruleset, { today: TODAY }).errors.map((e) => e.code);
const refusal = (patch: unknown) => {
  try {
    extendRuleset(defaultRuleset, patch as RulesetPatch, { today: TODAY });
  } catch (error) {
    expect(error).toBeInstanceOf(RulesetError);
    return (error as RulesetError).issues.map((issue) => issue.code);
  }
  return [];
};

const cyclic = (): Ruleset => {
  const ruleset = clone() as Ruleset & { self?: unknown };
  ruleset.self = ruleset;
  (ruleset.signals[0] as unknown as { parent: unknown }).parent = ruleset.signals;
  return ruleset;
};
const withThrowingGetter = (): Ruleset => {
  const ruleset = clone();
  Object.defineProperty(ruleset, 'contacts', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  return ruleset;
};

describe('3. the "never throws" functions never throw and never hang', () => {
  it('safeAssess turns hostile input into issues: throwing getters, proxies, revoked proxies', () => {
    const getter = {
      age: 15,
      get observations(): never {
        throw new Error('boom');
      },
    };
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    const revoked = Proxy.revocable({ age: 15, observations: {} }, {});
    revoked.revoke();
    for (const hostile of [getter, trap, revoked.proxy, { age: 15, observations: trap }]) {
      const result = safeAssess(hostile);
      expect(result).toMatchObject({ ok: false, issues: [{ code: 'unreadable_input' }] });
    }
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['an empty object', {}],
    ['a string', 'ruleset'],
    ['a cyclic ruleset', cyclic()],
    ['a ruleset with a throwing getter', withThrowingGetter()],
  ])('safeAssess gives issues, never a throw, for %s as the ruleset', (_what, ruleset) => {
    const result = safeAssess({ age: 15, observations: {} }, ruleset as Ruleset);
    expect(result.ok).toBe(false);
    if (!result.ok) for (const issue of result.issues) expect(issue.path[0]).toBe('ruleset');
  });

  it('validateRuleset and checkRuleset report a cyclic ruleset and a throwing getter as problems', () => {
    for (const check of [validateRuleset, checkRuleset]) {
      expect(check(cyclic(), { today: TODAY }).errors.map((e) => e.code)).toEqual(['cyclic_value']);
      expect(check(withThrowingGetter(), { today: TODAY }).errors).toEqual([
        expect.objectContaining({ code: 'unreadable_value', path: ['contacts'] }),
      ]);
    }
  });

  it('validateRuleset refuses a ruleset far larger than any real one without reading all of it', () => {
    const huge = clone();
    huge.sources = Array.from({ length: 400 }, (_, i) => ({
      ...defaultRuleset.sources[0]!,
      id: `SRC-${i}`,
      title: 'x'.repeat(25_000),
    }));
    expect(errorCodes(huge)).toEqual(['too_large']);
  });

  it('survives a fuzz of hostile wrappers around inputs and rulesets', () => {
    const hostile = fc.constantFrom<(v: unknown) => unknown>(
      (v) => v,
      (v) => new Proxy(v as object, {}),
      (v) => {
        const revoked = Proxy.revocable(v as object, {});
        revoked.revoke();
        return revoked.proxy;
      },
      (v) => {
        const copy = { ...(v as object) } as Record<string, unknown>;
        copy['self'] = copy;
        return copy;
      },
      (v) => {
        const copy = { ...(v as object) };
        Object.defineProperty(copy, 'observations', {
          enumerable: true,
          get() {
            throw new Error('getter');
          },
        });
        return copy;
      },
      (v) =>
        new Proxy(v as object, {
          get(target, key, receiver) {
            if (key === 'age') throw new Error('trap');
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
    );
    fc.assert(
      fc.property(input(), hostile, fc.boolean(), (i, wrap, wrapRuleset) => {
        const candidate = wrap(i);
        const ruleset = (wrapRuleset ? wrap(defaultRuleset) : defaultRuleset) as Ruleset;
        const result = safeAssess(candidate, ruleset);
        expect(typeof result.ok).toBe('boolean');
        expect(() => checkRuleset(wrap(clone()))).not.toThrow();
      }),
      { numRuns: 300 },
    );
    // 300 full checks of a cloned ruleset: about 4 s on an idle machine, more with five engineers on two cores.
  }, 60_000);
});

describe('4. cheap requests cost little', () => {
  it('reports 200 unknown ids of 10,000 characters without suggesting anything for them', () => {
    const observations = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`${i}-${'x'.repeat(10_000)}`, 'clear']),
    );
    const result = safeAssess({ age: 15, observations });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(200);
      expect(result.issues.every((issue) => issue.suggestion === undefined)).toBe(true);
      expect(Math.max(...result.issues.map((issue) => issue.message.en.length))).toBeLessThan(200);
    }
  });

  it('refuses more observations than any ruleset has entries in one issue', () => {
    const observations = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`id-${i}`, 'no']));
    const result = safeAssess({ age: 15, observations });
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'too_many_observations' }] });
  });
});

describe('5. no memory grows with the number of distinct dates', () => {
  /** A ruleset whose weak weight changes on the first of every month of 2021 and 2022: 24 eras. */
  const monthly = (): Ruleset => {
    const ruleset = syntheticRuleset();
    const weak = ruleset.parameters.find((p) => p.id === 'w-weak')!;
    for (let month = 0; month < 24; month++) {
      const since = new Date(Date.UTC(2021, month, 1)).toISOString().slice(0, 10);
      weak.values.push({ since, value: 1 + month / 100, sourceIds: ['SRC'] });
    }
    return ruleset;
  };
  const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);

  it(`keeps at most ${DATED_CACHE_SIZE} dated compilations of a ruleset`, () => {
    const ruleset = monthly();
    for (let n = 0; n < 1200; n += 3) {
      expect(safeAssessWith({ age: 15, observations: {}, asOf: day(n) }, ruleset).ok).toBe(true);
      compile(ruleset, day(n));
    }
    expect(cachedDates(ruleset)).toBe(DATED_CACHE_SIZE);
  });

  it('shares one compilation between dates that see the same values, and uses the newest after the last change', () => {
    const ruleset = monthly();
    expect(compile(ruleset, '2021-03-02')).toBe(compile(ruleset, '2021-03-31'));
    expect(compile(ruleset, '2021-03-31')).not.toBe(compile(ruleset, '2021-04-01'));
    expect(compile(ruleset, '2023-01-01')).toBe(compile(ruleset));
    expect(compile(ruleset, '9999-12-31')).toBe(compile(ruleset));
    for (let n = 0; n < 5000; n++)
      compile(defaultRuleset, new Date(Date.UTC(2027, 0, 1 + n)).toISOString().slice(0, 10));
    expect(cachedDates(defaultRuleset)).toBe(0);
  });

  it('gives the values in force on each date, whichever date compiled the shared era first', () => {
    const ruleset = monthly();
    const weakAt = (asOf: string) => {
      const result = safeAssessWith({ age: 15, observations: { 'a-weak': 'clear' }, asOf }, ruleset);
      if (!result.ok) throw new Error('not ok');
      return result.assessment.dimensions['a']?.score;
    };
    expect(weakAt('2021-03-31')).toBeCloseTo(1.02);
    expect(weakAt('2021-03-02')).toBeCloseTo(1.02);
    expect(weakAt('2020-06-01')).toBe(1);
    expect(weakAt('2022-12-31')).toBeCloseTo(1.23);
  });
});

describe('6. the safety floor is a validation rule, for validateRuleset and checkRuleset alike', () => {
  const emergency = defaultRuleset.contacts.findIndex((c) => c.id === 'emergency');
  it.each<[string, (r: Ruleset) => void, string]>([
    ['no 112', (r) => r.contacts.splice(emergency, 1), 'missing_emergency_number'],
    ['112 unprotected', (r) => delete r.contacts[emergency]!.protected, 'missing_emergency_number'],
    ['112 not in every result', (r) => delete r.contacts[emergency]!.alwaysShown, 'missing_emergency_number'],
    ['112 only at acute', (r) => (r.contacts[emergency]!.levels = ['acute']), 'missing_emergency_number'],
    ['112 only for adults', (r) => (r.contacts[emergency]!.ages = { min: 18 }), 'missing_emergency_number'],
    ['no acute signals', (r) => (r.signals = r.signals.filter((s) => s.kind !== 'acute')), 'missing_acute_signal'],
    [
      'an acute signal turned into evidence',
      (r) => Object.assign(r.signals[0]!, { kind: 'signal', evidence: 'indirect' }),
      'missing_acute_signal',
    ],
    [
      'Veilig Thuis removed',
      (r) => (r.contacts = r.contacts.filter((c) => c.id !== 'veilig-thuis')),
      'missing_protected_contact',
    ],
  ])('refuses a ruleset with %s', (_what, change, code) => {
    const ruleset = clone();
    change(ruleset);
    expect(errorCodes(ruleset)).toContain(code);
    expect(checkRuleset(ruleset, { today: TODAY }).errors.map((e) => e.code)).toContain(code);
  });

  it('accepts the national ruleset with its floor, and hands back the plain copy it checked', () => {
    const result = checkRuleset(defaultRuleset, { today: TODAY });
    expect(result.valid).toBe(true);
    expect(result.ruleset).toEqual(defaultRuleset);
    expect(result.ruleset).not.toBe(defaultRuleset);
  });
});

const localContact = makeLocalContact('utrecht', { id: 'utrecht-desk' });
const utrecht = municipalityPatch('utrecht', 'Utrecht');

describe('7. no weakening through wording', () => {
  it('refuses rewording an acute signal', () => {
    expect(
      refusal({ ...utrecht, texts: { 'acute-held': { label: { nl: 'Iets anders', en: 'Something else' } } } }),
    ).toEqual(['protected_signal']);
  });

  it('refuses texts of invisible characters only', () => {
    const texts = { 'activity-courier': { label: { nl: '\u200B', en: '\u200B\u200B' } } };
    expect(refusal({ ...utrecht, texts })).toEqual(['missing_text', 'missing_text']);
  });

  it('refuses a contact that claims 112 or the name of a protected contact', () => {
    const fake112 = { ...localContact, name: { nl: 'Alarmnummer 112', en: 'Emergency 112' }, phone: '0900-1234567' };
    expect(refusal({ ...utrecht, contacts: { add: [fake112] } })).toContain('claims_protected_name');
    const dials112 = { ...localContact, phone: '112' };
    expect(refusal({ ...utrecht, contacts: { add: [dials112] } })).toEqual(
      expect.arrayContaining(['claims_emergency_number']),
    );
    const fakeVeiligThuis = { ...localContact, name: { nl: 'veilig  thuis', en: 'Safe Home' } };
    expect(refusal({ ...utrecht, contacts: { add: [fakeVeiligThuis] } })).toContain('claims_protected_name');
  });
});

describe('8. no live javascript: or data: links, and only real phone numbers', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://example.nl', 'ftp://example.nl'])(
    'refuses %s as a contact website',
    (url) => {
      expect(refusal({ ...utrecht, contacts: { add: [{ ...localContact, url }] } })).toContain('invalid_format');
      const ruleset = clone();
      ruleset.contacts[1] = { ...ruleset.contacts[1]!, url };
      expect(checkRuleset(ruleset, { today: TODAY }).errors.map((e) => e.code)).toContain('invalid_url');
    },
  );

  it.each(['0900-1234567;javascript:alert(1)', '112 or call me', '+44 20 7946 0000', 'tel:0800-2000', '12'])(
    'refuses %s as a phone number',
    (phone) => {
      expect(refusal({ ...utrecht, contacts: { add: [{ ...localContact, phone }] } })).toContain('invalid_format');
      const ruleset = clone();
      ruleset.contacts[1] = { ...ruleset.contacts[1]!, phone };
      expect(checkRuleset(ruleset, { today: TODAY }).errors.map((e) => e.code)).toContain('invalid_phone');
    },
  );

  it.each(['112', '113', '14 030', '0800-2000', '033 448 11 86', '+31 30 000 0000', '0900-8844'])(
    'accepts %s as a phone number',
    (phone) => {
      expect(() =>
        extendRuleset(
          defaultRuleset,
          { ...utrecht, contacts: { add: [{ ...localContact, phone: phone === '112' ? '14 030' : phone }] } },
          { today: TODAY },
        ),
      ).not.toThrow();
    },
  );

  it('checkRuleset reports a phone number or address of the wrong type without throwing', () => {
    const ruleset = clone() as unknown as { contacts: Record<string, unknown>[] };
    ruleset.contacts[1] = { ...ruleset.contacts[1], phone: 8002000, url: { href: 'https://x.nl/' } };
    const codes = checkRuleset(ruleset, { today: TODAY }).errors.map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['invalid_phone', 'invalid_url']));
    expect(codes).not.toContain('unreadable_ruleset');
  });

  it('gives a widget an href only for what may be a link', () => {
    expect(safeHref('contact-url', 'https://www.slachtofferhulp.nl/')).toBe('https://www.slachtofferhulp.nl/');
    expect(safeHref('contact-url', 'http://example.nl/')).toBeUndefined();
    expect(safeHref('source-url', 'http://example.nl/report.pdf')).toBe('http://example.nl/report.pdf');
    expect(safeHref('phone', '0800-2000')).toBe('tel:08002000');
    expect(safeHref('phone', '+31 30 000 0000')).toBe('tel:+31300000000');
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      '//evil.nl',
    ]) {
      expect(safeHref('contact-url', bad)).toBeUndefined();
      expect(safeHref('source-url', bad)).toBeUndefined();
    }
    expect(safeHref('phone', '0900-1234567;javascript:alert(1)')).toBeUndefined();
    expect(safeHref('phone', 112)).toBeUndefined();
  });
});

describe('10. smaller findings', () => {
  it('merges what it validated: a getter cannot change the patch between check and merge', () => {
    let reads = 0;
    const patch = {
      ...utrecht,
      contacts: {
        get add() {
          reads += 1;
          return reads === 1 ? [localContact] : [{ ...localContact, url: 'javascript:alert(1)' }];
        },
      },
    };
    const extended = extendRuleset(defaultRuleset, patch as unknown as RulesetPatch, { today: TODAY });
    expect(extended.contacts.find((c) => c.id === 'utrecht-desk')?.url).toBeUndefined();
    expect(reads).toBe(1);
  });

  it('refuses a patch that reuses the national ruleset’s id and version', () => {
    expect(refusal({ version: defaultRuleset.version })).toEqual(['version_reused']);
    expect(refusal({ id: 'utrecht', version: defaultRuleset.version, municipalities: utrecht.municipalities })).toEqual(
      [],
    );
  });

  it('ignores an enumerable key on Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['injected'] = 'clear';
    try {
      expect(safeAssess({ age: 15, observations: { 'harm-secrecy': 'clear' } })).toMatchObject({ ok: true });
      expect(checkRuleset(defaultRuleset, { today: TODAY }).valid).toBe(true);
      // zod itself reads inherited keys; validateRuleset reports that instead of throwing.
      expect(() => validateRuleset(defaultRuleset, { today: TODAY })).not.toThrow();
    } finally {
      delete proto['injected'];
    }
  });

  it('evaluates a ruleset with more than 127 dimensions correctly', () => {
    const base = syntheticRuleset();
    const extra = Array.from({ length: 140 }, (_, i) => ({ ...base.dimensions[0]!, id: `d-${i}` }));
    const ruleset = syntheticRuleset({
      dimensions: [...extra, ...base.dimensions],
      signals: base.signals,
    });
    const result = safeAssessWith({ age: 15, observations: { 'a-medium': 'clear', 'b-medium': 'clear' } }, ruleset);
    expect(result).toMatchObject({ ok: true, assessment: { level: 'suspicion' } });
  });
});

describe('1. a text that is not a text cannot reach a widget', () => {
  it('checkRuleset refuses a next step whose title is null, or a contact name without English', () => {
    const ruleset = clone() as unknown as { nextSteps: { title: unknown }[]; contacts: { name: unknown }[] };
    ruleset.nextSteps[0]!.title = null;
    ruleset.contacts[1]!.name = { nl: 'Naam' };
    const problems = checkRuleset(ruleset, { today: TODAY }).errors;
    expect(problems.map((p) => [p.code, p.path])).toEqual(
      expect.arrayContaining([
        ['missing_text', ['nextSteps', 0, 'title']],
        ['missing_text', ['contacts', 1, 'name']],
      ]),
    );
  });
});

describe('validating then assessing reads and compiles a ruleset once', () => {
  it('assesses the object as it was checked, so a change after the check is never evaluated', () => {
    const courier = { age: 15, observations: { 'activity-courier': 'clear' } } as const;
    const expected = safeAssess(courier);
    for (const check of [validateRuleset, checkRuleset]) {
      const given = clone();
      expect(check(given, { today: TODAY }).valid).toBe(true);
      given.rules = [];
      expect(safeAssess(courier, given)).toEqual(expected);
    }
  });

  it('keeps what assess first read, even when the object is validated after a change', () => {
    const given = clone();
    const before = safeAssess({ age: 15, observations: { 'activity-courier': 'clear' } }, given);
    given.rules = [];
    expect(validateRuleset(given, { today: TODAY }).valid).toBe(false);
    expect(safeAssess({ age: 15, observations: { 'activity-courier': 'clear' } }, given)).toEqual(before);
  });
});
