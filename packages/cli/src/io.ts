import { readFileSync } from 'node:fs';
import type { Words } from './words.js';

/** Where a command writes, and what it reads: the process's streams, or a test's. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Reads standard input to the end, for a file named `-`. */
  stdin: () => string;
}

/** A problem with how the command was called: printed to stderr, exit code 2. */
export class UsageError extends Error {}

/** The text of a file, or of standard input for `-`. */
export function readText(file: string, io: Io, w: Words): string {
  try {
    return file === '-' ? io.stdin() : readFileSync(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UsageError(w.cannotRead(file, missing ? w.notFound : (error as Error).message));
  }
}

/** A file read as JSON; a file that is not JSON is a usage problem, not a finding. */
export function readJson(file: string, io: Io, w: Words): unknown {
  const text = readText(file, io, w);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(w.notJson(file, (error as Error).message));
  }
}
