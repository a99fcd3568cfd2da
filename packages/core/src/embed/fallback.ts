/**
 * What a snippet puts inside its element for a page whose script never runs (a wrong folder path, a
 * wrong integrity, a blocked file): 112, for a young person's element "Snel weg", and one sentence
 * saying what belongs here. Plain HTML with no script, no event handler and no `style` attribute, so
 * it shows under any Content-Security-Policy. The widgets render into a shadow root without a
 * `<slot>`, so once the element is defined its light DOM, this fallback, is no longer shown.
 */
import { resolveLocale } from '../internal/locale.js';
import type { Locale } from '../schema/vocabulary.js';

/**
 * Where "Snel weg" goes without an `exit-url`: the widgets' own default
 * (`packages/widgets/src/internal/exit-url.ts`, which a test compares with this one).
 */
export const DEFAULT_EXIT_URL = 'https://www.google.nl/';

/** The stylesheet of the download that reserves each element's first height while it loads. */
export const FALLBACK_STYLESHEET = 'fallback.css';

/** The class of the fallback's wrapper, which {@link FALLBACK_STYLESHEET} gives its height. */
export const FALLBACK_CLASS = 'ak-fallback';

/** The elements a young person uses: their fallback has "Snel weg", as the loader's has. */
export const QUICK_EXIT_TAGS: readonly string[] = ['ak-youth-check', 'ak-youth-training'];

/** What each element is called in the fallback's sentence. */
const NAMES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  'ak-signal-check': { nl: 'de signalencheck', en: 'the signal check' },
  'ak-youth-check': { nl: 'de jongerencheck', en: 'the youth check' },
  'ak-referral-guide': { nl: 'het overzicht "Waar kan ik terecht?"', en: 'the guide "Where can I go?"' },
  'ak-signal-catalogue': { nl: 'de signalencatalogus', en: 'the signal catalogue' },
  'ak-assessment-summary': { nl: 'de samenvatting van een uitkomst', en: 'the summary of an outcome' },
  'ak-training': { nl: 'de oefencasussen', en: 'the practice cases' },
  'ak-youth-training': { nl: '"Herken de truc"', en: '"Spot the trick"' },
};

const WORDS = {
  nl: {
    quickExit: 'Snel weg',
    emergency: 'Bij direct gevaar: bel',
    belongs: (name: string) =>
      `Hier hoort ${name} van Anders Kijken te staan. Zie je alleen deze tekst, dan kon die niet laden.`,
    someElement: 'een onderdeel',
  },
  en: {
    quickExit: 'Leave quickly',
    emergency: 'In danger right now? Call',
    belongs: (name: string) =>
      `${name.charAt(0).toUpperCase()}${name.slice(1)} of Anders Kijken belongs here. If you only see this text, it could not load.`,
    someElement: 'a part',
  },
} as const;

/**
 * The element's first height in Chromium (rem at 16 px), with the texts of the national ruleset and
 * no attributes: [at 320 px wide, at 1280 px wide]. Measured once the element had rendered, per
 * element, in Dutch (English is a little shorter). Capped at the viewport's height in the
 * stylesheet: below that, a jump is out of sight, and a fallback that stays (a refused integrity)
 * does not leave a page of empty space.
 */
export const FIRST_HEIGHTS: Readonly<Record<string, readonly [narrow: number, wide: number]>> = {
  'ak-signal-check': [105, 71],
  'ak-youth-check': [137, 72],
  'ak-referral-guide': [212, 79],
  'ak-signal-catalogue': [1215, 748],
  'ak-training': [71, 20],
  'ak-youth-training': [36, 22.5],
  'ak-assessment-summary': [1.5, 1.5],
};

/** Below this width the narrow height applies, from it the wide one. */
const WIDE = '40rem';

/** The text of {@link FALLBACK_STYLESHEET}: each element's fallback reserves its first height. */
export function fallbackStylesheet(): string {
  const rule = (tag: string, height: number) => `${tag} > .${FALLBACK_CLASS} { min-height: min(${height}rem, 100vh); }`;
  const entries = Object.entries(FIRST_HEIGHTS);
  return [
    '/* Anders Kijken: what an element shows until its script has run, and its first height, so the page does not jump. */',
    `.${FALLBACK_CLASS} { display: block; }`,
    // When the loader ran but a chunk failed, it adds its own fallback (a "Snel weg" button that
    // Escape also takes, and 112): then this one keeps only its sentence, so nothing shows twice.
    `.${FALLBACK_CLASS}:has(~ [data-ak-fallback]) > :not(:last-child) { display: none; }`,
    // ...and reserves no height, so the loader's "Snel weg" and 112 below it stay in the first screen.
    `.${FALLBACK_CLASS}:has(~ [data-ak-fallback]) { min-height: 0; }`,
    ...entries.map(([tag, [narrow]]) => rule(tag, narrow)),
    `@media (min-width: ${WIDE}) {`,
    ...entries.map(([tag, [, wide]]) => `  ${rule(tag, wide)}`),
    '}',
    '',
  ].join('\n');
}

const escapeHtml = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Where the fallback's "Snel weg" goes: the element's `exit-url` when a widget would follow it too
 * (an `https:` address, or a path on the page's own site), otherwise {@link DEFAULT_EXIT_URL}. A
 * `javascript:` or `data:` address never becomes a link.
 */
export function fallbackExitUrl(exitUrl: string | undefined): string {
  const value = exitUrl?.trim() ?? '';
  // An https: host, or a path that stays on the page's site (not `//host` or `/\host`, which leave it).
  return /^https:\/\/[^\s/\\]+\S*$/i.test(value) || /^(?:\/(?![/\\])|\.\.?\/)\S*$/.test(value)
    ? value
    : DEFAULT_EXIT_URL;
}

/**
 * The fallback inside an element, as indented lines: in English when the element's `lang` is not
 * Dutch (as the widgets decide), otherwise in Dutch.
 */
export function fallbackLines(tag: string, attributes: Readonly<Record<string, string>>): string[] {
  const locale = resolveLocale(attributes['lang']);
  const words = WORDS[locale];
  const lines = [`  <div class="${FALLBACK_CLASS}" lang="${locale}">`];
  if (QUICK_EXIT_TAGS.includes(tag)) {
    const href = escapeHtml(fallbackExitUrl(attributes['exit-url']));
    // No referrer: the site a young person leaves for need not learn where they were.
    lines.push(`    <p><a href="${href}" rel="noreferrer">${words.quickExit}</a></p>`);
  }
  lines.push(
    `    <p>${words.emergency} <a href="tel:112">112</a>.</p>`,
    `    <p>${words.belongs(NAMES[tag]?.[locale] ?? words.someElement)}</p>`,
    '  </div>',
  );
  return lines;
}
