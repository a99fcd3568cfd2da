import { catalogue, type Ruleset } from '@anders-kijken/core';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible } from '../../../test/axe.js';
import { mount as mountElement, settled } from '../../../test/fixtures.js';
import { syntheticRuleset } from '../../../test/synthetic-ruleset.js';
import type { AkSignalCatalogue } from './ak-signal-catalogue.js';
import './define.js';

// Behaviour on core's synthetic ruleset (entries such as `a-strong`, risk factors `r-one`, `r-two`);
// the national catalogue has its own smoke test at the end.

/** The synthetic ruleset, its one source with an address. */
const ruleset = (): Ruleset => {
  const base = syntheticRuleset();
  return { ...base, sources: base.sources.map((source) => ({ ...source, url: 'https://source.example/report' })) };
};

const mount = (attributes: Record<string, string> = {}, properties: Record<string, unknown> = { ruleset: ruleset() }) =>
  mountElement<AkSignalCatalogue>('ak-signal-catalogue', { attributes, properties });

const ui = (element: Element) => page.elementLocator(element);
/** The ids of the entries shown, from the `entry` part that a page may style. */
const ids = (element: Element) =>
  [...(element.shadowRoot?.querySelectorAll('[part="entry"]') ?? [])].map((e) => e.getAttribute('data-id'));

describe('<ak-signal-catalogue>', () => {
  it('is accessible with every entry, with examples open, and with no results', async () => {
    const element = await mount();
    await expectAccessible(element);
    for (const details of element.shadowRoot?.querySelectorAll('details') ?? [])
      (details as HTMLDetailsElement).open = true;
    await expectAccessible(element);
    element.query = 'geen-enkel-signaal';
    await settled(element);
    await expectAccessible(element);
    await expect.element(ui(element).getByRole('status')).toHaveTextContent('Geen signalen gevonden');
  });

  it('lists every signal, acute signal and risk factor of the ruleset it is given', async () => {
    const given = ruleset();
    const element = await mount({}, { ruleset: given });
    expect(ids(element)).toEqual([...given.signals, ...given.riskFactors].map((e) => e.id));
  });

  it('searches labels, questions and examples, typed with the keyboard', async () => {
    const element = await mount();
    await userEvent.click(ui(element).getByRole('searchbox', { name: 'Zoek een signaal' }));
    await userEvent.keyboard('a-weak example');
    await settled(element);
    expect(ids(element)).toEqual(['a-weak']);
    await expect.element(ui(element).getByRole('status')).toHaveTextContent(/^\s*1 signaal\s*$/);
  });

  it('filters by dimension, risk factors included', async () => {
    const element = await mount({ dimension: 'vulnerability' });
    expect(ids(element)).toEqual(['r-one', 'r-two']);
    await userEvent.selectOptions(ui(element).getByRole('combobox', { name: 'Dimensie' }), 'a');
    await settled(element);
    expect(ids(element)).toEqual(['a-strong', 'a-medium', 'a-hint', 'a-weak']);
  });

  it('shows kind, dimension, strength and sources of an entry', async () => {
    const element = await mount({ dimension: 'a' });
    const entry = ui(element)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'a-strong (nl)' }) });
    await expect.element(entry).toHaveTextContent(/Signaal.*a \(nl\).*sterk/);
    const source = entry.getByText('Test, Source (2020)');
    expect(source.element().closest('a')?.getAttribute('href')).toBe('https://source.example/report');
  });
});

describe('<ak-signal-catalogue> on the national ruleset (content)', () => {
  it('lists every national entry, and finds "naaktbeelden" in one signal only', async () => {
    const element = await mountElement<AkSignalCatalogue>('ak-signal-catalogue');
    expect(ids(element)).toEqual([...catalogue.signals, ...catalogue.riskFactors].map((e) => e.id));
    await ui(element).getByRole('searchbox').fill('naaktbeelden');
    await settled(element);
    expect(ids(element)).toEqual(['control-images']);
  });
});
