import { LEVELS, type Audience } from '../schema/vocabulary.js';
import { inShowOrder } from './acute-first.js';
import {
  ANSWER_POSSIBLE,
  agesInclude,
  type AnswerCodes,
  type CompiledRuleset,
  type CompiledStep,
  type CompiledTrigger,
} from './compiled.js';

/** What decides the next steps and contacts: never the young person's identity, only the situation. */
export interface RouteQuery {
  rank: number;
  audience: Audience;
  /** The real age, or `unknown` (read as a minor). Routes follow the real age, also for `startedAsMinor`. */
  age: number | 'unknown';
  /** Per entry, its answer code; triggers fire on observed (possible or clear) entries. */
  answers: AnswerCodes | undefined;
  /** Arrested or a suspect: what a `context: 'suspect'` trigger asks. */
  suspect: boolean;
  /** The entries that decided the level, for a step that `leads` when its trigger is all there is. */
  decisive: readonly number[];
  /** The deciding rule's own route, if it has one: then only the steps on that route are shown. */
  route: string | undefined;
  /** A municipality the ruleset knows, or undefined. */
  municipality: string | undefined;
}

/** The next step ids and contact ids for a situation, in the order they are shown. */
export interface Route {
  nextStepIds: string[];
  contactIds: string[];
  /** Per national contact shown, the local contact whose name labels it as the region's office. */
  regions: Record<string, string>;
}

function observed(answers: AnswerCodes | undefined, members: readonly number[]): boolean {
  if (!answers) return false;
  for (const i of members) if ((answers[i] as number) >= ANSWER_POSSIBLE) return true;
  return false;
}

/** Whether a trigger holds: its level and ages, its observations and its context flag. */
function fires(compiled: CompiledRuleset, trigger: CompiledTrigger, query: RouteQuery): boolean {
  if (trigger.ranks !== undefined && !trigger.ranks.includes(query.rank)) return false;
  if (!agesInclude(trigger.ages, query.age, compiled.adultAge)) return false;
  if (trigger.context === 'suspect' && !query.suspect) return false;
  return trigger.members === undefined ? trigger.context !== undefined : observed(query.answers, trigger.members);
}

/** Whether a step for the query's audience shows: on the route, for its level and age, or for what triggers it. */
function shows(compiled: CompiledRuleset, step: CompiledStep, query: RouteQuery): boolean {
  const routes = step.step.routes;
  if (query.route === undefined ? false : !routes?.includes(query.route)) return false;
  if (step.ranks.includes(query.rank) && agesInclude(step.ages, query.age, compiled.adultAge)) return true;
  return step.triggers.some((trigger) => fires(compiled, trigger, query));
}

/** Whether the entries that decided the level are all among what the step's triggers select. */
function leads(step: CompiledStep, decisive: readonly number[]): boolean {
  return (
    step.step.leads === true &&
    decisive.length > 0 &&
    decisive.every((i) => step.triggers.some((trigger) => trigger.memberSet.has(i)))
  );
}

/**
 * The next steps for a level, audience and age, with the steps that observations trigger, less the
 * steps a shown step replaces; then the contacts: the ones shown in every result, those the steps
 * name, and the municipality's own, each only for the audiences, ages and levels it serves (or when
 * its triggers hold). A regional office of a national contact labels that entry instead of adding one.
 */
export function route(compiled: CompiledRuleset, query: RouteQuery): Route {
  const leading: CompiledStep[] = [];
  const rest: CompiledStep[] = [];
  const replaced = new Set<string>();
  for (const step of compiled.stepsFor.get(query.audience) ?? []) {
    if (!shows(compiled, step, query)) continue;
    (leads(step, query.decisive) ? leading : rest).push(step);
    step.step.replaces?.forEach((id) => replaced.add(id));
  }
  const nextStepIds: string[] = [];
  const contactIds: string[] = [];
  const regions: Record<string, string> = {};
  const level = LEVELS[query.rank] as (typeof LEVELS)[number];
  const add = (id: string) => {
    if (contactIds.includes(id)) return;
    const compiledContact = compiled.contacts.get(id);
    if (!compiledContact) return;
    const { contact } = compiledContact;
    if (contact.audiences && !contact.audiences.includes(query.audience)) return;
    if (contact.levels && !contact.levels.includes(level)) return;
    const serves =
      agesInclude(contact.ages, query.age, compiled.adultAge) ||
      compiledContact.triggers.some((trigger) => fires(compiled, trigger, query));
    if (!serves) return;
    contactIds.push(id);
    const region = query.municipality && compiled.regions.get(id)?.get(query.municipality);
    if (region) regions[id] = region;
  };
  compiled.alwaysShown.forEach(add);
  for (const step of inShowOrder(query.rank, leading, rest)) {
    if (replaced.has(step.step.id)) continue;
    nextStepIds.push(step.step.id);
    step.step.contactIds.forEach(add);
  }
  if (query.municipality) compiled.localContacts.get(query.municipality)?.forEach(add);
  return { nextStepIds, contactIds, regions };
}
