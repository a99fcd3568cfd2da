import { LocalizedTextSchema } from './localized-text.js';
import { AgesSchema, IdSchema, IsoDateSchema } from './primitives.js';
import { HTTPS_URL, PHONE } from './links.js';
import { AUDIENCES, LEVELS } from './vocabulary.js';
import { StepTriggerSchema } from './next-step.js';
import { z, type Infer } from './zod.js';

/**
 * A place to call, chat or go to. Phone numbers change, so each carries when it was last checked.
 * A contact is shown to end users only when it is confirmed and has a phone number or a website,
 * and only to the audiences, ages and levels it serves.
 */
export const ContactSchema = z.object({
  id: IdSchema,
  /** `national` contacts come with the next steps that name them; `local` ones only with their municipality. */
  scope: z.enum(['national', 'local']),
  municipality: z.optional(IdSchema),
  name: LocalizedTextSchema,
  /** A Dutch phone number: digits, spaces and hyphens, such as `0800-2000`. */
  phone: z.optional(z.string().check(z.regex(PHONE, { error: 'phone' }))),
  /** The website or chat, over https. */
  url: z.optional(z.string().check(z.regex(HTTPS_URL, { error: 'https_url' }))),
  /** How to reach them besides the phone: chat, walk-in hours. */
  reach: z.optional(LocalizedTextSchema),
  hours: LocalizedTextSchema,
  /** What they are for. */
  purpose: LocalizedTextSchema,
  /** Who this contact is shown to; absent means everyone. */
  audiences: z.optional(z.array(z.enum(AUDIENCES))),
  /** The ages this contact serves; absent means every age. Never shown to someone outside them. */
  ages: z.optional(AgesSchema),
  /**
   * Observations that bring the contact in outside its `ages`, as a step's triggers do: Veilig
   * Thuis for a young adult when someone in the huiselijke kring is involved.
   */
  triggers: z.optional(z.array(StepTriggerSchema).check(z.minLength(1))),
  /** What a call costs: `free` (0800) or `local` (0900, the local rate), said beside the number. */
  rate: z.optional(z.enum(['free', 'local'])),
  /**
   * For a local contact: the national contact whose number it shares (a regional Veilig Thuis on
   * 0800-2000). It is shown as a label on that one entry, never as a second card.
   */
  regionOf: z.optional(IdSchema),
  /** The levels at which this contact is shown; absent means every level. A local team for `suspicion` only, say. */
  levels: z.optional(z.array(z.enum(LEVELS)).check(z.minLength(1))),
  /** Shown in every result, whatever the level or the steps: the emergency number. */
  alwaysShown: z.optional(z.boolean()),
  /** `false` until the details are known from official material; unconfirmed contacts are never shown to end users. */
  confirmed: z.boolean(),
  checkedOn: IsoDateSchema,
  /** Where the details were checked. */
  sourceUrl: z.optional(z.string().check(z.regex(HTTPS_URL, { error: 'https_url' }))),
  /** Contacts that must stay in every ruleset (112, Veilig Thuis …): an extension cannot remove or weaken them. */
  protected: z.optional(z.boolean()),
});
export type Contact = Infer<typeof ContactSchema>;

/** A municipality with a local referral directory. */
export const MunicipalitySchema = z.object({
  id: IdSchema,
  name: z.string(),
  sourceIds: z.array(z.string()),
});
export type Municipality = Infer<typeof MunicipalitySchema>;
