import type { Readable } from 'node:stream';
import { UsageError, type Io } from './io.js';
import { jsonSyntaxError } from './json-syntax.js';
import { FILE_LIMIT, nameOf, openRegularFile, sizeText } from './regular-file.js';
import type { Words } from './words.js';

const tooLarge = (file: string, w: Words) => new UsageError(w.tooLarge(nameOf(file, w), sizeText(FILE_LIMIT)));

/** A regular file's bytes, refused before reading when it is not a regular file or over the limit. */
async function fileBytes(file: string, w: Words): Promise<Uint8Array> {
  const { handle, size } = await openRegularFile(file, w);
  try {
    if (size > FILE_LIMIT) throw tooLarge(file, w);
    // One byte more than the limit: a file that grew after `stat` is still caught.
    const buffer = new Uint8Array(Math.min(size, FILE_LIMIT) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > FILE_LIMIT) throw tooLarge(file, w);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** Standard input to its end, refused as soon as it passes the limit. */
async function streamBytes(stream: Readable, w: Words): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > FILE_LIMIT) throw tooLarge('-', w);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, length);
}

/**
 * Bytes as UTF-8 text: a byte order mark is dropped, and bytes that are not UTF-8 (Latin-1's "ö" is
 * one byte, 0xF6) are refused with the line they are on, instead of read as "Zw�lle".
 */
export function decodeUtf8(bytes: Uint8Array, file: string, w: Words): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // A line feed is never part of a longer UTF-8 sequence, so each line can be tried on its own.
    let line = 1;
    for (let start = 0; start < bytes.length; line++) {
      const end = bytes.indexOf(0x0a, start);
      const stop = end < 0 ? bytes.length : end;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, stop));
      } catch {
        break;
      }
      start = stop + 1;
    }
    throw new UsageError(w.notUtf8(nameOf(file, w), line));
  }
}

/** The text of a file, or of standard input for `-`, read whole within `FILE_LIMIT`. */
export async function readText(file: string, io: Io, w: Words): Promise<string> {
  return decodeUtf8(file === '-' ? await streamBytes(io.stdin(), w) : await fileBytes(file, w), file, w);
}

/**
 * A JSON text's value. A text that is not JSON is refused with the line, column and what was
 * expected there, never with the text itself: `JSON.parse`'s message quotes its first bytes.
 */
export function parseJson(text: string, name: string, w: Words): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const error = jsonSyntaxError(text);
    throw new UsageError(w.notJson(name, error ? w.jsonSyntax(error, 'file') : w.jsonUnreadable));
  }
}

/** A file read as JSON; a file that is not JSON is a usage problem, not a finding. */
export async function readJson(file: string, io: Io, w: Words): Promise<unknown> {
  return parseJson(await readText(file, io, w), nameOf(file, w), w);
}
