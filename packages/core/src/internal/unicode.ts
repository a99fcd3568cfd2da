/**
 * Text as a reader sees it, for the safety checks: whether a text shows anything at all, and the
 * form two names or numbers are compared in, so that "Alarmnummer 1\u200B12" is "Alarmnummer 112".
 *
 * No library: the Unicode properties needed (`\p{L}`, `\p{N}`, `\p{Nd}`, `\p{Cf}`,
 * `\p{Default_Ignorable_Code_Point}`) are regex property escapes every supported engine has (ES2018,
 * Node 10+), and they follow the engine's own Unicode version, as its rendering does. Core's only
 * runtime dependency stays zod.
 */

/**
 * Characters that never show ink: default-ignorable code points (the Hangul fillers U+3164, U+115F,
 * U+1160, U+FFA0, variation selectors, zero-width joiners …) and format characters (soft hyphen,
 * zero-width space, word joiner, bidirectional overrides …).
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

/**
 * Blank characters named once more, whatever Unicode version the engine has: the Hangul fillers
 * (default-ignorable, but letters by category) and the braille blank U+2800 (a symbol, so never a
 * letter or digit anyway).
 */
const BLANK = /[\u115F\u1160\u3164\uFFA0\u2800]/gu;

/**
 * A letter or digit that shows. One pattern, no copy of the text: a validation tests every text of
 * a ruleset, and the first character of a real one already matches.
 */
const VISIBLE = /(?![\p{Default_Ignorable_Code_Point}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800])[\p{L}\p{N}]/u;

/**
 * Whether a text has at least one letter or digit a reader can see: not only whitespace, format
 * characters, default-ignorable code points or blank fillers.
 */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

const DECIMAL_DIGIT = /\p{Nd}/u;
const DECIMAL_DIGITS = /\p{Nd}/gu;

/**
 * The value 0–9 of a decimal digit of any script. Unicode encodes every set of decimal digits as
 * ten consecutive code points from 0 to 9 (a stability policy), so the value is the digit's
 * distance from the start of its run of digits, modulo ten (runs of sets lie back to back).
 */
function digitValue(digit: string): string {
  const code = digit.codePointAt(0) as number;
  let start = code;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}

/** Whatever is not a letter or a digit: spacing, punctuation, symbols, marks. */
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/**
 * A name or number in the form two are compared in: NFKC (fullwidth and styled letters become
 * plain ones), invisible characters removed, digits of every script as ASCII digits, case folded,
 * and only letters and digits kept. "VeiligThuis", "veilig  thuis" and "Veilig\u00ADThuis" all
 * give `veiligthuis`; "1 1 2" and "١١٢" give `112`.
 */
export function comparableText(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .replace(BLANK, '')
      .replace(DECIMAL_DIGITS, digitValue)
      // Upper then lower case folds more than lower case alone: ß and ẞ both become ss.
      .toUpperCase()
      .toLowerCase()
      .normalize('NFKC')
      .replace(NOT_LETTER_OR_DIGIT, '')
  );
}

/**
 * The numbers a text shows, each as ASCII digits, with spacing and punctuation between digits
 * ignored as a reader does: "Bel 1 1 2" shows `112`, "0800-2000" shows `08002000`.
 */
export function numbersIn(text: string): string[] {
  return comparableText(text).match(/\d+/g) ?? [];
}

/** Marks, embeddings, overrides and isolates of the bidirectional algorithm. */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Whether a text holds a bidirectional control character. An override shows characters in another
 * order than they are stored: "1\u202E21" shows 112. No Dutch or English name needs one.
 */
export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}
