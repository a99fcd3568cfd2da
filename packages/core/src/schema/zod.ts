import {
  array,
  boolean,
  config,
  describe,
  discriminatedUnion,
  enum as enumOf,
  gte,
  int,
  iso,
  literal,
  lte,
  minLength,
  nullable,
  number,
  object,
  optional,
  partialRecord,
  record,
  regex,
  strictObject,
  string,
  union,
} from 'zod/mini';
import type { core, output } from 'zod/mini';

// Without `jitless`, zod probes `new Function` on first parse, which a strict
// Content-Security-Policy reports as a violation on every page that embeds a widget.
config({ jitless: true });

/**
 * The zod/mini functions the schemas use, as one object. Named imports keep bundles to what is
 * used (zod's namespace export pulls in every locale); the object makes every schema module depend
 * on this one, so the `jitless` setting above always runs before any schema is built.
 */
export const z = {
  array,
  boolean,
  describe,
  discriminatedUnion,
  enum: enumOf,
  gte,
  int,
  isoDate: iso.date,
  literal,
  lte,
  minLength,
  nullable,
  number,
  object,
  optional,
  partialRecord,
  record,
  regex,
  strictObject,
  string,
  union,
};

export type { core } from 'zod/mini';

/**
 * The type a schema parses to. A local alias, not a re-export of zod's `infer`: declaration
 * bundling would print that name bare, and `infer` is a keyword in a type position.
 */
export type Infer<T extends core.SomeType> = output<T>;
