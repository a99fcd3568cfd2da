import { LEVELS, type Audience } from '@anders-kijken/core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../../../test/axe.js';
import { settled } from '../../../test/fixtures.js';
import './define.js';

async function mount(attributes: Record<string, string> = {}) {
  const element = document.createElement('ak-referral-guide');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await settled(element);
  return element;
}

const text = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<ak-referral-guide>', () => {
  afterEach(() => document.body.replaceChildren());

  it.each(
    LEVELS.flatMap((level) =>
      (['professional', 'parent', 'young-person'] as Audience[]).map((audience) => [level, audience]),
    ),
  )('is accessible for %s and %s', async (level, audience) => {
    const element = await mount({ level, audience, municipality: 'den-haag' });
    await expectAccessible(element);
  });

  it('shows the next steps and contacts for the level and audience, with local contacts', async () => {
    const element = await mount({ level: 'suspicion', audience: 'professional', municipality: 'maastricht' });
    expect(text(element)).toContain('Meld bij Veilig Thuis');
    expect(text(element)).toContain('Zorg- en Veiligheidshuis Zuid-Limburg');
    const national = await mount({ level: 'suspicion', audience: 'professional' });
    expect(text(national)).not.toContain('Zuid-Limburg');
  });

  it('lets the reader choose the level and audience with the keyboard', async () => {
    const element = await mount({ level: 'attention', audience: 'parent' });
    const level = element.shadowRoot?.querySelector('select') as HTMLSelectElement;
    await userEvent.selectOptions(level, 'acute');
    await settled(element);
    expect(element.getAttribute('level')).toBe('acute');
    expect(text(element)).toContain('Bel nu 112');
  });

  it('can hide the choices for a page that fixes them', async () => {
    const element = await mount({ level: 'concern', audience: 'young-person', 'no-choices': '' });
    expect(element.shadowRoot?.querySelector('select')).toBeNull();
    expect(text(element)).toContain('De Kindertelefoon');
    expect(text(element)).not.toContain('CoMensha');
  });

  it('falls back to concern for an unknown level instead of failing', async () => {
    const element = await mount({ level: 'urgent' });
    expect(text(element)).toContain('Zorgen: Signalen die de blik van een deskundige vragen.');
  });

  it('speaks English on an English page', async () => {
    document.documentElement.lang = 'en';
    const element = await mount({ level: 'acute' });
    expect(text(element)).toContain('Where can I go?');
    document.documentElement.removeAttribute('lang');
  });
});
