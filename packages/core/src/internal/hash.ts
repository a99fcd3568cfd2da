/** JSON with object keys sorted, so equal content gives equal text whatever the key order. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${stableStringify(record[key])}`).join(',')}}`;
}

/** Two independent 32-bit FNV-1a style lanes, fed character by character. */
class Fingerprint {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;

  text(text: string): void {
    // Locals, not fields, in the loop: hashing a ruleset is most of what validating one costs.
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.a = a;
    this.b = b;
  }

  /**
   * The text of `JSON.stringify(text)`, hashed without building it: quotes around the characters.
   * A character JSON writes escaped (a quote, a backslash, a control character, a surrogate) sends
   * the text back to `JSON.stringify`, from the state before it.
   */
  quoted(text: string): void {
    const a0 = this.a;
    const b0 = this.b;
    let a = Math.imul(a0 ^ 0x22, 0x01000193);
    let b = Math.imul(b0 ^ 0x22, 0x5bd1e995);
    b ^= b >>> 15;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff)) {
        this.a = a0;
        this.b = b0;
        this.text(JSON.stringify(text));
        return;
      }
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.a = a;
    this.b = b;
    this.text('"');
  }

  hex(): string {
    const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    return hex(this.a) + hex(this.b);
  }
}

/**
 * A 64-bit content fingerprint of a text as 16 hex digits. It identifies a ruleset's content in
 * results; it is not a cryptographic hash.
 */
export function contentHash(text: string): string {
  const print = new Fingerprint();
  print.text(text);
  return print.hex();
}

/**
 * The {@link contentHash} of {@link stableStringify}`(value)`, computed while walking the value
 * instead of building the text first.
 */
export function valueHash(value: unknown): string {
  const print = new Fingerprint();
  // The objects being walked: a cycle is refused at once, not walked until the stack runs out,
  // which through a list that holds itself takes seconds.
  const open = new Set<object>();
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      print.quoted(node);
    } else if (node === null || typeof node !== 'object') {
      print.text(JSON.stringify(node) ?? 'null');
    } else if (open.has(node)) {
      throw new RangeError('A value that refers to itself has no hash.');
    } else if (Array.isArray(node)) {
      open.add(node);
      print.text('[');
      node.forEach((item, i) => {
        if (i > 0) print.text(',');
        walk(item);
      });
      print.text(']');
      open.delete(node);
    } else {
      open.add(node);
      const record = node as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort();
      print.text('{');
      keys.forEach((key, i) => {
        if (i > 0) print.text(',');
        print.quoted(key);
        print.text(':');
        walk(record[key]);
      });
      print.text('}');
      open.delete(node);
    }
  };
  walk(value);
  return print.hex();
}
