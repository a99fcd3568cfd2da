import type { Ruleset } from '../schema/ruleset.js';
import { contacts, municipalities } from './contacts.js';
import { dimensions } from './dimensions.js';
import { nextSteps } from './next-steps.js';
import { parameters, scoring } from './parameters.js';
import { riskFactors } from './risk-factors.js';
import { rules } from './rules.js';
import { acuteSignals } from './signals/acute.js';
import { activitySignals } from './signals/activity.js';
import { controlSignals } from './signals/control.js';
import { harmSignals } from './signals/harm.js';
import { recruitmentSignals } from './signals/recruitment.js';
import { sources } from './sources.js';
import { youthGates } from './youth-gates.js';

/**
 * The national ruleset: everything the default `assess` uses. Bump `version` with every content
 * change: major when a level can change for the same answers, minor for new content, patch for wording.
 */
export const nationalRuleset: Ruleset = {
  id: 'nl-criminal-exploitation',
  version: '2.1.0',
  reviewedOn: '2026-12-07',
  name: {
    nl: 'Signalen van criminele uitbuiting van kinderen en jongeren',
    en: 'Signs of criminal exploitation of children and young people',
  },
  sources,
  dimensions,
  signals: [...acuteSignals, ...activitySignals, ...recruitmentSignals, ...controlSignals, ...harmSignals],
  riskFactors,
  parameters,
  scoring,
  rules,
  nextSteps,
  contacts,
  municipalities,
  youthGates,
};
