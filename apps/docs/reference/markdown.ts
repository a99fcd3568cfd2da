import type { Locale } from '@anders-kijken/core';

/**
 * Catalogue text as inline Markdown that renders literally: no HTML, no Vue interpolation, no
 * Markdown emphasis or links. An extended ruleset may carry any text, so nothing is trusted.
 */
export function text(value: string): string {
  // Markdown first: the entities below bring in a `#` that must stay as it is.
  return value
    .replace(/([\\`*_[\]#])/g, '\\$1')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('{', '&#123;')
    .replaceAll('}', '&#125;')
    .replaceAll('|', '&#124;')
    .replace(/\s*\n\s*/g, ' ');
}

/** An inline code span for an id or value. */
export const code = (value: string | number): string => `\`${String(value).replaceAll('`', '')}\``;

/** A Markdown table; cells must already be escaped. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** The path prefix of a locale: Dutch is the root, English lives under `/en/`. */
export const localePrefix = (locale: Locale): string => (locale === 'nl' ? '/' : '/en/');

/** The site path of a reference page, for links inside generated pages. */
export const referencePath = (locale: Locale, page: string): string => `${localePrefix(locale)}reference/${page}`;

/** The site path of one catalogue entry's page. */
export const entryPath = (locale: Locale, id: string): string => referencePath(locale, `signals/${id}`);

/** A source id as it appears in the text of the catalogue: an anchor on the sources page. */
export const sourceAnchor = (id: string): string => `source-${id.toLowerCase()}`;

/** A link to a source on the sources page. */
export const sourceLink = (locale: Locale, id: string): string =>
  `[${code(id)}](${referencePath(locale, 'sources')}#${sourceAnchor(id)})`;
