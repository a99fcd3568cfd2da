import { createInterface } from 'node:readline';
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import { UsageError, type Io } from './io.js';
import { LINE_LIMIT, nameOf, openRegularFile, sizeText } from './regular-file.js';
import type { Words } from './words.js';

/**
 * Bytes in, UTF-8 text out, refusing a line longer than `LINE_LIMIT` as soon as it passes it (so
 * readline never holds more than one such line) and bytes that are not UTF-8, both with their line.
 * A byte order mark at the start is dropped.
 */
class Utf8Lines extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private line = 1;
  private length = 0;

  constructor(
    private readonly name: string,
    private readonly w: Words,
  ) {
    super({ decodeStrings: true, readableObjectMode: false });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      done(null, this.decodeLines(chunk));
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      done(null, this.decoder.decode());
    } catch {
      done(new UsageError(this.w.notUtf8(this.name, this.line)));
    }
  }

  private decodeLines(chunk: Buffer): string {
    let text = '';
    // Up to each line feed at a time: it ends a line and never sits inside a longer UTF-8 sequence.
    for (let start = 0; start < chunk.length;) {
      const feed = chunk.indexOf(0x0a, start);
      const end = feed < 0 ? chunk.length : feed + 1;
      this.length += end - start - (feed < 0 ? 0 : 1);
      if (this.length > LINE_LIMIT)
        throw new UsageError(this.w.lineTooLong(this.name, this.line, sizeText(LINE_LIMIT)));
      try {
        text += this.decoder.decode(chunk.subarray(start, end), { stream: true });
      } catch {
        throw new UsageError(this.w.notUtf8(this.name, this.line));
      }
      if (feed >= 0) {
        this.line++;
        this.length = 0;
      }
      start = end;
    }
    return text;
  }
}

/**
 * The lines of a JSONL file, or of standard input for `-`, one at a time with their number (from 1),
 * through node:readline: the file is never held whole. A file is checked to be a regular file first.
 * The stream is closed when the caller stops early.
 */
export async function* readLines(file: string, io: Io, w: Words): AsyncGenerator<{ line: number; text: string }> {
  const opened = file === '-' ? undefined : await openRegularFile(file, w);
  const source: Readable = opened ? opened.handle.createReadStream() : io.stdin();
  const lines = new Utf8Lines(nameOf(file, w), w);
  // An error of the source (a disk that fails) reaches readline through the transform.
  pipeline(source, lines, () => {});
  const reader = createInterface({ input: lines, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of reader) yield { line: ++line, text };
  } finally {
    reader.close();
    lines.destroy();
    if (opened) source.destroy();
  }
}
