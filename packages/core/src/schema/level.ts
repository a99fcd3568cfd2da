import { z } from './zod.js';

/** The outcome levels, from least to most serious. Their order is part of the contract. */
export const LEVELS = ['none', 'attention', 'concern', 'suspicion', 'acute'] as const;

/** One outcome level of an assessment. */
export type Level = (typeof LEVELS)[number];

export const LevelSchema = z.enum(LEVELS);

/** Whether `value` is one of {@link LEVELS}. */
export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/** Position of a level in {@link LEVELS}: 0 for `none` up to 4 for `acute`. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** The more serious of two levels. */
export function maxLevel(a: Level, b: Level): Level {
  return levelRank(a) >= levelRank(b) ? a : b;
}
