/**
 * A worker thread of the in-process pool: runs the one pure `extractRecord` on bytes it is sent,
 * so that parsing (CPU-bound) uses as many cores as there are threads.
 */
import { parentPort } from 'node:worker_threads';
import { DocumentError } from '../src/errors.js';
import { extractRecord } from '../src/pipeline.js';

export interface ThreadRequest {
  id: number;
  path: string;
  bytes: Uint8Array;
}

export type ThreadReply =
  | { id: number; record: unknown }
  | { id: number; error: { message: string; documentCode: string | null } };

const port = parentPort;
if (!port) throw new Error('extract-thread.js runs only as a worker thread');

port.on('message', (request: ThreadRequest) => {
  extractRecord({ path: request.path, bytes: request.bytes }).then(
    (record) => port.postMessage({ id: request.id, record } satisfies ThreadReply),
    (error: unknown) => {
      // errors do not cross threads with their class; the code says whether it was a DocumentError
      const message = error instanceof Error ? error.message : String(error);
      const documentCode = error instanceof DocumentError ? error.code : null;
      port.postMessage({ id: request.id, error: { message, documentCode } } satisfies ThreadReply);
    },
  );
});
