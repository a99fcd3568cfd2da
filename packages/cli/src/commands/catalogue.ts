import { catalogue, defaultRuleset, valueAt, wordsFor, type CatalogueEntry, type Locale } from '@anders-kijken/core';
import { choice, type Args } from '../args.js';
import type { Io } from '../io.js';
import type { Words } from '../words.js';

const FORMATS = ['json', 'csv', 'md'] as const;

/** One entry of the catalogue in one language, flat: what a spreadsheet or a training needs. */
interface Row {
  id: string;
  kind: string;
  dimension: string;
  evidence: string;
  strength: string;
  label: string;
  question: string;
  examples: string[];
  sources: string[];
}

function rowsOf(locale: Locale): Row[] {
  const words = wordsFor(locale);
  const dimensions = new Map(defaultRuleset.dimensions.map((d) => [d.id, d.label[locale]]));
  const sources = new Map(catalogue.sources.map((s) => [s.id, `${s.title} (${s.publisher}, ${s.year})`]));
  const entries: CatalogueEntry[] = [...catalogue.signals, ...catalogue.riskFactors];
  return entries.map((entry) => {
    const strength = entry.kind === 'risk-factor' ? undefined : valueAt(entry.strength, undefined);
    return {
      id: entry.id,
      kind: words.kinds[entry.kind],
      dimension: dimensions.get(entry.dimension) ?? entry.dimension,
      evidence: entry.kind === 'signal' ? words.evidence[entry.evidence] : '',
      strength: strength ? words.strengths[strength] : '',
      label: entry.texts.label[locale],
      question: entry.texts.question[locale],
      examples: entry.texts.examples.map((e) => e[locale]),
      sources: entry.sourceIds.map((id) => sources.get(id) ?? id),
    };
  });
}

/** A CSV field as RFC 4180 writes it: quoted when it holds a comma, quote or line break. */
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

function csv(rows: Row[]): string {
  const columns = [
    'id',
    'kind',
    'dimension',
    'evidence',
    'strength',
    'label',
    'question',
    'examples',
    'sources',
  ] as const;
  const cell = (row: Row, column: (typeof columns)[number]) => {
    const value = row[column];
    return csvField(Array.isArray(value) ? value.join('; ') : value);
  };
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row, c)).join(','))].join('\r\n');
}

function markdown(rows: Row[], locale: Locale): string {
  const title = locale === 'nl' ? 'Signalen van criminele uitbuiting' : 'Signs of criminal exploitation';
  const lines = [`# ${title}`, '', `${defaultRuleset.name[locale]} ${defaultRuleset.version}`, ''];
  let group = '';
  for (const row of rows) {
    const heading = row.kind === wordsFor(locale).kinds.signal ? row.dimension : row.kind;
    if (heading !== group) lines.push(`## ${(group = heading)}`, '');
    const badges = [row.evidence, row.strength].filter(Boolean).join(', ');
    lines.push(`### ${row.label} (\`${row.id}\`)`, '', `**${row.question}**${badges ? ` (${badges})` : ''}`, '');
    for (const example of row.examples) lines.push(`- ${example}`);
    lines.push('', `${locale === 'nl' ? 'Bronnen' : 'Sources'}: ${row.sources.join('; ')}`, '');
  }
  return lines.join('\n');
}

/** `anders-kijken catalogue`: the catalogue in one language, as JSON, CSV or Markdown. */
export function catalogueCommand(args: Args, io: Io, w: Words, locale: Locale): number {
  const format = choice(args, 'format', FORMATS, 'json', w);
  const rows = rowsOf(locale);
  io.document(
    format === 'json' ? JSON.stringify(rows, null, 2) : format === 'csv' ? csv(rows) : markdown(rows, locale),
  );
  return 0;
}
