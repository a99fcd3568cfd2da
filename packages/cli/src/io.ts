import type { Readable, Writable } from 'node:stream';
import { printable } from './printable.js';

/** Where a command writes, and what it reads for a file named `-`. */
export interface Io {
  /** One line to stdout. A line break inside it is escaped, like every control character. */
  out: (line: string) => void;
  /** A document to stdout (JSON, CSV, Markdown, HTML, help): its line breaks stay, other controls are escaped. */
  document: (text: string) => void;
  /** One line to stderr, escaped as `out`. */
  err: (line: string) => void;
  /** Standard input, for a file named `-`. */
  stdin: () => Readable;
  /**
   * True once the reader of stdout has gone (`| head -1` has what it wanted): a command that is
   * still producing stops, and keeps the exit code of what it checked.
   */
  readonly stopped: boolean;
}

/** A problem with how the command was called or with a file it was given: printed to stderr, exit code 2. */
export class UsageError extends Error {}

/** The streams of a process: `process` itself, or a test's. */
export interface Streams {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
}

/**
 * The process's streams as an `Io`. Every text passes `printable` here and nowhere else, so no
 * command can print a file's control characters raw. A reader that leaves (EPIPE, from `| head -1`)
 * ends the output quietly: no stack trace, and the exit code stays the command's own.
 */
export function streamsIo({ stdout, stderr, stdin }: Streams): Io {
  const gone = new WeakSet<Writable>();
  for (const stream of [stdout, stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      gone.add(stream);
    });
  const write = (stream: Writable, text: string) => {
    // A failed write destroys the stream at once; its 'error' event only follows on the next tick.
    if (!gone.has(stream) && !stream.destroyed) stream.write(`${text}\n`);
  };
  return {
    out: (line) => write(stdout, printable(line, 'line')),
    document: (text) => write(stdout, printable(text, 'document')),
    err: (line) => write(stderr, printable(line, 'line')),
    stdin: () => stdin,
    get stopped() {
      return gone.has(stdout) || stdout.destroyed;
    },
  };
}
