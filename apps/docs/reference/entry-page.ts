import type { CatalogueEntry, Locale } from '@anders-kijken/core';
import { dimensionLabel, sourceById } from './catalogue-data.js';
import { referenceLabels } from './labels.js';
import { code, referencePath, sourceLink, text } from './markdown.js';

/** The Markdown of one signal, acute signal or risk factor page. */
export function entryPage(entry: CatalogueEntry, locale: Locale): string {
  const t = referenceLabels[locale];
  const { texts } = entry;
  const lines: string[] = [`# ${text(texts.label[locale])}`, ''];

  lines.push(`<p class="ak-kind ak-kind--${entry.kind}">${t.kind[entry.kind]}</p>`, '');
  if (entry.kind === 'acute') lines.push(`::: danger ${t.kind.acute}`, t.acuteNote, ':::', '');
  if (entry.kind === 'risk-factor') lines.push(`::: info ${t.kind['risk-factor']}`, t.riskFactorNote, ':::', '');

  lines.push(`## ${t.question}`, '', `> ${text(texts.question[locale])}`, '');
  if (texts.youthQuestion) lines.push(`## ${t.youthQuestion}`, '', `> ${text(texts.youthQuestion[locale])}`, '');

  lines.push(`## ${t.examples}`, '', ...texts.examples.map((example) => `- ${text(example[locale])}`), '');

  const dimension = entry.kind === 'risk-factor' ? t.contextDimension : text(dimensionLabel(entry.dimension, locale));
  const facts: [string, string][] = [
    [t.id, code(entry.id)],
    [t.dimension, dimension],
  ];
  if (entry.kind !== 'risk-factor') {
    const history = entry.strength.map((s) => `${t.strengthNames[s.value]} (${t.strengthSince(s.since)})`);
    facts.push([t.strength, history.join(', ')]);
  }
  lines.push(`## ${t.facts}`, '', ...facts.map(([k, v]) => `- **${k}**: ${v}`), '');

  lines.push(`## ${t.sources}`, '');
  for (const id of entry.sourceIds) {
    const source = sourceById(id);
    lines.push(`- ${sourceLink(locale, id)}: ${text(source.title)} (${text(source.publisher)}, ${source.year})`);
  }
  lines.push('', `[← ${t.backToCatalogue}](${referencePath(locale, 'signals')})`, '');
  return lines.join('\n');
}
