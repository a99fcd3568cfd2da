import type { Ruleset } from '../schema/ruleset.js';
import { youthQuestionsOf } from '../engine/youth-check.js';
import { problem, type ValidationProblem } from './problem.js';
import type { ValidationRule } from './rules.js';

const RULE = 'youth-gates';

/**
 * The youth check's gates open what exists: every id a gate names is a signal or risk factor with a
 * youth question (a gate that opens nothing would hide a question silently), no acute signal is
 * behind a gate (danger now is always asked first), and gate ids are unique.
 */
export const youthGatesValid: ValidationRule = {
  name: RULE,
  description:
    'Youth gate questions have unique ids and open only existing entries with a youth question; no acute signal is behind a gate.',
  check(ruleset: Ruleset) {
    const gates = ruleset.youthGates;
    // checkRuleset runs without the schema: whatever is not a list of gates is the schema's to report.
    if (!Array.isArray(gates)) return [];
    const found: ValidationProblem[] = [];
    const entries = new Map([...ruleset.signals, ...ruleset.riskFactors].map((entry) => [entry.id, entry]));
    const seen = new Set<string>();
    gates.forEach((gate, g) => {
      if (gate === null || typeof gate !== 'object') return;
      if (seen.has(gate.id)) {
        found.push(
          problem(
            RULE,
            'error',
            ['youthGates', g, 'id'],
            'duplicate_id',
            `Poortvraag '${gate.id}' staat er meer dan één keer.`,
            `Gate question '${gate.id}' appears more than once.`,
          ),
        );
      }
      seen.add(gate.id);
      if (!Array.isArray(gate.opens)) {
        found.push(
          problem(
            RULE,
            'error',
            ['youthGates', g, 'opens'],
            'invalid_type',
            `'opens' van poortvraag '${gate.id}' moet een lijst met ids zijn.`,
            `'opens' of gate question '${gate.id}' must be a list of ids.`,
          ),
        );
        return;
      }
      gate.opens.forEach((id, k) => {
        const path = ['youthGates', g, 'opens', k];
        const entry = entries.get(id);
        if (!entry) {
          found.push(
            problem(
              RULE,
              'error',
              path,
              'unknown_reference',
              `Signaal '${id}' bestaat niet.`,
              `Signal '${id}' does not exist.`,
            ),
          );
        } else if (entry.kind === 'acute') {
          found.push(
            problem(
              RULE,
              'error',
              path,
              'acute_behind_gate',
              `Acuut signaal '${id}' staat nooit achter een poortvraag: gevaar nu wordt altijd eerst gevraagd.`,
              `Acute signal '${id}' is never behind a gate question: danger now is always asked first.`,
            ),
          );
        } else if (youthQuestionsOf(entry.texts ?? {}).length === 0) {
          found.push(
            problem(
              RULE,
              'error',
              path,
              'gate_without_question',
              `Signaal '${id}' heeft geen vraag voor jongeren, dus de poortvraag kan het niet openen.`,
              `Signal '${id}' has no youth question, so the gate question cannot open it.`,
            ),
          );
        }
      });
    });
    return found;
  },
};
