import type { Audience } from '../schema/vocabulary.js';
import { en } from './en.js';
import { nl } from './nl.js';

/** A word a parent or a young person must not read in a result, with why. */
export interface ProfessionalWord {
  /** The word as a report names it. */
  word: string;
  /** Where it matches: case-insensitive, from the start of a word. */
  pattern: RegExp;
  /** Why it is a professional's word, and what a parent or young person reads instead. */
  why: string;
}

const word = (name: string, source: string, why: string): ProfessionalWord => ({
  word: name,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])${source}`, 'iu'),
  why,
});

const MODEL =
  'a term of the model’s calibration (AK-CALIBRATION): it explains how the rules weigh, which helps a professional check the result and tells a parent or young person nothing they can act on';
const LAW =
  'a term of the law or the reporting protocol for professionals (brief §5, one voice per audience): it applies to professionals only and reads to others as if it were about them';
const STAMP =
  'part of the ruleset stamp: it stays in the data and behind “Meer details” (brief §4), never in the visible text';

/**
 * The words of professionals that a parent or a young person never reads in a result: in `explain`'s
 * sentences, the result's heading, or the texts of the next steps and contacts they are given
 * (brief §4 "Explanations per audience" and §5 "One voice per audience", model v2.1). One list, in
 * Dutch and English, read by core's tests and by the widgets' tests of what a page shows.
 */
export const PROFESSIONAL_WORDS: readonly ProfessionalWord[] = [
  word('score', 'scores?(?![\\p{L}])', MODEL),
  word('drempel', 'drempel', MODEL),
  word('threshold', 'threshold', MODEL),
  word('dimensie', 'dimensie', MODEL),
  word('dimension', 'dimension', MODEL),
  word('direct bewijs', 'directe? bewijs', `${MODEL}; a parent reads what was seen`),
  word('indirect bewijs', 'indirecte? bewijs', `${MODEL}; a parent reads that things can have an ordinary explanation`),
  word('direct evidence', 'direct evidence', MODEL),
  word('indirect evidence', 'indirect evidence', MODEL),
  word(
    'professioneel oordeel',
    'professione(?:el|le) oordeel',
    `${LAW}; a parent reads “een hulpmiddel, geen oordeel over je kind”`,
  ),
  word('professional judgement', 'professional judge?ment', LAW),
  word('beroepsgeheim', 'beroepsgeheim', LAW),
  word('professional secrecy', 'professional secrecy', LAW),
  word('duty of confidentiality', 'duty of confidentiality', `${LAW} (the catalogue’s English for beroepsgeheim)`),
  word('meldrecht', 'meldrecht', LAW),
  word('right to report', 'right to report', `${LAW} (the catalogue’s English for meldrecht)`),
  word('meldcode', 'meldcode', LAW),
  word('reporting code', 'reporting code', LAW),
  word('Wmo', 'wmo(?![\\p{L}])', `${LAW} (the Wmo 2015 is where the meldrecht is)`),
  word('afwegingskader', 'afwegingskader', LAW),
  word('assessment framework', 'assessment framework', `${LAW} (the catalogue’s English for afwegingskader)`),
  word('conflict van plichten', 'conflict van plichten', LAW),
  word('conflict of duties', 'conflict of duties', LAW),
  word(
    'huiselijke kring',
    'huiselijke kring',
    `${LAW}; a relationship, not a place, which a parent misreads as “at home”: a parent reads “iemand uit de familie of het huishouden”`,
  ),
  word('domestic circle', 'domestic circle', LAW),
  word(
    'waargenomen',
    'waargenomen',
    'a professional’s word for an observation, and wrong for an answer “Misschien” (brief §4: every audience sees a possible answer as “misschien”): a parent reads “wat je ziet”, a young person “wat je vertelt”',
  ),
  word(
    'observed',
    'observed',
    'the English of “waargenomen”: wrong for an answer “Maybe”; a parent reads “what you see”, a young person “what you tell us”',
  ),
  word('regelset', 'regelset', STAMP),
  word('ruleset', 'ruleset', STAMP),
  word('stamp hash', '[0-9a-f]{16}(?![\\p{L}\\p{N}])', `${STAMP} (its content hash: 16 hexadecimal digits)`),
  word('stamp version', 'versi(?:e|on) \\d+\\.\\d+\\.\\d+', `${STAMP} (its version)`),
];

/**
 * The names of the levels, professional and parent, in Dutch and English: a young person never
 * reads one (brief §4). Names of one word (“Aandacht”, “Zorgen”) are ordinary words too, so they
 * count only as a whole text, as a heading shows them.
 */
const LEVEL_NAMES = [...new Set([nl, en].flatMap((m) => Object.values(m.words.levels).flatMap(Object.values)))];

/**
 * The professional words in a text that `audience` reads: none for a professional; for a parent
 * the words of {@link PROFESSIONAL_WORDS}; for a young person also the name of any level.
 *
 * @example
 * ```ts
 * professionalWordsIn('score 2,5, drempel 2', 'parent'); // ['score', 'drempel']
 * professionalWordsIn('Vermoeden van uitbuiting', 'young-person'); // ['level name: Vermoeden van uitbuiting']
 * ```
 */
export function professionalWordsIn(text: string, audience: Audience): string[] {
  if (audience === 'professional') return [];
  const found = PROFESSIONAL_WORDS.filter((w) => w.pattern.test(text)).map((w) => w.word);
  if (audience === 'young-person') {
    const whole = text.trim().replace(/[.!]$/, '').toLowerCase();
    for (const name of LEVEL_NAMES) {
      const lower = name.toLowerCase();
      if (name.includes(' ') ? text.toLowerCase().includes(lower) : whole === lower) found.push(`level name: ${name}`);
    }
  }
  return found;
}
