import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Locale } from '@anders-kijken/core';
import { referenceLabels } from '../labels.js';
import { code } from '../markdown.js';

/** The JSON Schemas core ships, in the order a developer meets them. */
export const SCHEMA_FILES = [
  'assessment-input.schema.json',
  'assessment.schema.json',
  'ruleset.schema.json',
  'ruleset-patch.schema.json',
] as const;

/** The folder of the JSON Schemas inside the installed `@anders-kijken/core`. */
export const schemaFolder = (): string =>
  join(dirname(createRequire(import.meta.url).resolve('@anders-kijken/core/package.json')), 'schema');

const about = {
  nl: {
    'assessment-input.schema.json':
      'Wat `assess()` en `safeAssess()` accepteren: leeftijd, waarnemingen, doelgroep, gemeente en peildatum.',
    'assessment.schema.json':
      'Wat `assess()` teruggeeft: niveau, beslissende regel, dimensies, bevindingen, informatie die het uitzoeken waard is, stappen en contacten.',
    'ruleset.schema.json':
      'Een volledige regelset: bronnen, dimensies, signalen, risicofactoren, parameters, regels, stappen en contacten.',
    'ruleset-patch.schema.json':
      'Wat een gemeente aan `extendRuleset()` kan geven: lokale contacten, lokale signalen en andere teksten.',
  },
  en: {
    'assessment-input.schema.json':
      'What `assess()` and `safeAssess()` accept: age, observations, audience, municipality and reference date.',
    'assessment.schema.json':
      'What `assess()` returns: level, deciding rule, dimensions, findings, information worth finding out, steps and contacts.',
    'ruleset.schema.json':
      'A complete ruleset: sources, dimensions, signals, risk factors, parameters, rules, steps and contacts.',
    'ruleset-patch.schema.json':
      'What a municipality can give `extendRuleset()`: local contacts, local signals and reworded texts.',
  },
} as const;

/** Each JSON Schema with what it describes, a download link and its full text. */
export function schemasPage(locale: Locale): string {
  const t = referenceLabels[locale];
  const lines = [`# ${t.schemas}`, '', t.schemasIntro, ''];
  for (const file of SCHEMA_FILES) {
    const json = readFileSync(join(schemaFolder(), file), 'utf8');
    const { title } = JSON.parse(json) as { title?: string };
    lines.push(`## ${code(file)}`, '', `${title ?? ''}. ${about[locale][file]}`, '');
    lines.push(`[${t.download} ${file}](/schema/${file}){download}`, '');
    lines.push(`<details><summary>${t.showSchema}</summary>`, '');
    lines.push('```json', json.trim(), '```', '', '</details>', '');
  }
  return lines.join('\n');
}
