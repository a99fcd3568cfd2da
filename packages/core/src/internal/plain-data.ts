import type { Issue } from '../schema/assessment.js';
import { formatPath } from './errors.js';

/** How much of a value is read before it is refused: far beyond any real ruleset, patch or input. */
export const PLAIN_DATA_LIMITS = {
  /** Nesting depth of objects and arrays. */
  depth: 32,
  /** Objects, arrays and values in total. */
  nodes: 250_000,
  /** Characters of every string and key together. */
  characters: 4_000_000,
} as const;

type Path = (string | number)[];

/** Where a value sits, as a chain to its parent: the path is only built when a read fails. */
interface Place {
  parent: Place | undefined;
  key: string | number;
}

const pathOf = (prefix: Path, place: Place | undefined): Path => {
  const keys: Path = [];
  for (let at = place; at; at = at.parent) keys.push(at.key);
  return [...prefix, ...keys.reverse()];
};

/** Why a value could not be read as plain data, with where it happened. */
class Unreadable extends Error {
  constructor(
    readonly place: Place | undefined,
    readonly code: 'unreadable_value' | 'cyclic_value' | 'too_deep' | 'too_large',
  ) {
    super(code);
  }
}

const MESSAGES: Record<Unreadable['code'], { nl: string; en: string }> = {
  unreadable_value: {
    nl: 'kon niet worden gelezen (een getter of proxy gooide een fout)',
    en: 'could not be read (a getter or proxy threw an error)',
  },
  cyclic_value: { nl: 'verwijst naar zichzelf (een kringverwijzing)', en: 'refers to itself (a cycle)' },
  too_deep: {
    nl: `is dieper genest dan ${PLAIN_DATA_LIMITS.depth} niveaus`,
    en: `is nested deeper than ${PLAIN_DATA_LIMITS.depth} levels`,
  },
  too_large: { nl: 'is te groot om te lezen', en: 'is too large to read' },
};

/**
 * A copy of a value as plain JSON-like data, read once: own enumerable string keys only, every
 * property read a single time, so a getter cannot answer differently later and a key on
 * `Object.prototype` is never seen. Functions, symbols and `undefined` are left out, as JSON does.
 * Never throws and never hangs: a cycle, too deep a nesting, too large a value or a read that
 * throws (a getter, a revoked proxy) gives one issue with its path instead.
 */
export function readPlainData(value: unknown, prefix: Path = []): { value: unknown } | { issue: Issue } {
  let nodes = 0;
  let characters = 0;
  const ancestors = new Set<object>();
  const count = (place: Place | undefined, chars: number) => {
    nodes += 1;
    characters += chars;
    if (nodes > PLAIN_DATA_LIMITS.nodes || characters > PLAIN_DATA_LIMITS.characters)
      throw new Unreadable(place, 'too_large');
  };
  const read = (node: unknown, place: Place | undefined, depth: number): unknown => {
    if (typeof node === 'string') {
      count(place, node.length);
      return node;
    }
    if (node === null || typeof node === 'number' || typeof node === 'boolean') {
      count(place, 0);
      return node;
    }
    if (typeof node !== 'object') return undefined;
    if (depth > PLAIN_DATA_LIMITS.depth) throw new Unreadable(place, 'too_deep');
    if (ancestors.has(node)) throw new Unreadable(place, 'cyclic_value');
    count(place, 0);
    ancestors.add(node);
    try {
      let keys: string[];
      let isArray: boolean;
      try {
        isArray = Array.isArray(node);
        keys = isArray ? [] : Object.keys(node);
      } catch {
        throw new Unreadable(place, 'unreadable_value');
      }
      if (isArray) {
        const list = node as unknown[];
        let length: number;
        try {
          length = list.length;
        } catch {
          throw new Unreadable(place, 'unreadable_value');
        }
        if (length > PLAIN_DATA_LIMITS.nodes) throw new Unreadable(place, 'too_large');
        const copy: unknown[] = [];
        for (let i = 0; i < length; i++) {
          const at: Place = { parent: place, key: i };
          let item: unknown;
          try {
            item = list[i];
          } catch {
            throw new Unreadable(at, 'unreadable_value');
          }
          const plain = read(item, at, depth + 1);
          copy.push(plain === undefined ? null : plain);
        }
        return copy;
      }
      const copy: Record<string, unknown> = {};
      for (const key of keys) {
        const at: Place = { parent: place, key };
        count(at, key.length);
        let item: unknown;
        try {
          item = (node as Record<string, unknown>)[key];
        } catch {
          throw new Unreadable(at, 'unreadable_value');
        }
        const plain = read(item, at, depth + 1);
        if (plain === undefined) continue;
        // A key named "__proto__" is defined as own data, so it stays an ordinary key, never a prototype.
        if (key === '__proto__')
          Object.defineProperty(copy, key, { value: plain, enumerable: true, writable: true, configurable: true });
        else copy[key] = plain;
      }
      return copy;
    } finally {
      ancestors.delete(node);
    }
  };
  try {
    return { value: read(value, undefined, 0) };
  } catch (error) {
    const { place, code } =
      error instanceof Unreadable
        ? error
        : new Unreadable(undefined, error instanceof RangeError ? 'too_deep' : 'unreadable_value');
    const path = pathOf(prefix, place);
    const shown = formatPath(path);
    const where = shown ? `'${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown}'` : '';
    const message = MESSAGES[code];
    return {
      issue: {
        path,
        code,
        message: {
          nl: `De waarde${where ? ` bij ${where}` : ''} ${message.nl}.`,
          en: `The value${where ? ` at ${where}` : ''} ${message.en}.`,
        },
      },
    };
  }
}
