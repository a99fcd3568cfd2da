import { LEVELS } from './vocabulary.js';
import { z } from './zod.js';

export const LevelSchema = z.enum(LEVELS);
