import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  PROFESSIONAL_WORDS,
  assess,
  defaultRuleset,
  explain,
  professionalWordsIn,
  resultHeading,
  wordsFor,
  type Assessment,
  type AssessmentInput,
  type Audience,
  type Locale,
  stepTexts,
} from '../src/index.js';
import { input } from './helpers/arbitraries.js';

// Finding of the Veilig Thuis adviser (model v2.1): professional words ("score 2,5, drempel 2",
// "dimensie", "direct bewijs", beroepsgeheim, the ruleset stamp, "waargenomen" for a possible
// answer) reached parents and young people. Every text `assess` gives them is read here for the
// words of PROFESSIONAL_WORDS, on generated inputs and on the public vignettes.

const LAY: readonly Exclude<Audience, 'professional'>[] = ['parent', 'young-person'];
const LOCALES: readonly Locale[] = ['nl', 'en'];

interface Vignette {
  id: string;
  age: AssessmentInput['age'];
  startedAsMinor?: boolean;
  observations: AssessmentInput['observations'];
}
const vignettes = (
  parse(readFileSync(new URL('./scenarios/public-vignettes.yaml', import.meta.url), 'utf8')) as { cases: Vignette[] }
).cases;

/** The inputs read: the public vignettes and 400 generated ones (a fixed seed, so a failure repeats). */
function inputsFor(audience: Audience): AssessmentInput[] {
  const fromVignettes = vignettes.map(({ age, startedAsMinor, observations }) => ({
    age,
    observations,
    audience,
    ...(startedAsMinor === undefined ? {} : { startedAsMinor }),
  }));
  const generated = fc.sample(input(), { numRuns: 400, seed: 20261207 }).map((i) => ({ ...i, audience }));
  return [...fromVignettes, ...generated];
}

/** Every professional word in `texts`, as "where: word", each once. */
function violations(texts: Iterable<[where: string, text: string]>, audience: Audience, stamp?: Assessment['ruleset']) {
  const found = new Set<string>();
  for (const [where, text] of texts) {
    for (const word of professionalWordsIn(text, audience)) found.add(`${where}: ${word}`);
    if (stamp && text.includes(stamp.id)) found.add(`${where}: the ruleset id ${stamp.id}`);
  }
  return [...found].sort();
}

/** A signal's label as explain quotes it: ‘…’. */
const QUOTED = /‘[^’]*’/g;

/**
 * What the result's own texts say: explain's sentences (with the labels of signals left out: they
 * are the catalogue's, read below), the heading and the level's meaning.
 */
function* resultTexts(assessment: Assessment, locale: Locale): Generator<[string, string]> {
  for (const sentence of explain(assessment, locale)) yield [`explain (${locale})`, sentence.replace(QUOTED, '‘…’')];
  yield [`heading (${locale})`, resultHeading(assessment, locale)];
  yield [`level meaning (${locale})`, wordsFor(locale).levelMeanings[assessment.audience][assessment.level]];
}

/**
 * The catalogue's texts the assessment shows its reader, named by id and field: the labels of the
 * signals and risk factors explain quotes, and the next steps and contacts.
 */
function* catalogueTexts(assessment: Assessment, locale: Locale): Generator<[string, string]> {
  const quoted = new Set(explain(assessment, locale).flatMap((s) => s.match(QUOTED) ?? []));
  for (const entry of [...defaultRuleset.signals, ...defaultRuleset.riskFactors]) {
    if (quoted.has(`‘${entry.texts.label[locale]}’`))
      yield [`signal ${entry.id} / label.${locale}`, entry.texts.label[locale]];
  }
  for (const id of assessment.nextStepIds) {
    const step = defaultRuleset.nextSteps.find((s) => s.id === id);
    if (!step) continue;
    // As the reader's audience reads it: a step's own words for parents or young people where it has them.
    const { title, body } = stepTexts(step, assessment.audience);
    yield [`next step ${id} / title.${locale}`, title[locale]];
    yield [`next step ${id} / body.${locale}`, body[locale]];
  }
  for (const id of assessment.contactIds) {
    const contact = defaultRuleset.contacts.find((c) => c.id === id);
    if (!contact) continue;
    yield [`contact ${id} / name.${locale}`, contact.name[locale]];
    yield [`contact ${id} / purpose.${locale}`, contact.purpose[locale]];
    yield [`contact ${id} / hours.${locale}`, contact.hours[locale]];
    if (contact.reach) yield [`contact ${id} / reach.${locale}`, contact.reach[locale]];
  }
}

describe('the list of professional words', () => {
  it('gives a reason for every word, and matches each where it should', () => {
    for (const word of PROFESSIONAL_WORDS) expect(word.why.length, word.word).toBeGreaterThan(40);
    // The sentences the adviser found, as parents read them before model v2.1.
    expect(
      professionalWordsIn(
        'De dimensie ‘Criminele activiteiten’ is aannemelijk (score 2,5, drempel 2) door ‘Brengt pakketjes weg’ (direct bewijs).',
        'parent',
      ),
    ).toEqual(['score', 'drempel', 'dimensie', 'direct bewijs']);
    expect(professionalWordsIn('Waargenomen: ‘Erg moe’ (indirect bewijs).', 'parent')).toEqual([
      'indirect bewijs',
      'waargenomen',
    ]);
    expect(professionalWordsIn('Regels: nl-criminal-exploitation versie 2.0.0 (b8f5140661c58fdb)', 'parent')).toEqual([
      'stamp hash',
      'stamp version',
    ]);
    expect(professionalWordsIn('Heb je een beroepsgeheim, doe dit dan met toestemming.', 'parent')).toEqual([
      'beroepsgeheim',
    ]);
    // Ordinary words that contain a listed one are not it; a professional may read them all.
    expect(professionalWordsIn('Bel 0800-2000. Scoren op school, een dimensieloze drempelvrees?', 'parent')).toEqual([
      'drempel',
      'dimensie',
    ]);
    expect(professionalWordsIn('score 2, drempel 2', 'professional')).toEqual([]);
  });

  it('names a level to a young person, but not an ordinary word that is also a level', () => {
    expect(professionalWordsIn('Vermoeden van uitbuiting', 'young-person')).toEqual([
      'level name: Vermoeden van uitbuiting',
    ]);
    expect(professionalWordsIn('Zorgen', 'young-person')).toEqual(['level name: Zorgen']);
    expect(professionalWordsIn('Maak je je zorgen? Praat erover.', 'young-person')).toEqual([]);
    expect(professionalWordsIn('Zorgen: vraag advies', 'parent')).toEqual([]);
  });
});

describe.each(LAY)('professional words reach parents and young people: %s', (audience) => {
  const assessments = inputsFor(audience).map((i) => assess(i));

  it('reads no professional word in explain, the heading or the level’s meaning, in either language', () => {
    const texts = function* () {
      for (const assessment of assessments) for (const locale of LOCALES) yield* resultTexts(assessment, locale);
    };
    expect(violations(texts(), audience, assessments[0]?.ruleset)).toEqual([]);
  });

  // These texts are the catalogue's: a failure names the signal, step or contact, the field and the
  // word, for whoever writes the catalogue.
  it('reads no professional word in the labels, next steps and contacts it is given, in either language', () => {
    const texts = function* () {
      for (const assessment of assessments) for (const locale of LOCALES) yield* catalogueTexts(assessment, locale);
    };
    expect(violations(texts(), audience)).toEqual([]);
  });
});
