/**
 * `@anders-kijken/core`: the signal catalogue and the explainable assessment engine.
 * @packageDocumentation
 */
export { LEVELS, LevelSchema, isLevel, levelRank, maxLevel } from './schema/level.js';
export type { Level } from './schema/level.js';
