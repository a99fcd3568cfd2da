import type { Locale } from '@anders-kijken/core';
import { ruleset } from '../catalogue-data.js';
import { referenceLabels } from '../labels.js';
import { sourceAnchor, text } from '../markdown.js';

/** Every source the ruleset cites, each with an anchor that signal pages link to. */
export function sourcesPage(locale: Locale): string {
  const t = referenceLabels[locale];
  const lines = [`# ${t.allSources}`, ''];
  for (const source of ruleset.sources) {
    lines.push(`## ${text(source.id)} {#${sourceAnchor(source.id)}}`, '');
    const title = source.url ? `[${text(source.title)}](${source.url})` : text(source.title);
    lines.push(`${title}. ${text(source.publisher)}, ${source.year}.`, '');
    lines.push(`**${t.sourceAbout}:** ${text(source.about[locale])}`, '');
  }
  return lines.join('\n');
}
