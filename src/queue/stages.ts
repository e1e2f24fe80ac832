/**
 * The two stages every pipeline runs, whatever carries the work (the in-process pool or BullMQ):
 * read + extract (CPU-bound; ends in the one pure `extractRecord`), then store (the record file,
 * the store hook, the registry). Only the carrying differs between the pipelines.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DocumentError, describeFailure } from '../errors.js';
import { checkFileSize } from '../limits/breach.js';
import { extractRecord, sha256Hex } from '../pipeline.js';
import type { MinutesRecord } from '../record/schema.js';
import type { FileFacts, Registry } from '../registry/registry.js';
import { afterRecordWritten } from '../store/hook.js';
import { retireReplacedRecords } from '../store/supersede.js';
import { recordJson, writeFileAtomically } from '../util/atomic-write.js';
import { openRegularFile } from '../util/regular-file.js';
import type { StoreResult } from './config.js';

/** A record id: 16 hex digits of the content's sha256 (CONTRACT.md); nothing else names a file. */
const RECORD_ID = /^[0-9a-f]{16}$/;

/** The record's file: named by its id, never by anything the input file was called. */
export function recordFileFor(recordsDir: string, recordId: string): string {
  if (!RECORD_ID.test(recordId)) throw new Error(`not a record id: ${JSON.stringify(recordId).slice(0, 40)}`);
  return path.join(recordsDir, `${recordId}.json`);
}

/** sha256 of a file, streamed, so hashing a large archive file never holds it in memory. */
export async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  // opened as a regular file only: a link or a pipe is refused, not followed or waited on
  const { handle } = await openRegularFile(file);
  try {
    for await (const chunk of handle.createReadStream({ autoClose: false })) hash.update(chunk as Buffer);
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

/**
 * A queued file's bytes, read again by the worker: they must still be the content that was queued.
 * A file gone or changed since is a permanent failure of this job (its new content, if any, gets
 * a job of its own when it is next scanned).
 */
export async function readQueuedFile(file: string, sha256: string, maxBytes = Infinity): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    // a file over the size limit is refused on its size, never read into memory
    const { handle, stat } = await openRegularFile(file);
    try {
      checkFileSize(stat.size, { maxFileBytes: maxBytes });
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DocumentError('gone', 'the file was moved or deleted after it was queued');
    if (code === 'EISDIR') throw new DocumentError('not-a-file', 'the path is a folder, not a file');
    throw error;
  }
  if (sha256Hex(bytes) !== sha256) {
    throw new DocumentError('changed', 'the file changed after it was queued; its new content is queued when the folder is next scanned');
  }
  return bytes;
}

/** Stage 1 as the BullMQ processor runs it: read the queued file, then the one pure function. */
export async function readAndExtract(job: { path: string; sha256: string }): Promise<MinutesRecord> {
  const bytes = await readQueuedFile(job.path, job.sha256);
  return extractRecord({ path: job.path, bytes });
}

/** What a failed write of the records folder means, in plain words, by its errno code. */
const WRITE_FAILURES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the folder is on a read-only file system',
  EACCES: 'no permission to write there',
  EPERM: 'no permission to write there',
  ENOTDIR: 'a part of its path is a file, not a folder',
};

/**
 * The record file, written atomically, then the store hook. Returns the file written. A failed
 * write leaves no partial file and no earlier record changed; it says why in plain words, and is
 * not a DocumentError: the job is retried, and succeeds once the folder can be written again.
 */
export async function writeRecord(recordsDir: string, record: MinutesRecord): Promise<string> {
  const file = recordFileFor(recordsDir, record.id);
  try {
    await fs.mkdir(recordsDir, { recursive: true });
    await writeFileAtomically(file, recordJson(record));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const plain = WRITE_FAILURES[code];
    throw plain ? new Error(`could not write the record to ${recordsDir}: ${plain} (${code})`) : error;
  }
  await afterRecordWritten(recordsDir, record, file);
  return file;
}

/**
 * Stage 2: what became of one document. A record is written (then the registry says done); a
 * failure is remembered with its reason. Running it twice for the same content is harmless: the
 * record file is named by its content and replaced atomically.
 */
export async function storeOutcome(
  registry: Registry,
  recordsDir: string,
  facts: FileFacts,
  result: { record: MinutesRecord } | { error: unknown },
): Promise<StoreResult> {
  if ('record' in result) {
    const recordFile = await writeRecord(recordsDir, result.record);
    registry.noteOutcome(facts, { recordId: result.record.id });
    // the file's earlier content, if it had a record and no other path holds it, is replaced
    await retireReplacedRecords(recordsDir, result.record, (id) => registry.holdsRecord(id));
    return { status: 'stored', recordId: result.record.id, recordFile };
  }
  const reason = plainReason(result.error);
  registry.noteOutcome(facts, { reason });
  return { status: 'failed', reason };
}

/** The reason without the file name (the registry row and the job already name the file). */
export function plainReason(error: unknown): string {
  return describeFailure('', error).slice(2);
}
