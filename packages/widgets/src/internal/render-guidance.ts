import {
  safeHref,
  stepTexts,
  type Audience,
  type Contact,
  type Locale,
  type NextStep,
  type Ruleset,
} from '@anders-kijken/core';
import { html, nothing } from 'lit';
import type { Translation } from '../translations/translation.js';

/** Looks up entries by id, keeping the order of `ids` and skipping unknown ones. */
export function pick<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  return ids.flatMap((id) => items.find((item) => item.id === id) ?? []);
}

/** The next steps for a level and audience, as an ordered list, each in the words written for that audience. */
export function renderNextSteps(steps: readonly NextStep[], locale: Locale, audience: Audience) {
  if (steps.length === 0) return nothing;
  return html`<ol class="next-steps" part="next-steps">
    ${steps.map((step) => {
      const { title, body } = stepTexts(step, audience);
      return html`<li>
        <strong>${title[locale]}</strong>
        <p>${body[locale]}</p>
      </li>`;
    })}
  </ol>`;
}

/** A link when the address may be one (https, a Dutch phone number), otherwise the plain text: never `javascript:`. */
export function linkOrText(href: string | undefined, text: string) {
  return href ? html`<a href=${href} rel="noopener noreferrer">${text}</a>` : text;
}

/**
 * Contacts with phone (and what a call costs), website, hours and purpose. Phone numbers are links a
 * phone can dial. `regions` names, per contact id, the regional office that labels that one entry.
 */
export function renderContacts(
  contacts: readonly Contact[],
  locale: Locale,
  t: Translation,
  regions: Readonly<Record<string, string>> = {},
) {
  if (contacts.length === 0) return nothing;
  return html`<ul class="contacts" part="contacts">
    ${contacts.map(
      (contact) =>
        html`<li class="contact" part="contact">
          <strong>${contact.name[locale]}</strong>
          ${regions[contact.id] ? html`<span class="region">${t.region(regions[contact.id] as string)}</span>` : nothing}
          <span class="purpose">${contact.purpose[locale]}</span>
          ${
            contact.phone
              ? html`<span
                  >${t.phone}:
                  ${linkOrText(safeHref('phone', contact.phone), contact.phone)}${
                    contact.rate ? ` (${t.rate[contact.rate]})` : ''
                  }</span
                >`
              : nothing
          }
          ${
            contact.url
              ? html`<span
                  >${t.website}:
                  ${linkOrText(safeHref('contact-url', contact.url), contact.url.replace(/^https?:\/\/(www\.)?/, ''))}</span
                >`
              : nothing
          }
          ${contact.reach ? html`<span>${contact.reach[locale]}</span>` : nothing}
          <span class="hours">${t.hours}: ${contact.hours[locale]}</span>
        </li>`,
    )}
  </ul>`;
}

/** The names of the regional offices that label contacts, per contact id, from a result's `contactRegions`. */
export function regionNames(
  ruleset: Ruleset,
  contactRegions: Readonly<Record<string, string>> | undefined,
  locale: Locale,
): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [id, regional] of Object.entries(contactRegions ?? {})) {
    const name = ruleset.contacts.find((c) => c.id === regional)?.name[locale];
    if (name) names[id] = name;
  }
  return names;
}

/** Next steps and contacts of a ruleset by id. */
export function guidance(ruleset: Ruleset, nextStepIds: readonly string[], contactIds: readonly string[]) {
  return { steps: pick(ruleset.nextSteps, nextStepIds), contacts: pick(ruleset.contacts, contactIds) };
}
