import type { Registry } from '../src/registry/registry.js';
import type { SkipReason } from '../src/util/files.js';

/** What became of one file in a pipeline run; the progress display and the summary read these. */
export type FileResult =
  | { path: string; status: 'processed'; recordId: string }
  /** `known`: the content was already a record under another path (a copy or a rename) */
  | { path: string; status: 'unchanged'; recordId: string; known: boolean }
  | { path: string; status: 'failed'; reason: string }
  /** deleted or moved away before it could be read */
  | { path: string; status: 'gone' }
  /** never read: a symbolic link, a pipe or device, a type protokoll does not read, too large */
  | { path: string; status: 'skipped'; reason: SkipReason; detail: string }
  /** handed to the workers and not waited for (`import --no-wait`) */
  | { path: string; status: 'queued' };

/** Processes one file through both stages; in-process or through the queues. */
export interface DocumentRunner {
  /** the records folder's registry of processed files */
  readonly registry: Registry;
  process(file: string): Promise<FileResult>;
  close(): Promise<void>;
}
