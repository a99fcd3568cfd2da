import { defaultRuleset } from '@anders-kijken/core';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import '../src/define.js';
import zwolle from './patches/zwolle-patch.json';
import { expectAccessible } from './axe.js';
import { settled } from './fixtures.js';

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

async function guide(attributes: Record<string, string>) {
  const element = document.createElement('ak-referral-guide') as Widget;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const errors: CustomEvent[] = [];
  element.addEventListener('ak-error', (event) => errors.push(event as CustomEvent));
  document.body.append(element);
  await settled(element);
  return { element, errors };
}

const text = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const codes = (errors: CustomEvent[]) => errors.flatMap((e) => e.detail.issues.map((i: { code: string }) => i.code));

describe('the patch attribute', () => {
  it('shows the contacts of a municipality that is not built in, from a JSON data island', async () => {
    island('ak-zwolle', JSON.stringify(zwolle));
    const { element, errors } = await guide({ municipality: 'zwolle', patch: 'ak-zwolle', level: 'concern' });
    await vi.waitFor(() => expect(text(element)).toContain('Wijkteam Zwolle'));
    expect(element.shadowRoot?.querySelector('a[href="tel:0380000000"]')).not.toBeNull();
    expect(element.shadowRoot?.querySelector('a[href="tel:112"]')).not.toBeNull();
    expect(errors).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    await expectAccessible(element);
  });

  it('shares one island between widgets, each showing its contacts', async () => {
    island('ak-zwolle', JSON.stringify(zwolle));
    const first = await guide({ municipality: 'zwolle', patch: 'ak-zwolle' });
    const second = await guide({ municipality: 'zwolle', patch: 'ak-zwolle', audience: 'parent' });
    await vi.waitFor(() => {
      expect(text(first.element)).toContain('Wijkteam Zwolle');
      expect(text(second.element)).toContain('Wijkteam Zwolle');
    });
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
    expect(element.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
    expect(element.shadowRoot?.querySelector('a[href="tel:112"]')).not.toBeNull();
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
    expect(text(element)).not.toContain('Wijkteam Zwolle');
    expect(warn.mock.calls.map(([message]) => String(message)).join('\n')).toContain('zwolle-wijkteam');
  });

  it('goes back to the national ruleset when the attribute is removed', async () => {
    island('ak-zwolle', JSON.stringify(zwolle));
    const { element } = await guide({ municipality: 'zwolle', patch: 'ak-zwolle' });
    await vi.waitFor(() => expect(text(element)).toContain('Wijkteam Zwolle'));
    element.removeAttribute('patch');
    await settled(element);
    expect(element.ruleset).toBe(defaultRuleset);
    expect(text(element)).not.toContain('Wijkteam Zwolle');
  });

  it('works in the youth check too, whose result shows the local contact', async () => {
    island(
      'ak-zwolle',
      JSON.stringify({ ...zwolle, contacts: { add: [{ ...zwolle.contacts.add[0], audiences: undefined }] } }),
    );
    const element = document.createElement('ak-youth-check') as Widget;
    element.setAttribute('municipality', 'zwolle');
    element.setAttribute('patch', 'ak-zwolle');
    document.body.append(element);
    await vi.waitFor(() => expect(element.ruleset).not.toBe(defaultRuleset));
    await settled(element);
    element.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settled(element);
    expect(text(element)).toContain('Wijkteam Zwolle');
  });
});
