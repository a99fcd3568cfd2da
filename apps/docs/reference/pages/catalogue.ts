import { valueAt, wordsFor, type CatalogueEntry, type Locale } from '@anders-kijken/core';
import { entries, ruleset } from '../catalogue-data.js';
import { referenceLabels } from '../labels.js';
import { code, entryPath, text } from '../markdown.js';

const entryLine = (entry: CatalogueEntry, locale: Locale): string => {
  const w = wordsFor(locale);
  const facts =
    entry.kind === 'risk-factor'
      ? ''
      : ` · ${w.strengths[valueAt(entry.strength) ?? entry.strength[0]!.value]}${entry.kind === 'signal' ? ` · ${w.evidence[entry.evidence]}` : ''}`;
  return `- [${text(entry.texts.label[locale])}](${entryPath(locale, entry.id)}) ${code(entry.id)}${facts}`;
};

/** Every catalogue entry, acute signals first, then signals per dimension, then risk factors. */
export function cataloguePage(locale: Locale): string {
  const t = referenceLabels[locale];
  const w = wordsFor(locale);
  const lines = [`# ${t.catalogue}`, '', t.catalogueIntro, ''];
  lines.push(`::: tip ${t.evidence}`, `- **${w.evidence.direct}**: ${w.evidenceMeaning.direct}`);
  lines.push(`- **${w.evidence.indirect}**: ${w.evidenceMeaning.indirect}`, ':::', '');
  lines.push(`## ${t.acuteSignals}`, '', t.acuteIntro, '');
  lines.push(...entries.filter((e) => e.kind === 'acute').map((e) => entryLine(e, locale)), '');
  for (const dimension of ruleset.dimensions) {
    lines.push(`## ${text(dimension.label[locale])}`, '', `*${text(dimension.question[locale])}*`, '');
    lines.push(`${t.legalElement}: ${text(dimension.legalElement[locale])}.`, '');
    const inDimension = entries.filter((e) => e.kind === 'signal' && e.dimension === dimension.id);
    lines.push(...inDimension.map((e) => entryLine(e, locale)), '');
  }
  lines.push(`## ${t.riskFactors}`, '', t.riskFactorsIntro, '');
  lines.push(...entries.filter((e) => e.kind === 'risk-factor').map((e) => entryLine(e, locale)), '');
  return lines.join('\n');
}
