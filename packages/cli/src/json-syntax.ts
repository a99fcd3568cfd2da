/** What a JSON text needed where it went wrong. */
export type Expected =
  | 'value'
  | 'value-or-bracket'
  | 'name'
  | 'name-or-brace'
  | 'colon'
  | 'comma-or-brace'
  | 'comma-or-bracket'
  | 'end'
  | 'digit'
  | 'escape'
  | 'hex'
  | 'closing-quote'
  | 'escaped-control'
  | 'true'
  | 'false'
  | 'null';

/**
 * Where a JSON text breaks, and what it needed there: line and column (from 1, in characters) and
 * the one character found, or `undefined` at the end. Nothing else of the text, so an error message
 * never repeats a file's contents; `JSON.parse`'s own message quotes the start of the text.
 */
export interface JsonSyntaxError {
  line: number;
  column: number;
  expected: Expected;
  found: string | undefined;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/** The line and column of a position, and the character there. */
function at(text: string, index: number, expected: Expected): JsonSyntaxError {
  const lineStart = index === 0 ? 0 : text.lastIndexOf('\n', index - 1) + 1;
  const line = text.slice(0, lineStart).split('\n').length;
  const column = [...text.slice(lineStart, index)].length + 1;
  const code = text.codePointAt(index);
  return { line, column, expected, found: code === undefined ? undefined : String.fromCodePoint(code) };
}

/**
 * Finds the first syntax error of a JSON text as RFC 8259 defines it, or `undefined` for valid JSON.
 * It walks the text with a stack of open brackets rather than recursion, so no nesting is too deep.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const open: ('{' | '[')[] = [];
  type State = 'value' | 'value-or-bracket' | 'name' | 'name-or-brace' | 'after-value';
  let state: State = 'value';
  const skipWhitespace = () => {
    while (WHITESPACE.has(text[i] as string)) i++;
  };
  /** A string from its opening quote; the error inside it, if any. */
  const string = (): JsonSyntaxError | undefined => {
    for (i++; ; i++) {
      const c = text[i];
      if (c === undefined) return at(text, i, 'closing-quote');
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c < ' ') return at(text, i, 'escaped-control');
      if (c !== '\\') continue;
      const escape = text[++i];
      if (escape === 'u') {
        for (let k = 0; k < 4; k++) if (!isHex(text[++i])) return at(text, i, 'hex');
      } else if (escape === undefined || !ESCAPES.has(escape)) return at(text, i, 'escape');
    }
  };
  /** A number from its first character: `-`? int frac? exp?. */
  const number = (): JsonSyntaxError | undefined => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (isDigit(text[i])) while (isDigit(text[i])) i++;
    else return at(text, i, 'digit');
    if (text[i] === '.') {
      i++;
      if (!isDigit(text[i])) return at(text, i, 'digit');
      while (isDigit(text[i])) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!isDigit(text[i])) return at(text, i, 'digit');
      while (isDigit(text[i])) i++;
    }
    return undefined;
  };
  /** `true`, `false` or `null`, checked character by character so the error points at the wrong one. */
  const literal = (word: 'true' | 'false' | 'null'): JsonSyntaxError | undefined => {
    for (const c of word) {
      if (text[i] !== c) return at(text, i, word);
      i++;
    }
    return undefined;
  };

  for (;;) {
    skipWhitespace();
    const c = text[i];
    if (state === 'value' || state === 'value-or-bracket') {
      if (state === 'value-or-bracket' && c === ']') {
        open.pop();
        i++;
        state = 'after-value';
        continue;
      }
      let error: JsonSyntaxError | undefined;
      if (c === '{' || c === '[') {
        open.push(c);
        i++;
        state = c === '{' ? 'name-or-brace' : 'value-or-bracket';
        continue;
      } else if (c === '"') error = string();
      else if (c === '-' || isDigit(c)) error = number();
      else if (c === 't' || c === 'f' || c === 'n') error = literal(c === 't' ? 'true' : c === 'f' ? 'false' : 'null');
      else return at(text, i, state);
      if (error) return error;
      state = 'after-value';
    } else if (state === 'name' || state === 'name-or-brace') {
      if (state === 'name-or-brace' && c === '}') {
        open.pop();
        i++;
        state = 'after-value';
        continue;
      }
      if (c !== '"') return at(text, i, state);
      const error = string();
      if (error) return error;
      skipWhitespace();
      if (text[i] !== ':') return at(text, i, 'colon');
      i++;
      state = 'value';
    } else {
      const inside = open.at(-1);
      if (inside === undefined) return c === undefined ? undefined : at(text, i, 'end');
      if (c === ',') {
        i++;
        state = inside === '{' ? 'name' : 'value';
      } else if (c === (inside === '{' ? '}' : ']')) {
        open.pop();
        i++;
      } else return at(text, i, inside === '{' ? 'comma-or-brace' : 'comma-or-bracket');
    }
  }
}
