import { LEVELS, type Audience } from '../schema/vocabulary.js';
import { inShowOrder } from './acute-first.js';
import { ANSWER_POSSIBLE, agesInclude, type AnswerCodes, type CompiledRuleset, type CompiledStep } from './compiled.js';

/** What decides the next steps and contacts: never the young person's identity, only the situation. */
export interface RouteQuery {
  rank: number;
  audience: Audience;
  /** The real age, or `unknown` (read as a minor). Routes follow the real age, also for `startedAsMinor`. */
  age: number | 'unknown';
  /** Per entry, its answer code; triggers fire on observed (possible or clear) entries. */
  answers: AnswerCodes | undefined;
  /** The entries that decided the level, for a step that `leads` when its trigger is all there is. */
  decisive: readonly number[];
  /** A municipality the ruleset knows, or undefined. */
  municipality: string | undefined;
}

/** The next step ids and contact ids for a situation, in the order they are shown. */
export interface Route {
  nextStepIds: string[];
  contactIds: string[];
}

function observed(answers: AnswerCodes | undefined, members: readonly number[]): boolean {
  if (!answers) return false;
  for (const i of members) if ((answers[i] as number) >= ANSWER_POSSIBLE) return true;
  return false;
}

/** Whether a step for the query's audience shows: for its level and age, or for what triggers it. */
function shows(compiled: CompiledRuleset, step: CompiledStep, query: RouteQuery): boolean {
  if (step.ranks.includes(query.rank) && agesInclude(step.ages, query.age, compiled.adultAge)) return true;
  for (const trigger of step.triggers) {
    if (trigger.ranks !== undefined && !trigger.ranks.includes(query.rank)) continue;
    if (agesInclude(trigger.ages, query.age, compiled.adultAge) && observed(query.answers, trigger.members))
      return true;
  }
  return false;
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
 * The next steps for a level, audience and age, with the steps that observations trigger; then the
 * contacts: the ones shown in every result, those the steps name, and the municipality's own, each
 * only for the audiences, ages and levels it serves.
 */
export function route(compiled: CompiledRuleset, query: RouteQuery): Route {
  const leading: CompiledStep[] = [];
  const rest: CompiledStep[] = [];
  for (const step of compiled.stepsFor.get(query.audience) ?? []) {
    if (!shows(compiled, step, query)) continue;
    (leads(step, query.decisive) ? leading : rest).push(step);
  }
  const nextStepIds: string[] = [];
  const contactIds: string[] = [];
  const add = (id: string) => {
    if (contactIds.includes(id)) return;
    const contact = compiled.contacts.get(id);
    if (!contact) return;
    if (contact.audiences && !contact.audiences.includes(query.audience)) return;
    if (contact.levels && !contact.levels.includes(LEVELS[query.rank] as (typeof LEVELS)[number])) return;
    if (agesInclude(contact.ages, query.age, compiled.adultAge)) contactIds.push(id);
  };
  compiled.alwaysShown.forEach(add);
  for (const step of inShowOrder(query.rank, leading, rest)) {
    nextStepIds.push(step.step.id);
    step.step.contactIds.forEach(add);
  }
  if (query.municipality) compiled.localContacts.get(query.municipality)?.forEach(add);
  return { nextStepIds, contactIds };
}
