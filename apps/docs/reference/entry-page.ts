import { wordsFor, youthQuestionsOf, type CatalogueEntry, type Locale } from '@anders-kijken/core';
import { dimensionLabel, sourceById } from './catalogue-data.js';
import { referenceLabels } from './labels.js';
import { code, referencePath, sourceLink, text } from './markdown.js';

/** The Markdown of one signal, acute signal or risk factor page. */
export function entryPage(entry: CatalogueEntry, locale: Locale): string {
  const t = referenceLabels[locale];
  const w = wordsFor(locale);
  const { texts } = entry;
  const lines: string[] = [`# ${text(texts.label[locale])}`, ''];

  const evidence = entry.kind === 'signal' ? entry.evidence : undefined;
  const badges = [`<span class="ak-kind ak-kind--${entry.kind}">${w.kinds[entry.kind]}</span>`];
  if (evidence) badges.push(`<span class="ak-evidence ak-evidence--${evidence}">${w.evidence[evidence]}</span>`);
  lines.push(`<p class="ak-badges">${badges.join(' ')}</p>`, '');
  if (evidence) lines.push(`${w.evidenceMeaning[evidence]}`, '');
  if (entry.kind === 'acute') lines.push(`::: danger ${w.kinds.acute}`, t.acuteNote, ':::', '');
  if (entry.kind === 'risk-factor') lines.push(`::: info ${w.kinds['risk-factor']}`, t.riskFactorNote, ':::', '');

  lines.push(`## ${t.question}`, '', `> ${text(texts.question[locale])}`, '');
  if (texts.parentQuestion) lines.push(`## ${t.parentQuestion}`, '', `> ${text(texts.parentQuestion[locale])}`, '');
  const youthQuestions = youthQuestionsOf(texts);
  if (youthQuestions.length > 0) {
    lines.push(`## ${t.youthQuestion}`, '');
    if (texts.youthIntro) lines.push(text(texts.youthIntro[locale]), '');
    // Several questions for one entry are separate quotes: each asks one thing.
    for (const question of youthQuestions) lines.push(`> ${text(question[locale])}`, '');
    lines.push(
      texts.youthQuestionAboutNow ? `${t.youthQuestionNote} ${t.youthQuestionAboutNow}` : t.youthQuestionNote,
      '',
    );
  }

  lines.push(`## ${t.examples}`, '', ...texts.examples.map((example) => `- ${text(example[locale])}`), '');

  const dimension = entry.kind === 'risk-factor' ? w.contextDimension : text(dimensionLabel(entry.dimension, locale));
  const facts: [string, string][] = [
    [t.id, code(entry.id)],
    [t.dimension, dimension],
  ];
  if (evidence) facts.push([t.evidence, w.evidence[evidence]]);
  if (entry.kind !== 'risk-factor') {
    const history = entry.strength.map((s) => `${w.strengths[s.value]} (${t.strengthSince(w.date(s.since))})`);
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
