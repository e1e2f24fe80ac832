/**
 * Where the pipelines run stage 1 (`extractRecord`): on worker threads, one document per thread
 * at a time, so N threads use N cores; or inline on the calling thread (tests, and anything that
 * runs from the TypeScript sources, where no compiled thread file exists).
 *
 * A thread is where a document can be stopped: one that takes longer than the time limit, or
 * needs more memory than its thread may have, fails with a DocumentError naming the limit, and
 * the thread is replaced by a fresh one. Inline, a slow document is reported at the time limit
 * but cannot be stopped.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DocumentError } from '../src/errors.js';
import { tookTooLong, usedTooMuchMemory } from '../src/limits/breach.js';
import { settingsFromEnv, type Settings } from '../src/limits/settings.js';
import { MemoryWatchdog } from '../src/limits/watchdog.js';
import { libreOfficeConverter } from '../src/convert/libreoffice.js';
import type { SourceFormat } from '../src/read/registry.js';
import type { MinutesRecord } from '../src/record/schema.js';
import type { ThreadData, ThreadReply, ThreadRequest } from './extract-thread.js';

export interface Extractor {
  extract(path: string, bytes: Uint8Array): Promise<MinutesRecord>;
  close(): Promise<void>;
}

/**
 * The pipeline, loaded when a document is first extracted on this thread: a command whose
 * documents go to extraction threads does not load it (readers, extract stage, chrono) twice.
 */
const pipeline = () => import('../src/pipeline.js');

/** Extraction on the calling thread under these settings; a document over the time limit is reported, not stopped. */
export function inlineExtractorWith(settings: Settings): Extractor {
  return {
    extract: (path, bytes) => {
      let allowanceMs = settings.limits.timeoutMs;
      let timer: NodeJS.Timeout | undefined;
      const work = pipeline().then(({ extractRecord }) =>
        extractRecord({ path, bytes }, { ...settings, converter: converterFor(settings), onOcrPages: (pages) => (allowanceMs += pages * settings.ocr.msPerPage) }),
      );
      const started = Date.now();
      const late = new Promise<never>((_, reject) => {
        const check = () => {
          const left = started + allowanceMs - Date.now();
          if (left <= 0) reject(tookTooLong(allowanceMs));
          else timer = setTimeout(check, left);
        };
        check();
      });
      return Promise.race([work, late]).finally(() => clearTimeout(timer));
    },
    close: async () => {},
  };
}

/** Inline under the defaults (tests and TypeScript sources). */
export const inlineExtractor: Extractor = {
  extract: async (path, bytes) => (await pipeline()).extractRecord({ path, bytes }, { converter: libreOfficeConverter() }),
  close: async () => {},
};

/**
 * LibreOffice for .doc, .rtf and .odt, stopped a little before the document's own time limit so
 * that a stuck conversion fails with its own reason and leaves no soffice behind a stopped thread.
 */
export function converterFor(settings: Settings) {
  return libreOfficeConverter({ timeoutMs: Math.max(1000, settings.limits.timeoutMs - 5000) });
}

const THREAD_FILE = new URL('./extract-thread.js', import.meta.url);

export function threadsAvailable(): boolean {
  return THREAD_FILE.protocol === 'file:' && existsSync(fileURLToPath(THREAD_FILE));
}

interface Pending {
  resolve: (record: MinutesRecord) => void;
  reject: (error: Error) => void;
}

interface Busy {
  id: number;
  pending: Pending;
  /** ms the document may take: the time limit, plus OCR's allowance once OCR starts */
  allowanceMs: number;
  started: number;
  timer: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  /** loaded and taking documents: a thread's start-up is not counted against a document's time */
  ready: boolean;
  /** the one request this thread is working on */
  busy: Busy | null;
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
  /** stops the busy threads when memory outside their heaps passes the limit (src/limits/watchdog.ts) */
  readonly watchdog: MemoryWatchdog;

  /**
   * `formats`: the formats of the documents it will be given, when they are known (`extract`
   * knows its files): each thread then loads only their readers before it takes documents
   * (ThreadData). Not given: every reader.
   */
  constructor(
    readonly threads: number,
    readonly settings: Settings = settingsFromEnv(),
    readonly formats?: readonly SourceFormat[],
  ) {
    if (!threadsAvailable()) throw new Error(`no compiled ${fileURLToPath(THREAD_FILE)}; run \`npm run build\` first`);
    this.watchdog = new MemoryWatchdog({
      limitMb: settings.limits.memoryMb,
      threads: () => this.slots.length,
      busy: () => this.slots.filter((s) => s.busy).length,
      onBreach: () => this.overMemory(),
    });
  }

  /**
   * The process is over what its threads may use. One document in hand: it is the one, and fails
   * on the memory limit. Several: which one cannot be told, so all are stopped with a transient
   * error and retried (a document that needs too much fails again, alone or not).
   */
  private overMemory(): void {
    const busy = this.slots.filter((s) => s.busy);
    const error = busy.length === 1 ? usedTooMuchMemory(this.settings.limits) : new Error(`the extraction threads together went over their memory limit (${this.settings.limits.memoryMb} MiB each) and were stopped`);
    // no second look until the stopped threads' memory is given back
    this.watchdog.stop();
    const ended = busy.map((s) => s.worker.terminate());
    for (const slot of busy) this.retire(slot, error);
    void Promise.allSettled(ended).then(() => {
      if (!this.closed) this.watchdog.start();
    });
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
    this.watchdog.stop();
    for (const slot of this.slots) if (slot.busy) clearTimeout(slot.busy.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private dispatch(): void {
    // threads enough for the documents waiting and in hand, up to the limit; each thread takes
    // documents once it has loaded
    const wanted = Math.min(this.threads, this.queue.length + this.slots.filter((s) => s.busy).length);
    while (this.slots.length < wanted) this.spawn();
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.ready && !s.busy);
      if (!slot) return;
      const next = this.queue.shift()!;
      const allowanceMs = this.settings.limits.timeoutMs;
      slot.busy = { id: next.request.id, pending: next.pending, allowanceMs, started: Date.now(), timer: setTimeout(() => this.overtime(slot), allowanceMs) };
      // a copy of the bytes is sent: the caller may still hold them (hash, retries)
      slot.worker.postMessage(next.request);
    }
  }

  /** Ends the slot's thread and fails its document with `error`; a fresh thread takes the next one. */
  private retire(slot: Slot, error: Error): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    const busy = slot.busy;
    slot.busy = null;
    if (busy) {
      clearTimeout(busy.timer);
      busy.pending.reject(error);
    } else if (!slot.ready) {
      // a thread that cannot even start (a memory limit below what loading needs) fails the
      // next document instead of being started again for ever
      this.queue.shift()?.pending.reject(error);
    }
    void slot.worker.terminate();
    if (!this.closed) this.dispatch();
  }

  private overtime(slot: Slot): void {
    const busy = slot.busy;
    if (!busy) return;
    const left = busy.started + busy.allowanceMs - Date.now();
    if (left > 0) {
      busy.timer = setTimeout(() => this.overtime(slot), left);
      return;
    }
    this.retire(slot, tookTooLong(busy.allowanceMs));
  }

  private spawn(): Slot {
    const { limits } = this.settings;
    this.watchdog.start();
    const slot: Slot = {
      worker: new Worker(THREAD_FILE, {
        workerData: { settings: this.settings, ...(this.formats ? { formats: this.formats } : {}) } satisfies ThreadData,
        // the heap a document may use; pdf.js's and zlib's buffers are bounded by the page and
        // unpacked-size limits instead
        resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
      }),
      ready: false,
      busy: null,
    };
    slot.worker.on('message', (reply: ThreadReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const busy = slot.busy;
      if (!busy || busy.id !== reply.id) return;
      if ('ocrPages' in reply) {
        busy.allowanceMs += reply.ocrPages * this.settings.ocr.msPerPage;
        return;
      }
      clearTimeout(busy.timer);
      slot.busy = null;
      if ('record' in reply) busy.pending.resolve(reply.record as MinutesRecord);
      else busy.pending.reject(reply.error.documentCode ? new DocumentError(reply.error.documentCode, reply.error.message) : new Error(reply.error.message));
      this.dispatch();
    });
    // A thread over its heap limit fails its document for good (the same bytes need the same
    // memory). A thread that dies otherwise (a crash in a parser) fails its document as a
    // transient error, so it is retried. Either way a fresh thread takes the next document.
    slot.worker.on('error', (error: Error & { code?: string }) => {
      this.retire(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? usedTooMuchMemory(limits) : error);
    });
    slot.worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) this.retire(slot, new Error(`an extraction thread stopped (exit code ${code})`));
    });
    this.slots.push(slot);
    return slot;
  }
}
