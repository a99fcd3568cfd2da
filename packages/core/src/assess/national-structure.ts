import { nationalRuleset } from '../catalogue/index.js';
import { useAssembledRuleset } from '../engine/assembled.js';
import { rulesetHash } from '../engine/compile.js';
import type { Ruleset } from '../schema/ruleset.js';
import { withoutTexts } from './without-texts.js';

/**
 * The national ruleset without its texts, stamped with the whole ruleset's hash. The build replaces
 * this module in `dist/` with the data it computes here (scripts/build-assess.mjs), so that the
 * `assess` entry carries neither the texts nor the catalogue.
 */
export const nationalStructure: Ruleset = withoutTexts(nationalRuleset);
useAssembledRuleset(nationalStructure, rulesetHash(nationalRuleset));
