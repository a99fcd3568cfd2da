import { LEVELS, assess, defaultRuleset, extendRuleset, type Ruleset } from '@anders-kijken/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectAccessible } from '../../../test/axe.js';
import { assessmentFor, settled } from '../../../test/fixtures.js';
import './define.js';
import type { AkAssessmentSummary } from './ak-assessment-summary.js';

async function mount(props: Partial<AkAssessmentSummary> = {}, attributes: Record<string, string> = {}) {
  const element = document.createElement('ak-assessment-summary');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, props);
  document.body.append(element);
  await settled(element);
  return element;
}

const text = (element: AkAssessmentSummary) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<ak-assessment-summary>', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.removeAttribute('lang');
    vi.restoreAllMocks();
  });

  it.each(LEVELS)('is accessible with a %s result', async (level) => {
    const element = await mount({ assessment: assessmentFor(level) });
    await expectAccessible(element);
  });

  it('is accessible without an assessment, and says so', async () => {
    const element = await mount();
    await expectAccessible(element);
    expect(text(element)).toContain('Er is nog geen uitkomst om te tonen.');
  });

  it('names the level in words and marks it with a shape, never colour alone', async () => {
    const element = await mount({ assessment: assessmentFor('suspicion') });
    expect(element.dataset['level']).toBe('suspicion');
    const level = element.shadowRoot?.querySelector('[part="level"]');
    expect(level?.textContent).toContain('Vermoeden van uitbuiting');
    expect(level?.querySelector('svg.level-mark')).not.toBeNull();
  });

  it('announces the level through a live region', async () => {
    const element = await mount({ assessment: assessmentFor('concern') });
    const status = element.shadowRoot?.querySelector('[role="status"][aria-live="polite"]');
    expect(status?.textContent?.trim()).toBe('Niveau: Zorgen');
  });

  it('explains why, describes the dimension picture in words, and lists what is worth finding out', async () => {
    const element = await mount({ assessment: assessmentFor('suspicion') });
    const root = element.shadowRoot as ShadowRoot;
    expect(root.querySelector('[part="explanation"]')?.textContent).toContain('minderjarig');
    const chart = root.querySelector('[part="chart"] [role="img"]');
    expect(chart?.getAttribute('role')).toBe('img');
    expect(chart?.getAttribute('aria-label')).toMatch(/Criminele activiteiten: score 3 \(drempel 2\), aannemelijk/);
    expect(root.querySelector('[part="gaps"]')?.textContent).toContain('Acuut gevaar');
  });

  it('shows at most five questions worth asking, headed as such, with the rest behind "show all"', async () => {
    const element = await mount({ assessment: assessmentFor('attention') });
    const gaps = element.shadowRoot?.querySelector('[part="gaps"]') as HTMLElement;
    expect(gaps.querySelector('[role="heading"]')?.textContent).toBe('Vragen om nu te stellen');
    expect(gaps.querySelectorAll(':scope > ul > li')).toHaveLength(5);
    const all = gaps.querySelector('details') as HTMLDetailsElement;
    expect(all.open).toBe(false);
    expect(all.querySelector('summary')?.textContent).toMatch(/^Toon alle \d+ vragen$/);
  });

  it('gives a parent the level in a parent’s words, the steps before the reasons, and no professional judgement', async () => {
    const element = await mount({ assessment: assessmentFor('suspicion', { audience: 'parent' }) });
    const root = element.shadowRoot as ShadowRoot;
    expect(root.querySelector('[part="level"]')?.textContent).toContain('Ernstige zorgen: vraag vandaag advies');
    const headings = [...root.querySelectorAll('[role="heading"]')].map((h) => h.textContent?.trim());
    expect(headings.indexOf('Wat kun je doen')).toBeLessThan(headings.indexOf('Waarom'));
    expect(text(element)).not.toMatch(/professionele oordeel/);
    expect(text(element)).toContain('geen oordeel over je kind');
  });

  it('writes scores with a decimal comma in Dutch', async () => {
    const element = await mount({
      assessment: assess({ age: 15, observations: { 'activity-courier': 'possible', 'activity-lookout': 'possible' } }),
    });
    const label = element.shadowRoot?.querySelector('[part="chart"] [role="img"]')?.getAttribute('aria-label') ?? '';
    expect(label).toContain('Criminele activiteiten: score 2,5 (drempel 2)');
  });

  it('shows next steps for the audience and the contacts, with dialable phone numbers', async () => {
    const element = await mount({
      assessment: assessmentFor('suspicion', { audience: 'parent', municipality: 'den-haag' }),
    });
    const root = element.shadowRoot as ShadowRoot;
    expect(root.querySelector('[part="next-steps"]')?.textContent).toContain('Bel Veilig Thuis voor advies');
    const contacts = root.querySelector('[part="contacts"]')?.textContent ?? '';
    expect(contacts).toContain('Veilig Thuis Haaglanden');
    // SHOP Jeugd has no phone or website in the national ruleset: it is never shown until Den Haag adds one.
    expect(contacts).not.toContain('SHOP Jeugd');
    expect(root.querySelector('a[href="tel:08002000"]')).not.toBeNull();
  });

  it('follows the language: its own lang, else <html lang>, Dutch by default', async () => {
    const element = await mount({ assessment: assessmentFor('concern') });
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
    const writeText = vi.fn((_text: string) => Promise.resolve());
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const element = await mount({ assessment: assessmentFor('concern', { municipality: 'maastricht' }) });
    const copy = [...(element.shadowRoot?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent === 'Kopieer samenvatting',
    );
    copy?.click();
    await settled(element);
    expect(writeText).toHaveBeenCalledTimes(1);
    const summary = writeText.mock.calls[0]?.[0] ?? '';
    expect(summary).toContain('Niveau: Zorgen');
    expect(summary).toContain('Veilig Thuis (0800-2000)');
    expect(summary).toContain('Deze samenvatting bevat geen persoonsgegevens.');
    expect(summary).not.toMatch(/\b(age|leeftijd)\b\s*[:=]\s*\d/i);
    expect(text(element)).toContain('De samenvatting is gekopieerd.');
  });

  it('refuses an invalid ruleset with ak-error and an inline message, keeping the one it had', async () => {
    const element = await mount({ assessment: assessmentFor('attention') });
    const errors: Event[] = [];
    element.addEventListener('ak-error', (event) => errors.push(event));
    element.ruleset = { ...defaultRuleset, version: 'not a version' } as Ruleset;
    await settled(element);
    expect(errors).toHaveLength(1);
    expect(element.ruleset).toBe(defaultRuleset);
    expect(element.shadowRoot?.querySelector('[role="alert"]')?.textContent).toContain('version');
    expect(text(element)).toContain('Aandacht');
  });

  it('renders text from an extended ruleset as text, never as HTML', async () => {
    const ruleset = extendRuleset(defaultRuleset, {
      texts: {
        'activity-unexplained-money': {
          label: { nl: '<img src=x onerror="window.hacked=1">geld', en: '<script>x</script>' },
        },
      },
    });
    const element = await mount({ ruleset, assessment: assessmentFor('attention') });
    await settled(element);
    expect(element.shadowRoot?.querySelector('img')).toBeNull();
    expect(text(element)).toContain('<img src=x onerror="window.hacked=1">geld');
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });
});
