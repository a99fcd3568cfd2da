import { z, type Infer } from './zod.js';

/** One text in Dutch and English. Completeness (no empty text) is checked by `validateRuleset`. */
export const LocalizedTextSchema = z.object({ nl: z.string(), en: z.string() });

export type LocalizedText = Infer<typeof LocalizedTextSchema>;
