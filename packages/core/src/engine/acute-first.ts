import { levelRank } from '../schema/vocabulary.js';
import type { CompiledStep } from './compiled.js';

const ACUTE = levelRank('acute');

/**
 * The steps shown, in the order they are shown: those that lead first, then the rest, each in
 * `order`. In an acute result the ruleset's own steps (112 first, in the national ruleset) come
 * before every step a patch added, whatever `order` or `leads` the patch gives: a patch's "do not
 * call 112" can never be read above the call to 112.
 */
export function inShowOrder(
  rank: number,
  leading: readonly CompiledStep[],
  rest: readonly CompiledStep[],
): readonly CompiledStep[] {
  const shown = leading.length === 0 ? rest : [...leading, ...rest];
  if (rank !== ACUTE) return shown;
  const own: CompiledStep[] = [];
  const added: CompiledStep[] = [];
  for (const step of shown) (step.step.addedBy === undefined ? own : added).push(step);
  return added.length === 0 ? shown : [...own, ...added];
}
