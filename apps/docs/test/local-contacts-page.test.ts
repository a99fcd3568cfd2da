import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { openPage, useSite } from './site.js';

// The local contacts builder and the page check, as a web editor of a municipality not built in uses them.
const under = useSite();
const work = mkdtempSync(join(tmpdir(), 'ak-builder-'));
const cliBin = join(dirname(createRequire(import.meta.url).resolve('@anders-kijken/cli/package.json')), 'dist/bin.js');

const CONTACT = {
  nameNl: 'Wijkteam Zwolle',
  nameEn: 'Zwolle neighbourhood team',
  phone: '038 000 0000',
  hoursNl: 'Werkdagen 9 tot 17 uur',
  hoursEn: 'Weekdays 9 am to 5 pm',
  purposeNl: 'Advies voor ouders en professionals',
  purposeEn: 'Advice for parents and professionals',
};

async function fillZwolle(page: Page) {
  await page.fill('#ak-lc-municipalityName', 'Zwolle');
  for (const [field, value] of Object.entries(CONTACT)) await page.fill(`#ak-lc-contacts-0-${field}`, value);
}

const previewText = (page: Page) =>
  page.evaluate(
    () => document.querySelector('[data-testid="builder-preview"] ak-referral-guide')?.shadowRoot?.textContent ?? '',
  );

describe('the local contacts builder', () => {
  it('shows the contact live in the real widget, gives the snippet, and downloads a file the CLI accepts', async () => {
    const page = await under.browser.newPage({ acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openPage(page, `${under.site.origin}/local-contacts.html`);
    await fillZwolle(page);
    await expect.poll(() => previewText(page)).toContain('Wijkteam Zwolle');
    const snippet = (await page.textContent('[data-testid="builder-snippet"]')) ?? '';
    expect(snippet).toMatch(/^<script type="module" src="\/pad\/naar\/anders-kijken\/embed\.js" integrity="sha384-/);
    expect(snippet).toContain('<script type="application/json" id="ak-lokaal">');
    expect(snippet).toContain('<ak-referral-guide municipality="zwolle" patch="ak-lokaal">');
    // Inside the element, what the page shows when the script does not load.
    expect(snippet).toContain('Bij direct gevaar: bel <a href="tel:112">112</a>.');
    expect(snippet).toMatch(
      /<link rel="stylesheet" href="\/pad\/naar\/anders-kijken\/fallback\.css" integrity="sha384-/,
    );
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download"]')]);
    expect(download.suggestedFilename()).toBe('anders-kijken-zwolle.json');
    const file = join(work, download.suggestedFilename());
    await download.saveAs(file);
    const validated = spawnSync(process.execPath, [cliBin, 'validate', file], { encoding: 'utf8' });
    expect(validated.status, validated.stdout + validated.stderr).toBe(0);

    // The file loads back into an empty form.
    await openPage(page, page.url());
    await page.setInputFiles('#ak-lc-load', file);
    await expect.poll(() => page.inputValue('#ak-lc-municipalityName')).toBe('Zwolle');
    expect(await page.inputValue('#ak-lc-contacts-0-phone')).toBe('038 000 0000');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says what is wrong at the field and in the summary, in Dutch, without a developer’s path', async () => {
    const page = await under.browser.newPage();
    await openPage(page, `${under.site.origin}/local-contacts.html`);
    await fillZwolle(page);
    await page.fill('#ak-lc-contacts-0-phone', '0900-1234567;javascript:alert(1)');
    await page.locator('#ak-lc-contacts-0-phone').blur();
    await expect.poll(() => page.getAttribute('#ak-lc-contacts-0-phone', 'aria-invalid')).toBe('true');
    const error = (await page.textContent('#ak-lc-contacts-0-phone-error')) ?? '';
    expect(error).toContain('Nederlands telefoonnummer');
    expect(error).not.toContain('contacts.add');
    expect(await page.textContent('[data-testid="check-summary"]')).toContain('1 punt om te verbeteren');
    expect(await page.locator('[data-testid="builder-snippet"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the page check', () => {
  it('finds the example path in a pasted snippet, and nothing once it is replaced', async () => {
    const page = await under.browser.newPage();
    await openPage(page, `${under.site.origin}/local-contacts.html`);
    await fillZwolle(page);
    const snippet = (await page.locator('[data-testid="builder-snippet"]').textContent()) ?? '';
    await openPage(page, `${under.site.origin}/page-check.html`);
    await page.fill('[data-testid="page-html"]', `<main>${snippet}</main>`);
    await page.click('[data-testid="page-run"]');
    await expect.poll(() => page.textContent('[data-testid="page-findings"]')).toContain('nog het voorbeeld');
    // The site serves the browser files under /widgets/: there, every file is found and matches.
    const whole = snippet.replaceAll('/pad/naar/anders-kijken', '/widgets');
    await page.fill('[data-testid="page-html"]', `<main>${whole}</main>`);
    await page.click('[data-testid="page-run"]');
    await expect.poll(() => page.textContent('[data-testid="page-findings"]')).toContain('Geen problemen gevonden');
    await page.fill('[data-testid="page-html"]', '<ak-youth-check municipality="atlantis"></ak-youth-check>');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('[data-testid="page-findings"]')).toContain('laadt embed.js niet');
    const findings = (await page.textContent('[data-testid="page-findings"]')) ?? '';
    expect(findings).toContain('Gemeente "atlantis" is onbekend');
    expect(findings).toContain('heeft geen inhoud met 112 en "Snel weg"');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('said "In orde" for a page whose files do not load: now a wrong path, integrity or a second island is an error', async () => {
    const page = await under.browser.newPage();
    await openPage(page, `${under.site.origin}/local-contacts.html`);
    await fillZwolle(page);
    const snippet = ((await page.locator('[data-testid="builder-snippet"]').textContent()) ?? '').replaceAll(
      '/pad/naar/anders-kijken',
      '/widgets',
    );
    await openPage(page, `${under.site.origin}/page-check.html`);
    const findingsFor = async (html: string) => {
      await page.fill('[data-testid="page-html"]', html);
      await page.click('[data-testid="page-run"]');
      await expect.poll(() => page.locator('[data-testid="page-findings"] li').count()).toBeGreaterThan(0);
      return (await page.textContent('[data-testid="page-findings"]')) ?? '';
    };
    const typo = /integrity="(sha384-[^"]+)"/.exec(snippet)?.[1] ?? '';
    const wrongHash = `${typo.slice(0, -3)}${typo.at(-3) === 'A' ? 'B' : 'A'}${typo.slice(-2)}`;
    // Without the page's address its paths are only a guess at this site: a file not found asks for it.
    expect(await findingsFor(`<main>${snippet.replaceAll('/widgets/', '/widgetz/')}</main>`)).toMatch(
      /\/widgetz\/embed\.js staat niet op deze site.*vul dan hierboven het adres van je pagina in/,
    );
    // With the address of a page on this site, the same path is the 404 it is.
    await page.fill('[data-testid="page-address"]', `${under.site.origin}/hulp/jongeren.html`);
    expect(await findingsFor(`<main>${snippet.replaceAll('/widgets/', '/widgetz/')}</main>`)).toMatch(
      /\/widgetz\/embed\.js geeft 404 \(niet gevonden\)/,
    );
    expect(await findingsFor(`<main>${snippet.replace(typo, wrongHash)}</main>`)).toContain(
      'De integrity van /widgets/embed.js past niet bij het bestand',
    );
    expect(await findingsFor(`<main>${snippet}${snippet}</main>`)).toContain('Er staan 2 elementen met id "ak-lokaal"');
    await page.close();
  });
});
