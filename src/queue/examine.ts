/**
 * The decision every scan makes per file, before any parsing: is it unchanged since it was last
 * made into a record (size and mtime as the registry remembers them, and the record still there:
 * no hashing), is it content already known under another path (a copy or a rename), or does it
 * need doing. Reads the registry, never writes it: the caller acts on the answer.
 */
import { promises as fs } from 'node:fs';
import { DocumentError } from '../errors.js';
import { sha256Hex } from '../pipeline.js';
import { fsPath } from '../util/raw-path.js';
import { kindOf, lstatOrNull, notARegularFile, readRegularFile } from '../util/regular-file.js';
import type { FileFacts, Registry } from '../registry/registry.js';
import { hashFile, recordFileFor } from './stages.js';

export type Examined =
  | { kind: 'unchanged'; path: string; recordId: string }
  | { kind: 'known'; facts: FileFacts; recordId: string }
  | { kind: 'todo'; facts: FileFacts; bytes?: Uint8Array }
  | { kind: 'gone'; path: string }
  /** a symbolic link, a pipe, a device: never read, never followed */
  | { kind: 'refused'; path: string; symlink: boolean; reason: string };

export interface ExamineOptions {
  /** read the whole file and keep its bytes (in-process: they go straight to extraction) */
  keepBytes?: boolean;
  /** with keepBytes: a larger file is hashed as a stream and its bytes not kept (it is over the size limit) */
  maxBytes?: number;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(fsPath(file)).then(
    () => true,
    () => false,
  );
}

function refused(file: string, error: DocumentError): Examined {
  return { kind: 'refused', path: file, symlink: error.code === 'symlink', reason: error.message };
}

export async function examineFile(registry: Registry, recordsDir: string, file: string, opts: ExamineOptions = {}): Promise<Examined> {
  // the name itself, not what a link points to: a link in a drop folder must lead nowhere
  const stat = await lstatOrNull(file);
  if (!stat) return { kind: 'gone', path: file };
  const kind = kindOf(stat);
  if (kind) return refused(file, notARegularFile(kind));

  const entry = registry.get(file);
  if (
    entry &&
    entry.status === 'done' &&
    entry.recordId &&
    entry.size === stat.size &&
    entry.mtimeMs === stat.mtimeMs &&
    (await exists(recordFileFor(recordsDir, entry.recordId)))
  ) {
    return { kind: 'unchanged', path: file, recordId: entry.recordId };
  }

  let bytes: Uint8Array | undefined;
  let sha256: string;
  try {
    if (opts.keepBytes && stat.size <= (opts.maxBytes ?? Infinity)) {
      bytes = (await readRegularFile(file)).bytes;
      sha256 = sha256Hex(bytes);
    } else {
      sha256 = await hashFile(file);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone', path: file };
    // swapped for a link or a pipe between the lstat and the open
    if (error instanceof DocumentError) return refused(file, error);
    throw error;
  }
  // the size of what was actually read: a file still growing after the stat is caught later by
  // the hash check, never recorded as its earlier size
  const facts: FileFacts = { path: file, size: bytes?.length ?? stat.size, mtimeMs: stat.mtimeMs, sha256 };
  const recordId = registry.recordFor(sha256);
  if (recordId && (await exists(recordFileFor(recordsDir, recordId)))) return { kind: 'known', facts, recordId };
  return bytes ? { kind: 'todo', facts, bytes } : { kind: 'todo', facts };
}
