import { AUDIENCES, LEVELS, guidance, levelLabel, type Locale } from '@anders-kijken/core';
import { ruleset } from '../catalogue-data.js';
import { referenceLabels } from '../labels.js';
import { code, referencePath, text } from '../markdown.js';

/** The five levels, each with the next steps and contacts `assess` gives every audience. */
export function levelsPage(locale: Locale): string {
  const t = referenceLabels[locale];
  const lines = [`# ${t.levels}`, '', t.levelsIntro, ''];
  for (const level of LEVELS) {
    lines.push(`## ${levelLabel(level, locale)} {#${level}}`, '', `${t.level}: ${code(level)}`, '');
    for (const audience of AUDIENCES) {
      const { nextStepIds, contactIds } = guidance(level, audience);
      lines.push(`### ${t.audiences[audience]} {#${level}-${audience}}`, '');
      nextStepIds.forEach((id, index) => {
        const step = ruleset.nextSteps.find((s) => s.id === id)!;
        const meldcode = step.meldcodeStep ? ` *(${t.meldcodeStep(step.meldcodeStep)})*` : '';
        lines.push(`${index + 1}. **${text(step.title[locale])}**${meldcode}: ${text(step.body[locale])}`);
      });
      const names = contactIds.map((id) => {
        const contact = ruleset.contacts.find((c) => c.id === id)!;
        return `[${text(contact.name[locale])}](${referencePath(locale, 'contacts')}#contact-${id})`;
      });
      lines.push('', `${t.contacts}: ${names.join(', ')}`, '');
    }
  }
  return lines.join('\n');
}
