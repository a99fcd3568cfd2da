import { LEVELS, type Audience } from '@anders-kijken/core';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible } from '../../../test/axe.js';
import { mount as mountElement, settled } from '../../../test/fixtures.js';
import { syntheticRuleset } from '../../../test/synthetic-ruleset.js';
import type { AkReferralGuide } from './ak-referral-guide.js';
import './define.js';

// Behaviour on core's synthetic ruleset: one next step per level (`step-concern (nl)`), one for minors
// at suspicion (`step-minor (nl)`), the local desk of `town` for professionals (`desk (nl)`). The
// national routes have their own smoke test at the end.

const mount = (attributes: Record<string, string> = {}) =>
  mountElement<AkReferralGuide>('ak-referral-guide', { attributes, properties: { ruleset: syntheticRuleset() } });

const ui = (element: Element) => page.elementLocator(element);
const text = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<ak-referral-guide>', () => {
  it.each(
    LEVELS.flatMap((level) =>
      (['professional', 'parent', 'young-person'] as Audience[]).map((audience) => [level, audience]),
    ),
  )('is accessible for %s and %s', async (level, audience) => {
    const element = await mount({ level, audience, municipality: 'town' });
    await expectAccessible(element);
  });

  it('shows the next steps and contacts for the level and audience, with local contacts, and 112', async () => {
    const local = await mount({ level: 'suspicion', audience: 'professional', municipality: 'town' });
    expect(text(local)).toContain('step-suspicion (nl)');
    expect(text(local)).not.toContain('step-concern (nl)');
    expect(text(local)).toContain('desk (nl)');
    await expect.element(ui(local).getByRole('link', { name: /112/ })).toHaveAttribute('href', 'tel:112');
    const national = await mount({ level: 'suspicion', audience: 'professional' });
    expect(text(national)).not.toContain('desk (nl)');
  });

  it('routes by age: the step for minors is not shown for a young adult', async () => {
    const minor = await mount({ level: 'suspicion', audience: 'professional', age: 'minor' });
    expect(text(minor)).toContain('step-minor (nl)');
    const adult = await mount({ level: 'suspicion', audience: 'professional', age: 'young-adult' });
    expect(text(adult)).not.toContain('step-minor (nl)');
  });

  it('never asks a young person to name a level', async () => {
    const element = await mount({ audience: 'young-person' });
    expect(ui(element).getByRole('combobox', { name: 'Hoe ernstig is het?' }).query()).toBeNull();
    expect(text(element)).not.toMatch(/Vermoeden van uitbuiting|Zorgen:|Aandacht/);
  });

  it('lets the reader choose the level, audience and age with the keyboard', async () => {
    const element = await mount({ level: 'attention', audience: 'parent' });
    await userEvent.selectOptions(ui(element).getByRole('combobox', { name: 'Hoe ernstig is het?' }), 'acute');
    await settled(element);
    expect(element.getAttribute('level')).toBe('acute');
    expect(text(element)).toContain('step-acute (nl)');
    await userEvent.selectOptions(ui(element).getByRole('combobox', { name: /^Hoe oud/ }), 'young-adult');
    await settled(element);
    expect(element.getAttribute('age')).toBe('young-adult');
  });

  it('can hide the choices for a page that fixes them', async () => {
    const element = await mount({ level: 'concern', audience: 'young-person', 'no-choices': '' });
    expect(ui(element).getByRole('combobox').elements()).toHaveLength(0);
    expect(text(element)).toContain('step-concern (nl)');
  });

  it('falls back to concern for an unknown level instead of failing', async () => {
    const element = await mount({ level: 'urgent' });
    expect(text(element)).toContain('step-concern (nl)');
  });

  it('speaks English on an English page', async () => {
    document.documentElement.lang = 'en';
    try {
      const element = await mount({ level: 'acute' });
      expect(text(element)).toContain('Where can I go?');
      expect(text(element)).toContain('step-acute (en)');
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });
});

describe('<ak-referral-guide> on the national ruleset (content)', () => {
  it('reports to Veilig Thuis with the regional one in Maastricht, and sends a young adult to the police or CoMensha, never the Kindertelefoon', async () => {
    const maastricht = await mountElement('ak-referral-guide', {
      attributes: { level: 'suspicion', audience: 'professional', municipality: 'maastricht' },
    });
    expect(text(maastricht)).toContain('Meld bij Veilig Thuis');
    expect(text(maastricht)).toContain('Veilig Thuis Zuid-Limburg');
    const adult = await mountElement('ak-referral-guide', {
      attributes: { level: 'suspicion', audience: 'professional', age: 'young-adult' },
    });
    expect(text(adult)).toContain('Meld uitbuiting van een jongvolwassene');
    expect(text(adult)).not.toContain('Meld bij Veilig Thuis');
    const youth = await mountElement('ak-referral-guide', {
      attributes: { audience: 'young-person', age: 'young-adult' },
    });
    expect(text(youth)).not.toContain('Kindertelefoon');
    const child = await mountElement('ak-referral-guide', { attributes: { audience: 'young-person', age: 'minor' } });
    expect(text(child)).toContain('De Kindertelefoon');
  });
});
