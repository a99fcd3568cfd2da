import { describe, expect, it } from 'vitest';
import { syntheticRuleset, signal } from '../../test/helpers/synthetic-ruleset.js';
import { assessWith } from '../engine/assess.js';
import { RulesetError } from '../internal/errors.js';
import type { Contact } from '../schema/contact.js';
import type { RulesetPatch } from '../schema/patch.js';
import { checkPatch, extendRuleset } from './extend-ruleset.js';

const base = syntheticRuleset();
// The synthetic ruleset is not about the Netherlands: it has no national safety floor to keep.
const OPTIONS = { today: '2026-06-01', floor: false } as const;
const text = (word: string) => ({ nl: word, en: word });
const localDesk: Contact = {
  id: 'town-youth-team',
  scope: 'local',
  municipality: 'town',
  name: text('Youth team'),
  phone: '14 0000',
  hours: text('Office hours'),
  purpose: text('Local advice'),
  confirmed: true,
  checkedOn: '2026-01-01',
};

function refusal(patch: RulesetPatch): { path: (string | number)[]; code: string }[] {
  try {
    extendRuleset(base, patch, OPTIONS);
  } catch (error) {
    expect(error).toBeInstanceOf(RulesetError);
    return (error as RulesetError).issues.map(({ path, code }) => ({ path, code }));
  }
  throw new Error('the patch was accepted');
}

describe('extendRuleset', () => {
  it('adds local contacts, local signals with sources and new wording, leaving the base untouched', () => {
    const before = structuredClone(base);
    const extended = extendRuleset(
      base,
      {
        id: 'town',
        sources: [{ id: 'TOWN-2026', title: 'Local plan', publisher: 'Town', year: 2026, about: text('plan') }],
        contacts: { add: [localDesk] },
        signals: {
          add: [{ ...signal('a-local', 'a', 'medium', 'indirect'), sourceIds: ['TOWN-2026'], addedBy: 'town' }],
        },
        texts: { 'a-weak': { label: { nl: 'Nieuw', en: 'New' } } },
      },
      OPTIONS,
    );
    expect(base).toEqual(before);
    expect(extended).toMatchObject({ id: 'town', version: '0.1.0+town' });
    expect(extended.signals.find((s) => s.id === 'a-weak')?.texts.label).toEqual({ nl: 'Nieuw', en: 'New' });
    expect(extended.signals.find((s) => s.id === 'a-weak')?.texts.question).toEqual(base.signals[3]?.texts.question);
    const result = assessWith({ age: 14, observations: { 'a-local': 'clear' }, municipality: 'town' }, extended);
    expect(result.level).toBe('attention');
    expect(result.contactIds).toEqual(['hotline', 'town-desk', 'town-youth-team']);
    expect(result.ruleset.hash).not.toBe(assessWith({ age: 14, observations: {} }, base).ruleset.hash);
  });

  it('lets a patch remove its own local signals and contacts', () => {
    const withLocal = extendRuleset(
      base,
      {
        contacts: { add: [localDesk] },
        signals: { add: [{ ...signal('a-local', 'a', 'weak', 'indirect'), addedBy: 'town' }] },
      },
      OPTIONS,
    );
    const without = extendRuleset(
      withLocal,
      {
        contacts: { remove: ['town-youth-team'] },
        signals: { remove: ['a-local'] },
      },
      OPTIONS,
    );
    expect(without.contacts.map((c) => c.id)).not.toContain('town-youth-team');
    expect(without.signals.map((s) => s.id)).not.toContain('a-local');
  });

  it('never removes or replaces a national contact or the emergency number', () => {
    expect(refusal({ contacts: { remove: ['hotline', 'unsure'] } })).toEqual([
      { path: ['contacts', 'remove', 0], code: 'protected_contact' },
      { path: ['contacts', 'remove', 1], code: 'protected_contact' },
    ]);
    expect(refusal({ contacts: { add: [{ ...localDesk, id: 'hotline' }] } })).toEqual([
      { path: ['contacts', 'add', 0, 'id'], code: 'protected_contact' },
    ]);
  });

  it('never removes acute or national signals, and never redefines a signal', () => {
    expect(refusal({ signals: { remove: ['danger', 'a-weak'] } })).toEqual([
      { path: ['signals', 'remove', 0], code: 'protected_signal' },
      { path: ['signals', 'remove', 1], code: 'protected_signal' },
    ]);
    expect(refusal({ signals: { add: [signal('danger', 'b', 'weak', 'acute')] } })).toEqual([
      { path: ['signals', 'add', 0, 'id'], code: 'duplicate_id' },
    ]);
  });

  it('never lets an added rule count risk factors, naming the field in the patch', () => {
    const rule = {
      id: 'local-risks',
      level: 'suspicion' as const,
      reason: 'local_risks',
      explanation: text('local'),
      when: [{ type: 'count' as const, select: { ids: ['r-one'] }, answer: 'observed' as const }],
      sourceIds: ['SRC'],
    };
    expect(refusal({ rules: { add: [rule] } })).toEqual([
      { path: ['rules', 'add', 0, 'when', 0, 'select', 'ids', 0], code: 'risk_factor_in_rule' },
    ]);
    const byKind = { ...rule, when: [{ ...rule.when[0], select: { kinds: ['risk-factor'] } }] };
    expect(refusal({ rules: { add: [byKind] } } as unknown as RulesetPatch)[0]?.code).toBe('invalid_value');
  });

  it('never lets an added rule make indirect evidence alone a suspicion', () => {
    const rule = {
      id: 'local-indirect',
      level: 'suspicion' as const,
      reason: 'local_indirect',
      explanation: text('local'),
      when: [{ type: 'count' as const, select: { evidence: 'indirect' as const }, answer: 'observed' as const }],
      sourceIds: ['SRC'],
    };
    expect(refusal({ rules: { add: [rule] } })).toContainEqual({ path: ['rules'], code: 'indirect_exceeds_concern' });
  });

  it('refuses an added rule with a route or heading of its own, which could hide the acute steps', () => {
    const rule = {
      id: 'local-quiet',
      level: 'acute' as const,
      reason: 'local_quiet',
      explanation: text('local'),
      when: [{ type: 'count' as const, select: { kinds: ['acute' as const] }, answer: 'observed' as const }],
      sourceIds: ['SRC'],
      route: 'quiet',
      heading: { professional: text('Wacht op de wijkagent') },
    };
    expect(refusal({ rules: { add: [rule] } })).toEqual(
      expect.arrayContaining([
        { path: ['rules', 'add', 0, 'route'], code: 'protected_route' },
        { path: ['rules', 'add', 0, 'heading'], code: 'protected_route' },
      ]),
    );
  });

  it('reads a signal added without evidence, as patches written before model v2 do, as indirect', () => {
    const old: Record<string, unknown> = { ...signal('a-old', 'a', 'strong', 'direct') };
    delete old['evidence'];
    const patch = { signals: { add: [{ ...old, addedBy: 'town' }] } } as unknown as RulesetPatch;
    const extended = extendRuleset(base, patch, OPTIONS);
    expect(extended.signals.find((s) => s.id === 'a-old')).toMatchObject({ kind: 'signal', evidence: 'indirect' });
    const result = assessWith({ age: 14, observations: { 'a-old': 'clear', 'b-medium': 'clear' } }, extended);
    expect(result.level).toBe('concern');
  });

  it('refuses what the patch format does not allow, and unknown ids with a suggestion', () => {
    expect(refusal({ parameters: [] } as unknown as RulesetPatch)).toEqual([{ path: [], code: 'unrecognized_keys' }]);
    expect(() => extendRuleset(base, { texts: { 'a-wek': { label: text('x') } } }, OPTIONS)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['texts', 'a-wek'], suggestion: 'a-weak' })],
      }),
    );
    expect(
      refusal({ signals: { add: [{ ...signal('a-new', 'a', 'weak', 'indirect'), sourceIds: ['NOPE'] }] } }),
    ).toContainEqual({
      path: ['signals', 'add', 0, 'sourceIds', 0],
      code: 'unknown_source',
    });
  });
});

describe('checkPatch', () => {
  const municipalities = base.municipalities.some((m) => m.id === 'town')
    ? []
    : [{ id: 'town', name: 'Town', sourceIds: [] }];
  it('gives the extended ruleset, or every error, without throwing', () => {
    const accepted = checkPatch(base, { contacts: { add: [localDesk] }, municipalities }, OPTIONS);
    expect(accepted.errors).toEqual([]);
    expect(accepted.ruleset?.contacts.map((c) => c.id)).toContain(localDesk.id);
    const refused = checkPatch(base, { contacts: { add: [{ ...localDesk, phone: 'call me' }] } }, OPTIONS);
    expect(refused.ruleset).toBeUndefined();
    expect(refused.errors.map((e) => e.path)).toContainEqual(['contacts', 'add', 0, 'phone']);
    expect(checkPatch(base, null, OPTIONS).errors).not.toEqual([]);
  });

  it('warns about what the patch adds, with paths in the patch, and not about the base', () => {
    const stale = { ...localDesk, checkedOn: '2025-01-01', confirmed: false };
    const { warnings } = checkPatch(base, { contacts: { add: [stale] }, municipalities }, OPTIONS);
    expect(warnings.map((w) => [w.code, w.path])).toEqual(
      expect.arrayContaining([
        ['unconfirmed_contact', ['contacts', 'add', 0, 'confirmed']],
        ['stale_contact', ['contacts', 'add', 0, 'checkedOn']],
      ]),
    );
    expect(warnings.every((w) => w.path[0] === 'contacts' && w.path[1] === 'add')).toBe(true);
  });
});
