import { catalogue } from '@anders-kijken/core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../../../test/axe.js';
import { settled } from '../../../test/fixtures.js';
import './define.js';

async function mount(attributes: Record<string, string> = {}) {
  const element = document.createElement('ak-signal-catalogue');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await settled(element);
  return element;
}

const ids = (element: Element) =>
  [...(element.shadowRoot?.querySelectorAll('[part="entry"]') ?? [])].map((e) => e.getAttribute('data-id'));

describe('<ak-signal-catalogue>', () => {
  afterEach(() => document.body.replaceChildren());

  it('is accessible with every entry, with examples open, and with no results', async () => {
    const element = await mount();
    await expectAccessible(element);
    for (const details of element.shadowRoot?.querySelectorAll('details') ?? [])
      (details as HTMLDetailsElement).open = true;
    await expectAccessible(element);
    element.query = 'geen-enkel-signaal';
    await settled(element);
    await expectAccessible(element);
    expect(element.shadowRoot?.querySelector('[role="status"]')?.textContent).toContain('Geen signalen gevonden');
  });

  it('lists every signal, acute signal and risk factor of the catalogue', async () => {
    const element = await mount();
    expect(ids(element)).toEqual([...catalogue.signals, ...catalogue.riskFactors].map((e) => e.id));
  });

  it('searches labels, questions and examples, typed with the keyboard', async () => {
    const element = await mount();
    const search = element.shadowRoot?.querySelector('input[type="search"]') as HTMLInputElement;
    await userEvent.click(search);
    await userEvent.keyboard('naaktbeelden');
    await settled(element);
    expect(ids(element)).toEqual(['control-images']);
    expect(element.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim()).toBe('1 signaal');
  });

  it('filters by dimension, risk factors included', async () => {
    const element = await mount({ dimension: 'vulnerability' });
    expect(ids(element)).toEqual(catalogue.riskFactors.map((r) => r.id));
    const select = element.shadowRoot?.querySelector('select') as HTMLSelectElement;
    await userEvent.selectOptions(select, 'recruitment');
    await settled(element);
    expect(ids(element).every((id) => id?.startsWith('recruit-'))).toBe(true);
  });

  it('shows kind, dimension, strength and sources of an entry', async () => {
    const element = await mount({ dimension: 'activity' });
    const courier = element.shadowRoot?.querySelector('[data-id="activity-courier"]');
    expect(courier?.textContent).toContain('Signaal');
    expect(courier?.textContent).toContain('sterk');
    expect(courier?.textContent).toContain('UK Home Office');
    expect(courier?.querySelector('a[href^="https://www.gov.uk/"]')).not.toBeNull();
  });
});
