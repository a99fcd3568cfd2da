import type { Ruleset } from '../schema/ruleset.js';
import { problem, type ValidationProblem } from './problem.js';
import type { ValidationRule } from './rules.js';

/**
 * The references that decide routes (model v2.1) point somewhere: a step replaces steps that exist,
 * a step's `routes` name a route a rule has, a trigger names observations or a context, and a
 * regional office labels a national contact. A dangling one would silently show too much or too
 * little, so each is an error.
 */
export const routeReferences: ValidationRule = {
  name: 'route-references',
  description:
    "Steps replace steps that exist, name routes a rule has, triggers name observations or a context, and a regional contact's `regionOf` is a national contact.",
  check(ruleset: Ruleset) {
    const found: ValidationProblem[] = [];
    const steps = new Set(ruleset.nextSteps.map((s) => s.id));
    const routes = new Set(ruleset.rules.flatMap((r) => (r.route === undefined ? [] : [r.route])));
    const national = new Set(ruleset.contacts.filter((c) => c.scope === 'national').map((c) => c.id));
    const error = (path: (string | number)[], code: string, nl: string, en: string) =>
      found.push(problem('route-references', 'error', path, code, nl, en));
    const triggersNameSomething = (owner: 'nextSteps' | 'contacts', i: number, triggers: readonly object[] = []) =>
      triggers.forEach((trigger, t) => {
        if ('observed' in trigger || 'context' in trigger) return;
        error(
          [owner, i, 'triggers', t],
          'empty_trigger',
          "Een trigger noemt 'observed' of 'context', anders gaat hij nooit af.",
          "A trigger names 'observed' or 'context'; otherwise it never fires.",
        );
      });
    ruleset.nextSteps.forEach((step, i) => {
      step.replaces?.forEach((id, k) => {
        if (steps.has(id) && id !== step.id) return;
        error(
          ['nextSteps', i, 'replaces', k],
          'unknown_reference',
          `Vervolgstap '${id}' bestaat niet (of is de stap zelf).`,
          `Next step '${id}' does not exist (or is the step itself).`,
        );
      });
      step.routes?.forEach((id, k) => {
        if (routes.has(id)) return;
        error(
          ['nextSteps', i, 'routes', k],
          'unknown_route',
          `Geen regel heeft de route '${id}': de stap wordt op die route nooit getoond.`,
          `No rule has the route '${id}': the step is never shown on it.`,
        );
      });
      triggersNameSomething('nextSteps', i, step.triggers);
    });
    ruleset.contacts.forEach((contact, i) => {
      triggersNameSomething('contacts', i, contact.triggers);
      if (contact.regionOf === undefined || (contact.scope === 'local' && national.has(contact.regionOf))) return;
      error(
        ['contacts', i, 'regionOf'],
        'invalid_region_of',
        `'regionOf' hoort bij een lokaal contact en noemt een landelijk contact; '${contact.regionOf}' is dat niet.`,
        `'regionOf' belongs on a local contact and names a national contact; '${contact.regionOf}' is not one.`,
      );
    });
    return found;
  },
};
