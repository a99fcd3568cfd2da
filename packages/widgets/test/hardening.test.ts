import { defaultRuleset, type Assessment, type Contact, type Ruleset } from '@anders-kijken/core';
import { html, render } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../src/define.js';
import type { AkAssessmentSummary } from '../src/components/ak-assessment-summary/ak-assessment-summary.js';
import type { AkReferralGuide } from '../src/components/ak-referral-guide/ak-referral-guide.js';
import type { AkYouthCheck } from '../src/components/ak-youth-check/ak-youth-check.js';
import { DEFAULT_EXIT_URL } from '../src/internal/exit-url.js';
import { renderContacts } from '../src/internal/render-guidance.js';
import { nl } from '../src/translations/nl.js';
import { expectAccessible } from './axe.js';
import { assessmentFor, mount, navigationsDuring, settled } from './fixtures.js';

// The widget findings of the security and reliability probe of issue 11, each as a regression test.

const root = (element: Element) => element.shadowRoot as ShadowRoot;
const text = (element: Element) => root(element).textContent?.replace(/\s+/g, ' ') ?? '';
const emergencyLink = (element: Element) => root(element).querySelector('a[href="tel:112"]');

/**
 * Collects `ak-error` events. A looping boundary would fire without end and freeze the page, so
 * after a few events the listener mends the element itself: a loop then shows up as a count above
 * one instead of a test run that never returns.
 */
function watchErrors(element: Element, mend: () => void) {
  const errors: CustomEvent[] = [];
  element.addEventListener('ak-error', (event) => {
    errors.push(event as CustomEvent);
    if (errors.length === 3) mend();
  });
  return errors;
}

/** Several frames and microtasks: time for a loop to show itself. */
async function frames(element: Element & { updateComplete: Promise<unknown> }, count = 5) {
  for (let i = 0; i < count; i++) await settled(element);
}

const youthCheck = (attributes: Record<string, string> = {}) => mount<AkYouthCheck>('ak-youth-check', { attributes });
const quickExit = (element: Element) => page.elementLocator(element).getByRole('button', { name: 'Snel weg' });

/** A referral guide at the acute level, where 112 must always be among the contacts. */
const acuteGuide = () => mount<AkReferralGuide>('ak-referral-guide', { attributes: { level: 'acute' } });

/** The codes of the first `ak-error`. */
const codesOf = (errors: CustomEvent[]) => errors[0]?.detail.issues.map((i: { code: string }) => i.code);

async function answerAndSubmit(element: AkYouthCheck, answers: Record<string, string>) {
  for (const [id, value] of Object.entries(answers)) {
    root(element).querySelector<HTMLInputElement>(`input[name="${id}"][value="${value}"]`)?.click();
  }
  await settled(element);
  root(element).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await settled(element);
}

afterEach(() => document.body.replaceChildren());

describe('1. a render error never freezes the page', () => {
  // The boundary tells the page's maintainer once, in the console; kept out of the test output.
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => (warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)));
  afterEach(() => warn.mockRestore());

  it('shows a fallback with 112 for an assessment with missing fields, reports once, and recovers', async () => {
    const element = document.createElement('ak-assessment-summary') as AkAssessmentSummary;
    document.body.append(element);
    await settled(element);
    const errors = watchErrors(element, () => (element.assessment = undefined));
    element.assessment = { level: 'concern' } as unknown as Assessment;
    await frames(element);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.detail.issues[0]).toMatchObject({ code: 'unexpected_error' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(emergencyLink(element)).not.toBeNull();
    expect(root(element).querySelector('[part="fallback"]')?.getAttribute('role')).toBe('alert');
    await expectAccessible(element);

    element.assessment = assessmentFor('concern');
    await frames(element);
    expect(root(element).querySelector('[part="fallback"]')).toBeNull();
    expect(text(element)).toContain('Zorgen');
  });

  it('refuses a ruleset whose next step has no title, and never loops', async () => {
    const element = document.createElement('ak-referral-guide');
    element.setAttribute('level', 'concern');
    document.body.append(element);
    await settled(element);
    const errors = watchErrors(element, () => (element.ruleset = defaultRuleset));
    const broken = structuredClone(defaultRuleset) as unknown as { nextSteps: { title: unknown }[] };
    broken.nextSteps.forEach((step) => (step.title = null));
    element.ruleset = broken as unknown as Ruleset;
    await frames(element);
    expect(errors).toHaveLength(1);
    expect(codesOf(errors)).toContain('missing_text');
    expect(emergencyLink(element)).not.toBeNull();
  });

  it('keeps the quick exit working when the youth check cannot render its questions', async () => {
    const element = await youthCheck();
    const failing = element as unknown as { renderQuestions?: () => never };
    const errors = watchErrors(element, () => delete failing.renderQuestions);
    failing.renderQuestions = () => {
      throw new Error('render failed');
    };
    element.requestUpdate();
    await frames(element);
    expect(errors).toHaveLength(1);
    expect(emergencyLink(element)).not.toBeNull();
    expect(await navigationsDuring(element, () => quickExit(element).click())).toEqual([DEFAULT_EXIT_URL]);
    expect(await navigationsDuring(element, () => userEvent.keyboard('{Escape}'))).toEqual([DEFAULT_EXIT_URL]);
    await expectAccessible(element);
  });

  it('falls back when the commit itself throws, not only the render', async () => {
    const element = document.createElement('ak-signal-catalogue');
    document.body.append(element);
    await settled(element);
    const failing = element as unknown as { renderContent?: () => unknown };
    const errors = watchErrors(element, () => delete failing.renderContent);
    // A value whose text conversion throws fails while Lit writes it into the page.
    failing.renderContent = () => ({
      toString() {
        throw new Error('commit failed');
      },
    });
    element.requestUpdate();
    await frames(element);
    expect(errors).toHaveLength(1);
    expect(emergencyLink(element)).not.toBeNull();
  });
});

describe('2. the acute path is unconditional', () => {
  it('shows 112 for danger now with an unknown municipality, warning the maintainer once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const element = await youthCheck({ municipality: 'atlantis' });
      expect(emergencyLink(element)).not.toBeNull();
      await answerAndSubmit(element, { 'acute-threat-to-life': 'yes' });
      expect(text(element)).toContain(nl.youthResultDanger);
      expect(root(element).querySelector('[part="contacts"] a[href="tel:112"]')).not.toBeNull();
      expect(root(element).querySelector('[role="alert"]')).toBeNull();
      expect(warn.mock.calls.filter(([message]) => String(message).includes('atlantis'))).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('shows the danger message and 112 even when the answers cannot be assessed', async () => {
    const element = await youthCheck();
    const failing = element as unknown as { assessedOrReport: () => never };
    failing.assessedOrReport = () => {
      throw new Error('assessment failed');
    };
    await answerAndSubmit(element, { 'acute-threat-to-life': 'yes' });
    expect(root(element).querySelector('[part="result"] .danger-text')?.textContent).toContain(nl.youthResultDanger);
    expect(emergencyLink(element)).not.toBeNull();
    await expectAccessible(element);
  });

  it('shows 112 in every widget that asks questions, before anything is answered', async () => {
    for (const tag of ['ak-signal-check', 'ak-youth-check']) {
      const element = document.createElement(tag);
      document.body.append(element);
      await settled(element);
      expect(emergencyLink(element), tag).not.toBeNull();
    }
  });
});

describe('6. a widget refuses a ruleset below the safety floor', () => {
  it('keeps the national ruleset, and 112, when given one without 112', async () => {
    const element = await acuteGuide();
    const errors = watchErrors(element, () => undefined);
    const ruleset = structuredClone(defaultRuleset);
    ruleset.contacts = ruleset.contacts.filter((c) => c.phone !== '112');
    element.ruleset = ruleset;
    await settled(element);
    expect(codesOf(errors)).toContain('missing_emergency_number');
    expect(element.ruleset).toBe(defaultRuleset);
    expect(root(element).querySelector('[part="contacts"] a[href="tel:112"]')).not.toBeNull();
  });

  it('keeps the acute questions of the youth check when given a ruleset without them', async () => {
    const element = await youthCheck();
    const errors = watchErrors(element, () => undefined);
    const ruleset = structuredClone(defaultRuleset);
    ruleset.signals = ruleset.signals.filter((s) => s.kind !== 'acute');
    element.ruleset = ruleset;
    await settled(element);
    expect(codesOf(errors)).toContain('missing_acute_signal');
    expect(root(element).querySelector('fieldset[data-id="acute-threat-to-life"]')).not.toBeNull();
  });
});

describe('8. only safe links', () => {
  const contact = (overrides: Partial<Contact>): Contact => ({
    ...(defaultRuleset.contacts[0] as Contact),
    id: 'test',
    ...overrides,
  });

  it('renders a javascript:, data: or http: website, or a phone number with a trailer, as plain text', () => {
    const container = document.createElement('div');
    render(
      html`${renderContacts(
        [
          contact({ url: 'javascript:alert(1)', phone: '0900-1234567;javascript:alert(1)' }),
          contact({ url: 'data:text/html,<script>alert(1)</script>' }),
          contact({ url: 'http://example.nl/' }),
        ],
        'nl',
        nl,
      )}`,
      container,
    );
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.filter((href) => !href?.startsWith('tel:'))).toEqual([]);
    expect(hrefs).not.toContain('tel:09001234567');
    expect(container.textContent).toContain('javascript:alert(1)');
  });

  it('renders https websites and Dutch phone numbers as links', () => {
    const container = document.createElement('div');
    render(
      html`${renderContacts([contact({ url: 'https://www.example.nl/', phone: '0800-2000' })], 'nl', nl)}`,
      container,
    );
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['tel:08002000', 'https://www.example.nl/']);
  });

  it('refuses a ruleset with a javascript: contact link, so it never reaches the page', async () => {
    const element = await acuteGuide();
    const errors = watchErrors(element, () => undefined);
    const ruleset = structuredClone(defaultRuleset);
    ruleset.contacts = ruleset.contacts.map((c) => ({ ...c, url: 'javascript:alert(1)' }));
    element.ruleset = ruleset;
    await settled(element);
    expect(codesOf(errors)).toContain('invalid_url');
    expect(root(element).querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('uses the plain copy it checked, so a later change to the given object is not shown', async () => {
    const element = document.createElement('ak-referral-guide');
    element.setAttribute('level', 'acute');
    document.body.append(element);
    const ruleset = structuredClone(defaultRuleset);
    element.ruleset = ruleset;
    await settled(element);
    ruleset.contacts.forEach((c) => (c.url = 'javascript:alert(1)'));
    element.requestUpdate();
    await settled(element);
    expect(root(element).querySelector('a[href^="javascript"]')).toBeNull();
    expect(root(element).querySelector('a[href^="https:"]')).not.toBeNull();
  });
});

describe('9. the quick exit trusts only a safe exit-url', () => {
  it.each(['javascript:alert(1)', 'data:text/html,hi', 'https://', 'http://elders.nl/'])(
    'leaves for the default instead of %j, warning once',
    async (exitUrl) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      try {
        const element = await youthCheck({ 'exit-url': exitUrl });
        const left = await navigationsDuring(element, async () => {
          await quickExit(element).click();
          await userEvent.keyboard('{Escape}');
        });
        expect(left).toEqual([DEFAULT_EXIT_URL, DEFAULT_EXIT_URL]);
        expect(warn.mock.calls.filter(([message]) => String(message).includes('exit-url'))).toHaveLength(1);
      } finally {
        warn.mockRestore();
      }
    },
  );

  it('accepts an address on the page’s own site', async () => {
    const element = await youthCheck({ 'exit-url': '/neutral' });
    expect(await navigationsDuring(element, () => quickExit(element).click())).toEqual([
      new URL('/neutral', document.baseURI).href,
    ]);
  });

  it('still leaves when clearing the check fails', async () => {
    const element = await youthCheck();
    (element as unknown as { reset: () => never }).reset = () => {
      throw new Error('reset failed');
    };
    expect(await navigationsDuring(element, () => quickExit(element).click())).toEqual([DEFAULT_EXIT_URL]);
  });
});
