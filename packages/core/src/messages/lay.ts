import type { Locale } from '../schema/vocabulary.js';
import { layEn } from './lay-en.js';
import { layNl } from './lay-nl.js';
import type { LayReader, LaySentences } from './types.js';

/** The sentences `explain` gives parents and young people, in a language. */
export function layFor(locale: Locale): Record<LayReader, LaySentences> {
  return locale === 'nl' ? layNl : layEn;
}
