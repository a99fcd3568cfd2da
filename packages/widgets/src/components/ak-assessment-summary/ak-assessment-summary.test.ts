import { LEVELS, extendRuleset, type Ruleset } from '@anders-kijken/core';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { page } from 'vitest/browser';
import { expectAccessible } from '../../../test/axe.js';
import { assessmentFor, mount as mountElement, settled } from '../../../test/fixtures.js';
import { syntheticAssessmentFor, syntheticRuleset } from '../../../test/synthetic-ruleset.js';
import './define.js';
import type { AkAssessmentSummary } from './ak-assessment-summary.js';

// Behaviour on core's synthetic ruleset (dimension `a (nl)`, next steps `step-<level> (nl)`, 112 as
// `emergency (nl)`), given with an assessment core made on it; the national result has its own smoke
// test at the end.

const mount = (properties: Partial<AkAssessmentSummary> = {}, attributes: Record<string, string> = {}) =>
  mountElement<AkAssessmentSummary>('ak-assessment-summary', {
    attributes,
    properties: { ruleset: syntheticRuleset(), ...properties },
  });

const ui = (element: Element) => page.elementLocator(element);
const text = (element: AkAssessmentSummary) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
/** A part of the element, as a page can style it (`::part(...)`). */
const part = (element: AkAssessmentSummary, name: string) =>
  element.shadowRoot?.querySelector(`[part="${name}"]`) as HTMLElement;

/** The summary copied to the clipboard, with the clipboard watched instead of written. */
function watchClipboard() {
  const writeText = vi.fn((_text: string) => Promise.resolve());
  const clipboard = vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
  onTestFinished(() => clipboard.mockRestore());
  return writeText;
}

describe('<ak-assessment-summary>', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
  });

  it.each(LEVELS)('is accessible with a %s result', async (level) => {
    const element = await mount({ assessment: syntheticAssessmentFor(level) });
    await expectAccessible(element);
  });

  it('is accessible without an assessment, and says so', async () => {
    const element = await mount();
    await expectAccessible(element);
    expect(text(element)).toContain('Er is nog geen uitkomst om te tonen.');
  });

  it('names the level in words and marks it with a shape, never colour alone', async () => {
    const element = await mount({ assessment: syntheticAssessmentFor('suspicion') });
    expect(element.dataset['level']).toBe('suspicion');
    expect(part(element, 'level').textContent).toContain('Vermoeden van uitbuiting');
    expect(part(element, 'level').querySelector('svg.level-mark')).not.toBeNull();
  });

  it('announces the level through a live region', async () => {
    const element = await mount({ assessment: syntheticAssessmentFor('concern') });
    const status = ui(element).getByRole('status').filter({ hasText: 'Niveau' });
    await expect.element(status).toHaveTextContent(/^\s*Niveau: Zorgen\s*$/);
    await expect.element(status).toHaveAttribute('aria-live', 'polite');
  });

  it('explains why, describes the dimension picture in words, and lists what is worth finding out', async () => {
    const element = await mount({ assessment: syntheticAssessmentFor('suspicion') });
    expect(part(element, 'explanation').textContent).toContain('minor (nl)');
    await expect
      .element(ui(element).getByRole('img', { name: /a \(nl\): score 3 \(drempel 2\), aannemelijk/ }))
      .toBeVisible();
    expect(part(element, 'gaps').textContent).toContain('Acuut gevaar');
  });

  it('shows at most five questions worth asking, headed as such, with the rest behind "show all"', async () => {
    const element = await mount({ assessment: syntheticAssessmentFor('attention') });
    const gaps = part(element, 'gaps');
    expect(gaps.querySelector('[role="heading"]')?.textContent).toBe('Vragen om nu te stellen');
    expect(gaps.querySelectorAll(':scope > ul > li')).toHaveLength(5);
    const all = gaps.querySelector('details') as HTMLDetailsElement;
    expect(all.open).toBe(false);
    expect(all.querySelector('summary')?.textContent).toMatch(/^Toon alle \d+ vragen$/);
  });

  it('gives a parent the level in a parent’s words, the steps before the reasons, and no professional judgement', async () => {
    const element = await mount({ assessment: syntheticAssessmentFor('suspicion', { audience: 'parent' }) });
    expect(part(element, 'level').textContent).toContain('Ernstige zorgen: vraag vandaag advies');
    const headings = ui(element)
      .getByRole('heading')
      .elements()
      .map((h) => h.textContent?.trim());
    expect(headings.indexOf('Wat kun je doen')).toBeLessThan(headings.indexOf('Waarom'));
    expect(text(element)).not.toMatch(/professionele oordeel/);
    expect(text(element)).toContain('geen oordeel over je kind');
  });

  it('writes scores with a decimal comma in Dutch', async () => {
    const ruleset = syntheticRuleset();
    const assessment = syntheticAssessmentFor('none', {
      observations: { 'a-strong': 'possible', 'a-medium': 'possible' },
    });
    const element = await mount({ ruleset, assessment });
    await expect.element(ui(element).getByRole('img', { name: /a \(nl\): score 2,5 \(drempel 2\)/ })).toBeVisible();
  });

  it('shows next steps for the audience and the contacts, 112 dialable, and no contact that cannot be reached', async () => {
    const element = await mount({
      assessment: syntheticAssessmentFor('suspicion', { audience: 'parent', municipality: 'town' }),
    });
    expect(part(element, 'next-steps').textContent).toContain('step-suspicion (nl)');
    await expect.element(ui(element).getByRole('link', { name: /112/ }).first()).toHaveAttribute('href', 'tel:112');
    // town-nowhere has no phone or website: it is never shown. town-desk is for professionals.
    expect(part(element, 'contacts').textContent).not.toContain('nowhere (nl)');
    expect(part(element, 'contacts').textContent).not.toContain('desk (nl)');
  });

  it('follows the language: its own lang, else <html lang>, Dutch by default', async () => {
    const element = await mount({ assessment: syntheticAssessmentFor('concern') });
    expect(text(element)).toContain('Wat kun je doen');
    document.documentElement.setAttribute('lang', 'en');
    await settled(element);
    expect(text(element)).toContain('What you can do');
    element.setAttribute('lang', 'nl');
    await settled(element);
    expect(text(element)).toContain('Wat kun je doen');
    element.setAttribute('lang', 'de');
    await settled(element);
    expect(text(element)).toContain('What you can do');
  });

  it('copies a summary without personal data', async () => {
    const writeText = watchClipboard();
    const element = await mount({ assessment: syntheticAssessmentFor('concern', { municipality: 'town' }) });
    await ui(element).getByRole('button', { name: 'Kopieer samenvatting' }).click();
    await settled(element);
    expect(writeText).toHaveBeenCalledTimes(1);
    const summary = writeText.mock.calls[0]?.[0] ?? '';
    expect(summary).toContain('Niveau: Zorgen');
    expect(summary).toContain('emergency (nl) (112)');
    expect(summary).toContain('Deze samenvatting bevat geen persoonsgegevens.');
    expect(summary).not.toMatch(/\b(age|leeftijd)\b\s*[:=]\s*\d/i);
    expect(text(element)).toContain('De samenvatting is gekopieerd.');
  });

  it('refuses an invalid ruleset with ak-error and an inline message, keeping the one it had', async () => {
    const element = await mount({ assessment: syntheticAssessmentFor('attention') });
    const errors: Event[] = [];
    element.addEventListener('ak-error', (event) => errors.push(event));
    element.ruleset = { ...syntheticRuleset(), version: 'not a version' } as Ruleset;
    await settled(element);
    expect(errors).toHaveLength(1);
    expect(element.ruleset.id).toBe('synthetic');
    expect(element.ruleset.version).toBe('0.1.0');
    await expect.element(ui(element).getByRole('alert')).toHaveTextContent(/version/);
    expect(text(element)).toContain('Aandacht');
  });

  it('renders text from an extended ruleset as text, never as HTML', async () => {
    const ruleset = extendRuleset(syntheticRuleset(), {
      texts: { 'a-weak': { label: { nl: '<img src=x onerror="window.hacked=1">geld', en: '<script>x</script>' } } },
    });
    const element = await mount({ ruleset, assessment: syntheticAssessmentFor('attention', {}, ruleset) });
    expect(element.shadowRoot?.querySelector('img')).toBeNull();
    expect(text(element)).toContain('<img src=x onerror="window.hacked=1">geld');
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });
});

describe('<ak-assessment-summary> on the national ruleset (content)', () => {
  it('gives a parent in Den Haag at suspicion Veilig Thuis Haaglanden, dialable, and not SHOP Jeugd, which has no phone or website', async () => {
    const writeText = watchClipboard();
    const element = await mountElement<AkAssessmentSummary>('ak-assessment-summary', {
      properties: { assessment: assessmentFor('suspicion', { audience: 'parent', municipality: 'den-haag' }) },
    });
    expect(part(element, 'next-steps').textContent).toContain('Bel Veilig Thuis voor advies');
    const contacts = part(element, 'contacts').textContent ?? '';
    expect(contacts).toContain('Veilig Thuis Haaglanden');
    expect(contacts).not.toContain('SHOP Jeugd');
    expect(element.shadowRoot?.querySelector('a[href="tel:08002000"]')).not.toBeNull();
    await ui(element).getByRole('button', { name: 'Kopieer samenvatting' }).click();
    expect(writeText.mock.calls[0]?.[0]).toContain('Veilig Thuis (0800-2000)');
  });
});
