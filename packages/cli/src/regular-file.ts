import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { UsageError } from './io.js';
import type { NotAFile, Words } from './words.js';

/**
 * The most a file read whole may hold: 4 MiB. The whole national ruleset, pretty-printed, is 165 KB
 * and a municipality's extension a few KB, so this leaves room for any real ruleset or case while a
 * wrong file (a log, a disk image, a device) is refused before it fills the memory.
 */
export const FILE_LIMIT = 4 * 1024 * 1024;

/**
 * The longest line of a JSONL file: 64 KiB. A case that observes every one of the 68 signals and
 * risk factors is 2.1 KB on one line; a line 30 times that is not a case. JSONL is read one line at a
 * time, so this, not the size of the file, bounds the memory a batch of cases takes.
 */
export const LINE_LIMIT = 64 * 1024;

/** A number of bytes as the messages write it: `4 MiB`, `64 KiB`. */
export const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;

/** How a file is named in a message: its path, or standard input for `-`. */
export const nameOf = (file: string, w: Words) => (file === '-' ? w.stdin : file);

function notAFile(stats: Stats): NotAFile {
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

/**
 * Opens a path and makes sure, on the opened handle and before anything is read, that it is a
 * regular file: a symlink to `/dev/zero` would never end, and a FIFO would wait for a writer.
 * The open itself is non-blocking, since opening a FIFO to read blocks until someone writes;
 * for a regular file the flag changes nothing.
 */
export async function openRegularFile(file: string, w: Words): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail =
      code === 'ENOENT'
        ? w.notFound
        : code === 'EACCES' || code === 'EPERM'
          ? w.noPermission
          : code === 'EISDIR'
            ? w.notAFile('directory')
            : (error as Error).message;
    throw new UsageError(w.cannotRead(file, detail));
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new UsageError(w.cannotRead(file, w.notAFile(notAFile(stats))));
    return { handle, size: stats.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
