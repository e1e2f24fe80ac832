/**
 * Reading a file named from outside (a drop folder anyone can write to, a path on a command line)
 * without being led elsewhere: the file is opened without following a symbolic link (O_NOFOLLOW)
 * and without waiting (O_NONBLOCK: opening a named pipe nobody writes to would block for ever),
 * and the open handle is checked to be a regular file before a byte is read. Checking the handle,
 * not the name, means a file swapped for a link between the check and the read is still refused.
 */
import { constants, promises as fs, type Stats } from 'node:fs';
import { DocumentError } from '../errors.js';
import { checkFileSize } from '../limits/breach.js';
import { fsPath } from './raw-path.js';

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** What a directory entry is, in words a user understands, when it is not a regular file. */
export function kindOf(stat: Pick<Stats, 'isFile' | 'isSymbolicLink' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): string | null {
  if (stat.isFile()) return null;
  if (stat.isSymbolicLink()) return 'a symbolic link';
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** The refusal of an entry that is not a regular file: permanent, and said plainly. */
export function notARegularFile(kind: string): DocumentError {
  return kind === 'a symbolic link'
    ? new DocumentError('symlink', 'it is a symbolic link; protokoll reads only regular files, never what a link points to')
    : new DocumentError('not-a-file', `it is ${kind}, not a regular file; protokoll reads only regular files`);
}

export interface OpenedFile {
  handle: fs.FileHandle;
  stat: Stats;
}

/**
 * Opens `file` for reading if it is a regular file and not a link; throws a DocumentError saying
 * what it is otherwise. ENOENT and other errors pass through unchanged.
 */
export async function openRegularFile(file: string): Promise<OpenedFile> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(fsPath(file), OPEN_FLAGS);
  } catch (error) {
    // O_NOFOLLOW on a link: ELOOP (Linux), EMLINK (FreeBSD), EFTYPE (some BSDs)
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK' || code === 'EFTYPE') throw notARegularFile('a symbolic link');
    throw error;
  }
  try {
    const stat = await handle.stat();
    const kind = kindOf(stat);
    if (kind) throw notARegularFile(kind);
    return { handle, stat };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * The whole of a regular file (see openRegularFile), refusing links, pipes and devices; with
 * maxBytes, a larger file is refused on its size before a byte is read.
 */
export async function readRegularFile(file: string, maxBytes?: number): Promise<{ bytes: Buffer; stat: Stats }> {
  const { handle, stat } = await openRegularFile(file);
  try {
    if (maxBytes !== undefined) checkFileSize(stat.size, { maxFileBytes: maxBytes });
    return { bytes: await handle.readFile(), stat };
  } finally {
    await handle.close();
  }
}

/** lstat: what the name itself is, never what a link points to. Null when it is not there. */
export async function lstatOrNull(file: string): Promise<Stats | null> {
  return fs.lstat(fsPath(file)).catch(() => null);
}
