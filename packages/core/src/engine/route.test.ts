import { describe, expect, it } from 'vitest';
import { localContact, municipalityPatch } from '../../test/helpers/local-contact.js';
import { defaultRuleset, extendRuleset, guidance, type Contact } from '../index.js';

const TODAY = defaultRuleset.reviewedOn;
const zwolle = (contact: Contact) =>
  extendRuleset(defaultRuleset, municipalityPatch('zwolle', 'Zwolle', [contact]), { today: TODAY });
const local = (overrides: Partial<Contact>) => localContact('zwolle', overrides);

describe('contacts by level', () => {
  it('shows a contact with levels only at those levels, and 112 at every level', () => {
    const ruleset = zwolle(local({ levels: ['suspicion', 'acute'] }));
    const at = (level: 'concern' | 'suspicion' | 'acute') =>
      guidance({ level, audience: 'professional', age: 15, municipality: 'zwolle' }, ruleset).contactIds;
    expect(at('concern')).not.toContain('zwolle-team');
    expect(at('suspicion')).toContain('zwolle-team');
    expect(at('acute')).toContain('zwolle-team');
    for (const level of ['concern', 'suspicion', 'acute'] as const) expect(at(level)).toContain('emergency');
  });

  it('shows a contact without levels at every level', () => {
    const ruleset = zwolle(local({}));
    for (const level of ['none', 'attention', 'concern', 'suspicion', 'acute'] as const)
      expect(guidance({ level, audience: 'parent', age: 15, municipality: 'zwolle' }, ruleset).contactIds).toContain(
        'zwolle-team',
      );
  });
});
