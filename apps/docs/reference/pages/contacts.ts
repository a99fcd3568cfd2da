import { wordsFor, type Contact, type Locale } from '@anders-kijken/core';
import { ruleset } from '../catalogue-data.js';
import { referenceLabels } from '../labels.js';
import { code, text } from '../markdown.js';
import { describeSelector } from '../rule-conditions.js';

function contactSection(contact: Contact, locale: Locale): string[] {
  const t = referenceLabels[locale];
  const w = wordsFor(locale);
  const lines = [`### ${text(contact.name[locale])} {#contact-${contact.id}}`, ''];
  lines.push(`- **${t.id}**: ${code(contact.id)}`);
  if (contact.phone) {
    const rate = contact.rate === 'free' ? t.rateFree : contact.rate === 'local' ? t.rateLocal : undefined;
    lines.push(`- **${t.phone}**: ${text(contact.phone)}${rate ? ` (${rate})` : ''}`);
  }
  if (contact.url) lines.push(`- **${t.website}**: <${contact.url}>`);
  if (contact.reach) lines.push(`- ${text(contact.reach[locale])}`);
  lines.push(`- **${t.hours}**: ${text(contact.hours[locale])}`);
  lines.push(`- **${t.purpose}**: ${text(contact.purpose[locale])}`);
  if (contact.audiences) lines.push(`- **${t.shownTo}**: ${contact.audiences.map((a) => w.audiences[a]).join(', ')}`);
  if (contact.ages) lines.push(`- **${t.ages}**: ${t.agesRange(contact.ages.min, contact.ages.max)}`);
  for (const trigger of contact.triggers ?? [])
    if (trigger.observed) lines.push(`- **${t.contactTriggered}**: ${describeSelector(trigger.observed, locale)}`);
  if (contact.regionOf) lines.push(`- ${t.regionOf(code(contact.regionOf))}`);
  if (contact.levels)
    lines.push(`- **${t.shownAtLevels}**: ${contact.levels.map((l) => w.levels.professional[l]).join(', ')}`);
  if (contact.alwaysShown) lines.push(`- ${t.alwaysShown}`);
  // No way to reach it says more than "unconfirmed": it is what the municipality has to fill in.
  const status = !(contact.phone || contact.url) ? t.unreachable : contact.confirmed ? t.confirmed : t.unconfirmed;
  lines.push(`- **${t.checkedOn}**: ${w.date(contact.checkedOn)} (${status})`, '');
  return lines;
}

/** The contact directory: national contacts, then each municipality's own, with `checkedOn`. */
export function contactsPage(locale: Locale): string {
  const t = referenceLabels[locale];
  const lines = [`# ${t.contacts}`, '', t.contactsIntro, '', `## ${t.national}`, ''];
  for (const contact of ruleset.contacts.filter((c) => c.scope === 'national'))
    lines.push(...contactSection(contact, locale));
  for (const municipality of ruleset.municipalities) {
    lines.push(
      `## ${text(t.local(municipality.name))} {#${municipality.id}}`,
      '',
      `${t.id}: ${code(municipality.id)}`,
      '',
    );
    for (const contact of ruleset.contacts.filter((c) => c.municipality === municipality.id))
      lines.push(...contactSection(contact, locale));
  }
  return lines.join('\n');
}
