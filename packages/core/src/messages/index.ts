import { resolveLocale } from '../internal/locale.js';
import { en } from './en.js';
import { nl } from './nl.js';
import type { Messages, Words } from './types.js';

/** The messages for a language tag: Dutch by default, English for other languages (see `resolveLocale`). */
export function messagesFor(tag: string | null | undefined): Messages {
  return resolveLocale(tag) === 'nl' ? nl : en;
}

/**
 * The words of the model in the language of `tag`: level names per audience, answers, youth
 * choices, audiences, kinds, strengths and evidence, and how numbers and dates are written.
 *
 * @example
 * ```ts
 * wordsFor('nl').levels.parent.concern; // 'Zorgen: vraag advies'
 * wordsFor('nl').number(1.5); // '1,5'
 * ```
 */
export function wordsFor(tag?: string | null): Words {
  return messagesFor(tag).words;
}
