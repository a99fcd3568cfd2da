import { nationalRuleset } from '../catalogue/index.js';
import type { Catalogue, Ruleset } from '../schema/ruleset.js';

/** The national ruleset every widget and site uses unless it is given an extended one. */
export const defaultRuleset: Ruleset = nationalRuleset;

/** The content of the default ruleset: signals (with acute signals), risk factors, sources, contacts, next steps. */
export const catalogue: Catalogue = nationalRuleset;
