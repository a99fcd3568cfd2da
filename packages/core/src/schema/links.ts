/**
 * What may become a link in a widget: a web address over https (http only for a source that has no
 * https), and a phone number written as Dutch numbers are. Anything else, such as `javascript:` or
 * `data:`, is refused when a ruleset is validated and never rendered as a link.
 */

/** A contact's website or chat: https only. */
export const HTTPS_URL = /^https:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i;

/** A source's address: https, or http for a publication that has no https. */
export const WEB_URL = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i;

/**
 * A Dutch phone number: a short number (112, 113, a municipality's 14 030), or a number starting
 * with 0 or +31, written with digits, spaces and hyphens only: `112`, `0800-2000`, `033 448 11 86`,
 * `+31 30 000 0000`.
 */
export const PHONE = /^(?:1\d(?:[ -]?\d){1,4}|(?:0|\+31[ -]?)\d(?:[ -]?\d){5,12})$/;

/** The digits a phone link dials: `0800-2000` → `08002000`, `+31 30 …` → `+3130…`. */
export const dialDigits = (phone: string): string => phone.replace(/[^\d+]/g, '');

/** What a link points to: a contact's website or chat, a source's address, or a phone number. */
export type LinkKind = 'contact-url' | 'source-url' | 'phone';

/**
 * The `href` for a link a widget may render, or `undefined` when the value may not be a link and
 * should be shown as plain text. Checked again at render time because a widget can be handed data
 * that never went through `validateRuleset`.
 */
export function safeHref(kind: LinkKind, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (kind === 'phone') return PHONE.test(value) ? `tel:${dialDigits(value)}` : undefined;
  return (kind === 'contact-url' ? HTTPS_URL : WEB_URL).test(value) ? value : undefined;
}
