/**
 * Where the in-process pipelines run stage 1 (`extractRecord`): on worker threads, one document
 * per thread at a time, so N threads use N cores; or inline on the calling thread (tests, and
 * anything that runs from the TypeScript sources, where no compiled thread file exists).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DocumentError } from '../src/errors.js';
import { extractRecord } from '../src/pipeline.js';
import type { MinutesRecord } from '../src/record/schema.js';
import type { ThreadReply, ThreadRequest } from './extract-thread.js';

export interface Extractor {
  extract(path: string, bytes: Uint8Array): Promise<MinutesRecord>;
  close(): Promise<void>;
}

export const inlineExtractor: Extractor = {
  extract: (path, bytes) => extractRecord({ path, bytes }),
  close: async () => {},
};

const THREAD_FILE = new URL('./extract-thread.js', import.meta.url);

export function threadsAvailable(): boolean {
  return THREAD_FILE.protocol === 'file:' && existsSync(fileURLToPath(THREAD_FILE));
}

interface Pending {
  resolve: (record: MinutesRecord) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** the one request this thread is working on */
  busy: { id: number; pending: Pending } | null;
}

interface Queued {
  request: ThreadRequest;
  pending: Pending;
}

export class ThreadExtractor implements Extractor {
  private readonly slots: Slot[] = [];
  private readonly queue: Queued[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly threads: number) {
    if (!threadsAvailable()) throw new Error(`no compiled ${fileURLToPath(THREAD_FILE)}; run \`npm run build\` first`);
  }

  extract(path: string, bytes: Uint8Array): Promise<MinutesRecord> {
    if (this.closed) return Promise.reject(new Error('the extractor is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, path, bytes }, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.busy) ?? (this.slots.length < this.threads ? this.spawn() : undefined);
      if (!slot) return;
      const next = this.queue.shift()!;
      slot.busy = { id: next.request.id, pending: next.pending };
      // a copy of the bytes is sent: the caller may still hold them (hash, retries)
      slot.worker.postMessage(next.request);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(THREAD_FILE), busy: null };
    slot.worker.on('message', (reply: ThreadReply) => {
      const busy = slot.busy;
      if (!busy || busy.id !== reply.id) return;
      slot.busy = null;
      if ('record' in reply) busy.pending.resolve(reply.record as MinutesRecord);
      else busy.pending.reject(reply.error.documentCode ? new DocumentError(reply.error.documentCode, reply.error.message) : new Error(reply.error.message));
      this.dispatch();
    });
    // a thread that dies (out of memory, a crash in a parser) fails its document as a transient
    // error, so it is retried, and is replaced by a fresh thread
    const onDeath = (error: Error) => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      slot.busy?.pending.reject(error);
      slot.busy = null;
      if (!this.closed) this.dispatch();
    };
    slot.worker.on('error', onDeath);
    slot.worker.on('exit', (code) => {
      if (!this.closed) onDeath(new Error(`an extraction thread stopped (exit code ${code})`));
    });
    this.slots.push(slot);
    return slot;
  }
}
