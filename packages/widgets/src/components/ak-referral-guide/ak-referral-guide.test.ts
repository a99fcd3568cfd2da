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
    expect(text(element)).toContain('Veilig Thuis Zuid-Limburg');
    const national = await mount({ level: 'suspicion', audience: 'professional' });
    expect(text(national)).not.toContain('Zuid-Limburg');
  });

  it('routes by age: a young adult goes to the police or CoMensha, never the Kindertelefoon', async () => {
    const adult = await mount({ level: 'suspicion', audience: 'professional', age: 'young-adult' });
    expect(text(adult)).toContain('Meld uitbuiting van een jongvolwassene');
    expect(text(adult)).not.toContain('Meld bij Veilig Thuis');
    const youth = await mount({ audience: 'young-person', age: 'young-adult' });
    expect(text(youth)).not.toContain('Kindertelefoon');
    const child = await mount({ audience: 'young-person', age: 'minor' });
    expect(text(child)).toContain('De Kindertelefoon');
  });

  it('never asks a young person to name a level', async () => {
    const element = await mount({ audience: 'young-person' });
    const labels = [...(element.shadowRoot?.querySelectorAll('label') ?? [])].map((l) => l.textContent ?? '');
    expect(labels.some((l) => l.includes('Hoe ernstig'))).toBe(false);
    expect(text(element)).not.toMatch(/Vermoeden van uitbuiting|Zorgen:|Aandacht/);
  });

  it('lets the reader choose the level, audience and age with the keyboard', async () => {
    const element = await mount({ level: 'attention', audience: 'parent' });
    const [, level, age] = [...(element.shadowRoot?.querySelectorAll('select') ?? [])] as HTMLSelectElement[];
    await userEvent.selectOptions(level as HTMLSelectElement, 'acute');
    await settled(element);
    expect(element.getAttribute('level')).toBe('acute');
    expect(text(element)).toContain('Bel nu 112');
    await userEvent.selectOptions(age as HTMLSelectElement, 'young-adult');
    await settled(element);
    expect(element.getAttribute('age')).toBe('young-adult');
  });

  it('can hide the choices for a page that fixes them', async () => {
    const element = await mount({ level: 'concern', audience: 'young-person', 'no-choices': '' });
    expect(element.shadowRoot?.querySelector('select')).toBeNull();
    expect(text(element)).toContain('De Kindertelefoon');
    expect(text(element)).not.toContain('CoMensha');
  });

  it('falls back to concern for an unknown level instead of failing', async () => {
    const element = await mount({ level: 'urgent' });
    expect(text(element)).toContain('Zorgen: Signalen waarover je advies vraagt aan een deskundige.');
  });

  it('speaks English on an English page', async () => {
    document.documentElement.lang = 'en';
    const element = await mount({ level: 'acute' });
    expect(text(element)).toContain('Where can I go?');
    document.documentElement.removeAttribute('lang');
  });
});
