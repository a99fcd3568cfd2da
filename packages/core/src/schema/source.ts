import { LocalizedTextSchema } from './localized-text.js';
import { SourceIdSchema } from './primitives.js';
import { WEB_URL } from './links.js';
import { z, type Infer } from './zod.js';

/** A publication that facts, signals, weights or steps rest on. */
export const SourceSchema = z.object({
  id: SourceIdSchema,
  title: z.string(),
  /** Author(s) or issuing body. */
  publisher: z.string(),
  year: z.int(),
  /** Over https, or http for a publication that has no https. */
  url: z.optional(z.string().check(z.regex(WEB_URL, { error: 'web_url' }))),
  /** What this source gives the ruleset. */
  about: LocalizedTextSchema,
});

export type Source = Infer<typeof SourceSchema>;
