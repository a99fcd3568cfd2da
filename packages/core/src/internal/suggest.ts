/** Edit distance between two strings (insert, delete, substitute), for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Ids longer than this get no suggestion. */
export const MAX_SUGGESTED_LENGTH = 64;

/**
 * The known id closest to `unknown`, or `undefined` when none is close enough to be a likely typo:
 * within a third of its length, or one that contains it or is contained by it. An id longer than
 * {@link MAX_SUGGESTED_LENGTH} gets none.
 */
export function suggest(unknown: string, known: Iterable<string>): string | undefined {
  // No known id is anywhere near this long: comparing a long string would only cost time.
  if (unknown.length > MAX_SUGGESTED_LENGTH) return undefined;
  const needle = unknown.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const contains = needle.length >= 4 && (candidate.includes(needle) || needle.includes(candidate));
    const distance = contains ? 1 : editDistance(needle, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.ceil(needle.length / 3)) ? best : undefined;
}
