import { IdSchema } from './primitives.js';
import { LocalizedTextSchema } from './localized-text.js';
import { LEVELS } from './vocabulary.js';
import { z, type Infer } from './zod.js';

/** Where a professional's practice case takes place. */
export const PRACTICE_SETTINGS = ['school', 'youth-work', 'sports-club', 'residential-care', 'police', 'home'] as const;
export type PracticeSetting = (typeof PRACTICE_SETTINGS)[number];

/** What a trained reader notes in a case: an id of the catalogue and how clearly the story shows it. */
const KeyObservationsSchema = z.record(IdSchema, z.enum(['possible', 'clear']));

/**
 * A short story for professionals and parents to practise on, with its key: what a trained reader
 * notes, the level `assess` gives for exactly that (a test checks it), the first step of the route,
 * and a reflection on what made it hard to see. Invented; no real people.
 */
export const PracticeCaseSchema = z.strictObject({
  id: IdSchema,
  setting: z.enum(PRACTICE_SETTINGS),
  /** Who reads the case: a professional, or a parent with a worry; it decides the route. */
  audience: z.enum(['professional', 'parent']),
  /** The young person's age in whole years, as the story gives it. */
  age: z.int().check(z.gte(11), z.lte(22)),
  title: LocalizedTextSchema,
  /** 80 to 150 words in each language. */
  story: LocalizedTextSchema,
  key: z.strictObject({
    observations: KeyObservationsSchema,
    level: z.enum(LEVELS),
    /** A next step that `assess` gives this audience for these observations. */
    firstStepId: IdSchema,
  }),
  reflection: LocalizedTextSchema,
  /** Whether the young person first looks like an offender (arrested, dealing) rather than a victim. */
  looksLikeOffender: z.boolean(),
});
export type PracticeCase = Infer<typeof PracticeCaseSchema>;

/** The tricks the youth scenarios teach to recognise. */
export const YOUTH_TRICKS = [
  'gift-becomes-debt',
  'job-is-a-trap',
  'images-as-pressure',
  'lend-your-bank-card',
  'older-partner',
  'group-as-family',
] as const;
export type YouthTrick = (typeof YOUTH_TRICKS)[number];

/** Who sends a chat message: the young person themself, or someone in their phone. */
export const CHAT_SENDERS = ['me', 'friend', 'recruiter', 'partner'] as const;

const ChatMessageSchema = z.strictObject({
  from: z.enum(CHAT_SENDERS),
  /** The name shown above the message; invented. */
  name: z.string(),
  text: LocalizedTextSchema,
});

const ChoiceSchema = z.strictObject({
  text: LocalizedTextSchema,
  /** Whether this choice keeps the young person safe or sees the trick. */
  good: z.boolean(),
  /** What the young person reads after choosing: it explains, and never blames. */
  feedback: LocalizedTextSchema,
});

const ScenarioStepSchema = z.strictObject({
  messages: z.array(ChatMessageSchema).check(z.minLength(1)),
  question: LocalizedTextSchema,
  choices: z.array(ChoiceSchema).check(z.minLength(2)),
});

/**
 * A chat a young person reads step by step ("Herken de truc"): at each step they choose what they
 * would do or what the trick is, and read why. In B1 Dutch. Invented; no real people.
 */
export const YouthScenarioSchema = z.strictObject({
  id: IdSchema,
  trick: z.enum(YOUTH_TRICKS),
  title: LocalizedTextSchema,
  steps: z.array(ScenarioStepSchema).check(z.minLength(2)),
  /** The trick, explained at the end. */
  explanation: LocalizedTextSchema,
  /** The catalogue's signals this trick shows, for the "where to talk" that follows. */
  signalIds: z.array(IdSchema).check(z.minLength(1)),
});
export type YouthScenario = Infer<typeof YouthScenarioSchema>;
