import {
  AUDIENCES,
  LEVELS,
  guidance,
  levelLabel,
  stepTexts,
  wordsFor,
  type Audience,
  type Locale,
  type NextStep,
} from '@anders-kijken/core';
import { ruleset } from '../catalogue-data.js';
import { referenceLabels } from '../labels.js';
import { code, referencePath, text } from '../markdown.js';
import { describeSelector } from '../rule-conditions.js';

/** One age in each group the routes distinguish. An unknown age is read as a minor, as 12 to 17. */
const AGE_GROUPS = { child: 10, minor: 15, 'young-adult': 20 } as const;
type AgeGroup = keyof typeof AGE_GROUPS;

const step = (id: string): NextStep => ruleset.nextSteps.find((s) => s.id === id)!;

function stepLine(s: NextStep, audience: Audience, locale: Locale, index: number, groups: readonly AgeGroup[]): string {
  const t = referenceLabels[locale];
  const meldcode = s.meldcodeStep ? ` *(${t.meldcodeStep(s.meldcodeStep)})*` : '';
  const only = groups.length < 3 ? ` *(${groups.map((g) => t.ageGroups[g]).join(', ')})*` : '';
  // As this audience reads it: a parent's page shows the parent's words.
  const { title, body } = stepTexts(s, audience);
  return `${index + 1}. **${text(title[locale])}**${meldcode}${only}: ${text(body[locale])}`;
}

function contactLink(id: string, locale: Locale): string {
  const t = referenceLabels[locale];
  const contact = ruleset.contacts.find((c) => c.id === id)!;
  const ages = contact.ages ? ` (${t.agesRange(contact.ages.min, contact.ages.max)})` : '';
  return `[${text(contact.name[locale])}](${referencePath(locale, 'contacts')}#contact-${id})${ages}`;
}

/**
 * The five levels, each with the next steps and contacts `assess` gives every audience and age
 * group, then the steps that specific observations add at any level.
 */
export function levelsPage(locale: Locale): string {
  const t = referenceLabels[locale];
  const w = wordsFor(locale);
  const lines = [`# ${t.levels}`, '', t.levelsIntro, ''];
  for (const level of LEVELS) {
    lines.push(`## ${levelLabel(level, locale)} {#${level}}`, '');
    lines.push(`${t.level}: ${code(level)}. ${w.levelMeanings.professional[level]}`, '');
    lines.push(`${t.levelForParents}: **${levelLabel(level, locale, 'parent')}**.`, '');
    for (const audience of AUDIENCES) {
      lines.push(`### ${w.audiences[audience]} {#${level}-${audience}}`, '');
      const byGroup = Object.fromEntries(
        (Object.keys(AGE_GROUPS) as AgeGroup[]).map((group) => [
          group,
          guidance({ level, audience, age: AGE_GROUPS[group] }, ruleset),
        ]),
      ) as Record<AgeGroup, ReturnType<typeof guidance>>;
      const ids = [...new Set(Object.values(byGroup).flatMap((g) => g.nextStepIds))];
      ids.forEach((id, index) => {
        const groups = (Object.keys(AGE_GROUPS) as AgeGroup[]).filter((g) => byGroup[g].nextStepIds.includes(id));
        lines.push(stepLine(step(id), audience, locale, index, groups));
      });
      const contacts = [...new Set(Object.values(byGroup).flatMap((g) => g.contactIds))];
      lines.push('', `${t.contactsShown}: ${contacts.map((id) => contactLink(id, locale)).join(', ')}`, '');
    }
  }

  lines.push(`## ${t.triggered} {#triggered}`, '', t.triggeredIntro, '');
  for (const s of ruleset.nextSteps.filter((candidate) => candidate.triggers)) {
    lines.push(`### ${text(s.title[locale])} {#step-${s.id}}`, '');
    lines.push(`- **${t.id}**: ${code(s.id)}`);
    lines.push(`- **${t.shownTo}**: ${s.audiences.map((a) => w.audiences[a]).join(', ')}`);
    for (const trigger of s.triggers ?? []) {
      const when = trigger.observed ? [describeSelector(trigger.observed, locale)] : [];
      if (trigger.context === 'suspect') when.push(t.triggerSuspect);
      if (trigger.levels) when.push(t.triggerLevels(w.either(trigger.levels.map((l) => levelLabel(l, locale)))));
      if (trigger.ages) when.push(t.triggerAges(t.agesRange(trigger.ages.min, trigger.ages.max)));
      lines.push(`- **${t.triggerWhen}**: ${when.join('; ')}`);
    }
    if (s.leads) lines.push(`- ${t.leads}`);
    if (s.replaces) lines.push(`- ${t.replaces(s.replaces.map(code).join(', '))}`);
    for (const route of s.routes ?? []) lines.push(`- ${t.onRoute(code(route))}`);
    lines.push('', `> ${text(s.body[locale])}`, '');
    for (const audience of ['parent', 'young-person'] as const) {
      const own = s.forAudience?.[audience];
      if (own && s.audiences.includes(audience))
        lines.push(`**${t.forAudience(w.audiences[audience])}**:`, '', `> ${text(own.body[locale])}`, '');
    }
  }
  return lines.join('\n');
}
