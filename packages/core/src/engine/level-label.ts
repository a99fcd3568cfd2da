import type { Level } from '../schema/vocabulary.js';
import { messagesFor } from '../messages/index.js';
import type { LevelReader } from '../messages/types.js';

/**
 * The name of a level as a reader sees it: `Vermoeden van uitbuiting` for a professional,
 * `Ernstige zorgen: vraag vandaag advies` for a parent. A young person is never shown a level name.
 */
export function levelLabel(level: Level, locale: string = 'nl', audience: LevelReader = 'professional'): string {
  return messagesFor(locale).words.levels[audience][level];
}
