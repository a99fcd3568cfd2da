/**
 * Characters a terminal acts on instead of showing, or that hide or reorder what is shown: every
 * control (C0 with ESC, which starts a sequence that clears the screen or moves the cursor, BEL, and
 * CR, which returns to the start of the line; DEL; C1, where U+009B is a one-character "ESC [" on
 * some terminals), every format character (bidi marks, embeddings, overrides and isolates: U+202E
 * shows "gnp.exe" as "exe.png"; zero-width characters; the byte order mark; invisible tag
 * characters), and the line and paragraph separators.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** The same, except a line break (`\n`, or `\r\n` as CSV writes it) that is part of a document's layout. */
const UNSAFE_BUT_LINE_BREAKS = /\r(?!\n)|(?![\n\r])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** `\u001b`, as JSON writes it; a character beyond U+FFFF as its two UTF-16 halves, as JSON does too. */
const escape = (character: string) =>
  Array.from(
    { length: character.length },
    (_, k) => `\\u${character.charCodeAt(k).toString(16).padStart(4, '0')}`,
  ).join('');

/**
 * Text as it may reach a terminal: every control and format character written as a visible `\u001b`.
 * Everything the command prints passes here (see `io.ts`), whatever file or argument it came from.
 * The escape is JSON's own, so a control character inside a JSON string keeps its value.
 *
 * @param text what is about to be printed
 * @param layout `'document'` keeps the line breaks of a multi-line document (JSON, CSV, Markdown,
 *   HTML, help), where every line break is layout; `'line'` escapes them too, so a value can never
 *   start a line of its own.
 */
export function printable(text: string, layout: 'line' | 'document'): string {
  return text.replace(layout === 'line' ? UNSAFE : UNSAFE_BUT_LINE_BREAKS, escape);
}
