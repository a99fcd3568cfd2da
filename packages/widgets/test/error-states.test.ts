import { defaultRuleset, type Ruleset } from '@anders-kijken/core';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../src/define.js';
import { expectAccessible } from './axe.js';
import { mount, settled } from './fixtures.js';

const TAGS = [
  'ak-signal-check',
  'ak-assessment-summary',
  'ak-referral-guide',
  'ak-signal-catalogue',
  'ak-youth-check',
] as const;

describe('every widget, given a broken ruleset', () => {
  it.each(TAGS)(
    '%s shows an accessible inline message, fires ak-error, keeps working and never throws',
    async (tag) => {
      const element = await mount<HTMLElementTagNameMap[typeof tag]>(tag);
      const errors: CustomEvent[] = [];
      element.addEventListener('ak-error', (event) => errors.push(event as CustomEvent));
      const broken = { ...defaultRuleset, contacts: 'none' } as unknown as Ruleset;
      expect(() => (element.ruleset = broken)).not.toThrow();
      await settled(element);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.detail.issues[0]).toMatchObject({ path: ['ruleset', 'contacts'] });
      await expect
        .element(page.elementLocator(element).getByRole('alert'))
        .toHaveTextContent("'contacts' moet een lijst zijn.");
      expect(element.ruleset).toBe(defaultRuleset);
      await expectAccessible(element);
    },
  );
});
