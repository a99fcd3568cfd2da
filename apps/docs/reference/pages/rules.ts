import { levelLabel, wordsFor, type Audience, type Locale } from '@anders-kijken/core';
import { ruleset, stamp } from '../catalogue-data.js';
import { referenceLabels } from '../labels.js';
import { code, sourceLink, table, text } from '../markdown.js';
import { describeCondition } from '../rule-conditions.js';

/** The ruleset's version, every rule with its condition, and every dated parameter with its sources. */
export function rulesPage(locale: Locale): string {
  const t = referenceLabels[locale];
  const w = wordsFor(locale);
  const sources = (ids: readonly string[]) => ids.map((id) => sourceLink(locale, id)).join(', ');
  const lines = [`# ${t.rules}`, '', t.rulesIntro, ''];

  lines.push(`## ${t.version}`, '', t.versionIntro, '');
  lines.push(
    table(
      [t.rulesetId, t.rulesetVersion, t.reviewedOn, t.contentHash],
      [[code(stamp.id), code(stamp.version), w.date(ruleset.reviewedOn), code(stamp.hash)]],
    ),
    '',
  );

  lines.push(`## ${t.rules}`, '');
  ruleset.rules.forEach((rule, i) => {
    // The heading is in the reader's language; the rule's id, in English as code is, goes below it.
    lines.push(`### ${t.ruleNumber(i + 1)}: ${levelLabel(rule.level, locale)} {#rule-${rule.id}}`, '');
    lines.push(`- **${t.id}**: ${code(rule.id)}`);
    lines.push(`- **${t.level}**: ${levelLabel(rule.level, locale)} (${code(rule.level)})`);
    lines.push(`- **${t.condition}**: ${describeCondition(rule, locale)}`);
    lines.push(`- **${t.sources}**: ${sources(rule.sourceIds)}`);
    if (rule.route) lines.push(`- ${t.ruleRoute(code(rule.route))}`);
    for (const [audience, heading] of Object.entries(rule.heading ?? {}))
      if (heading) lines.push(`- **${t.ruleHeading(w.audiences[audience as Audience])}**: ${text(heading[locale])}`);
    lines.push('', `> ${text(rule.explanation[locale])}`, '');
  });

  const { weights, factors, indicated, adultAge } = ruleset.scoring;
  lines.push(`## ${t.scoring}`, '', t.scoringIntro, '');
  lines.push(
    `- ${t.scoringWeights}: ${(['strong', 'medium', 'weak'] as const).map((s) => `${w.strengths[s]} ${code(weights[s])}`).join(', ')}`,
    `- ${t.scoringFactors}: ${code(factors.clear)}, ${code(factors.possible)}`,
    `- ${t.scoringIndicated}: ${code(indicated)}`,
    `- ${t.scoringAdultAge}: ${code(adultAge)}`,
    '',
  );

  lines.push(`## ${t.parameters}`, '', t.parametersIntro, '');
  for (const parameter of ruleset.parameters) {
    lines.push(
      `### ${text(parameter.label[locale])} {#${parameter.id}}`,
      '',
      `- **${t.id}**: ${code(parameter.id)}`,
      '',
    );
    lines.push(
      table(
        [t.value, t.since, t.sources],
        parameter.values.map((v) => [code(v.value), w.date(v.since), sources(v.sourceIds)]),
      ),
      '',
    );
    lines.push(`${t.rationale}: ${text(parameter.rationale[locale])}`, '');
  }
  return lines.join('\n');
}
