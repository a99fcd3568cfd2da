import { defaultRuleset } from '@anders-kijken/core';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { page } from 'vitest/browser';
import '../src/define.js';
import zwolle from './patches/zwolle-patch.json';
import { expectAccessible } from './axe.js';
import { mount, settled } from './fixtures.js';

// The `patch` attribute: a municipality's contacts from a JSON data island, without code.

type Widget = HTMLElement & { ruleset: typeof defaultRuleset; updateComplete: Promise<unknown> };

let warn: MockInstance<typeof console.warn>;
beforeEach(() => (warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)));
afterEach(() => {
  warn.mockRestore();
  document.body.replaceChildren();
});

function island(id: string, text: string, type = 'application/json') {
  const script = document.createElement('script');
  script.type = type;
  script.id = id;
  script.textContent = text;
  document.body.append(script);
  return script;
}

/** A referral guide, with every `ak-error` it fires: heard from before it connects and reads its patch. */
async function guide(attributes: Record<string, string>) {
  const errors: CustomEvent[] = [];
  const listeners = { 'ak-error': (event: Event) => errors.push(event as CustomEvent) };
  const element = await mount<Widget>('ak-referral-guide', { attributes, listeners });
  return { element, errors };
}

/** The element's own content, found by role and text as a reader finds it. */
const ui = (element: Element) => page.elementLocator(element);
const local = (element: Element) => ui(element).getByText('Wijkteam Zwolle').first();
/** Where the element's phone links dial. */
const dials = (element: Element) =>
  ui(element)
    .getByRole('link')
    .elements()
    .map((link) => link.getAttribute('href'))
    .filter((href) => href?.startsWith('tel:'));
const codes = (errors: CustomEvent[]) => errors.flatMap((e) => e.detail.issues.map((i: { code: string }) => i.code));

describe('the patch attribute', () => {
  it('shows the contacts of a municipality that is not built in, from a JSON data island', async () => {
    island('ak-zwolle', JSON.stringify(zwolle));
    const { element, errors } = await guide({ municipality: 'zwolle', patch: 'ak-zwolle', level: 'concern' });
    await expect.element(local(element)).toBeVisible();
    expect(dials(element)).toEqual(expect.arrayContaining(['tel:0380000000', 'tel:112']));
    expect(errors).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    await expectAccessible(element);
  });

  it('shares one island between widgets, each showing its contacts', async () => {
    island('ak-zwolle', JSON.stringify(zwolle));
    const first = await guide({ municipality: 'zwolle', patch: 'ak-zwolle' });
    const second = await guide({ municipality: 'zwolle', patch: 'ak-zwolle', audience: 'parent' });
    await expect.element(local(first.element)).toBeVisible();
    await expect.element(local(second.element)).toBeVisible();
  });

  it.each<[string, () => void, string]>([
    ['broken JSON', () => island('ak-zwolle', '{ "id": "zwolle", '), 'patch_invalid_json'],
    ['no island', () => undefined, 'patch_not_found'],
    ['a script that is not JSON', () => island('ak-zwolle', '{}', 'text/javascript-not'), 'patch_not_json_script'],
    [
      'a contact that claims 112',
      () =>
        island(
          'ak-zwolle',
          JSON.stringify({
            ...zwolle,
            contacts: { add: [{ ...zwolle.contacts.add[0], name: { nl: 'Alarmnummer 112', en: 'Emergency 112' } }] },
          }),
        ),
      'claims_protected_name',
    ],
    [
      'a patch that removes 112',
      () => island('ak-zwolle', JSON.stringify({ ...zwolle, contacts: { remove: ['emergency'] } })),
      'protected_contact',
    ],
  ])('keeps the national contacts and 112 with %s, telling only the editor', async (_what, arrange, code) => {
    arrange();
    const { element, errors } = await guide({ municipality: 'zwolle', patch: 'ak-zwolle', level: 'acute' });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(codes(errors)).toContain(code);
    expect(errors[0]?.detail.issues[0].path[0]).toBe('patch');
    expect(element.ruleset).toBe(defaultRuleset);
    expect(ui(element).getByRole('alert').query()).toBeNull();
    expect(dials(element)).toContain('tel:112');
    // Once about the patch; and, now that it is known that no patch adds it, once about the municipality.
    const warnings = () => warn.mock.calls.map(([message]) => String(message));
    expect(warnings().filter((message) => message.includes('patch="ak-zwolle" is not used'))).toHaveLength(1);
    await vi.waitFor(() => expect(warnings().join('\n')).toContain('Municipality "zwolle" is not known'));
  });

  it('warns the editor about an unconfirmed contact, which is not shown', async () => {
    const unconfirmed = { ...zwolle.contacts.add[0], confirmed: false };
    island('ak-zwolle', JSON.stringify({ ...zwolle, contacts: { add: [unconfirmed] } }));
    const { element, errors } = await guide({ municipality: 'zwolle', patch: 'ak-zwolle' });
    await vi.waitFor(() => expect(element.ruleset).not.toBe(defaultRuleset));
    expect(errors).toEqual([]);
    expect(local(element).query()).toBeNull();
    expect(warn.mock.calls.map(([message]) => String(message)).join('\n')).toContain('zwolle-wijkteam');
  });

  it('goes back to the national ruleset when the attribute is removed', async () => {
    island('ak-zwolle', JSON.stringify(zwolle));
    const { element } = await guide({ municipality: 'zwolle', patch: 'ak-zwolle' });
    await expect.element(local(element)).toBeVisible();
    element.removeAttribute('patch');
    await settled(element);
    expect(element.ruleset).toBe(defaultRuleset);
    expect(local(element).query()).toBeNull();
  });

  it('works in the youth check too, whose result shows the local contact', async () => {
    island(
      'ak-zwolle',
      JSON.stringify({ ...zwolle, contacts: { add: [{ ...zwolle.contacts.add[0], audiences: undefined }] } }),
    );
    const element = await mount<Widget>('ak-youth-check', {
      attributes: { municipality: 'zwolle', patch: 'ak-zwolle' },
    });
    await vi.waitFor(() => expect(element.ruleset).not.toBe(defaultRuleset));
    await settled(element);
    await ui(element).getByRole('button', { name: 'Bekijk de uitkomst' }).click();
    await settled(element);
    await expect.element(local(element)).toBeVisible();
  });
});
