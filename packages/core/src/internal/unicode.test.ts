import { describe, expect, it } from 'vitest';
import { comparableText, hasBidiControl, hasVisibleText, numbersIn } from './unicode.js';

// The fakes of issue "Safe on every page" (item 8): each is read as "Alarmnummer 112" or "Veilig Thuis".
const FAKE_112: [string, string][] = [
  ['a zero-width space', 'Alarmnummer 1\u200B12'],
  ['a soft hyphen', 'Alarmnummer 1\u00AD12'],
  ['a word joiner', 'Alarmnummer 1\u206012'],
  ['spaced digits', 'Alarmnummer 1 1 2'],
  ['Arabic-Indic digits', 'Alarmnummer \u0661\u0661\u0662'],
  ['Devanagari digits', 'Alarmnummer \u0967\u0967\u0968'],
  ['fullwidth digits', 'Alarmnummer \uFF11\uFF11\uFF12'],
  ['a Hangul filler between the digits', 'Alarmnummer 1\u316412'],
];

describe('comparableText: names and numbers as a reader sees them', () => {
  it.each(FAKE_112)('reads 112 written with %s as 112', (_what, name) => {
    expect(comparableText(name)).toBe('alarmnummer112');
    expect(numbersIn(name)).toEqual(['112']);
  });

  it.each([
    ['VeiligThuis'],
    ['veilig  thuis'],
    ['VEILIG THUIS'],
    ['Veilig\u00ADThuis'],
    ['Veilig\u200BThuis'],
    ['Veilig-Thuis!'],
    ['\uFF36\uFF45\uFF49\uFF4C\uFF49\uFF47 Thuis'],
  ])('reads %j as Veilig Thuis', (name) => {
    expect(comparableText(name)).toBe(comparableText('Veilig Thuis'));
  });

  it('folds case fully and keeps letters of every script', () => {
    expect(comparableText('Straße')).toBe(comparableText('STRASSE'));
    expect(comparableText('Ψ Ω')).toBe('ψω');
  });

  it('keeps different names and numbers apart', () => {
    expect(comparableText('Veilig Thuis Haaglanden')).not.toBe(comparableText('Veilig Thuis'));
    expect(numbersIn('113 Zelfmoordpreventie')).toEqual(['113']);
    expect(numbersIn('Bel 0800-2000 of 112')).toEqual(['08002000', '112']);
    expect(numbersIn('Buurtteam')).toEqual([]);
  });

  it('gives every decimal digit of every script its value', () => {
    const digits = Array.from({ length: 0x20000 }, (_, code) => String.fromCodePoint(code)).filter((c) =>
      /\p{Nd}/u.test(c),
    );
    expect(digits.length).toBeGreaterThan(500);
    for (const digit of digits) {
      // Each digit's value is its position in its set of ten, and the sets start at a zero.
      expect(comparableText(digit)).toMatch(/^\d$/);
    }
    expect(comparableText('\u0660\u0665\u0669')).toBe('059');
    expect(comparableText('\u{1D7CE}\u{1D7D7}')).toBe('09');
  });
});

describe('hasVisibleText: a text must show a letter or a digit', () => {
  it.each([
    ['Hangul filler U+3164', '\u3164'],
    ['Hangul choseong filler U+115F', '\u115F'],
    ['Hangul jungseong filler U+1160', '\u1160'],
    ['halfwidth Hangul filler U+FFA0', '\uFFA0'],
    ['braille blank U+2800', '\u2800'],
    ['zero-width spaces', '\u200B\u200B'],
    ['a soft hyphen and a word joiner', '\u00AD\u2060'],
    ['a right-to-left override', '\u202E'],
    ['spaces and punctuation', '  .,;-  '],
    ['a mix of fillers', '\u3164 \u115F\u2800\uFFA0'],
    ['an empty text', ''],
  ])('refuses %s', (_what, text) => {
    expect(hasVisibleText(text)).toBe(false);
  });

  it.each(['Bel 112', 'Ψ', '7', 'Ja\u3164', '\u200BNee'])('accepts %j', (text) => {
    expect(hasVisibleText(text)).toBe(true);
  });
});

describe('hasBidiControl', () => {
  it('finds the override that shows "1\\u202E21" as 112', () => {
    expect(hasBidiControl('Alarmnummer 1\u202E21')).toBe(true);
    expect(hasBidiControl('Alarmnummer \u2067112\u2069')).toBe(true);
    expect(hasBidiControl('Alarmnummer 112')).toBe(false);
  });
});
