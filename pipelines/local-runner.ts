/**
 * The embedded pipeline (no Redis): both stages in this process, files through a concurrency
 * pool, extraction on worker threads. Same stage functions as the BullMQ workers, same registry,
 * same record files; only the carrying differs.
 */
import { fileTooLarge } from '../src/limits/breach.js';
import type { FileFacts } from '../src/registry/registry.js';
import { Registry } from '../src/registry/registry.js';
import { examineFile } from '../src/queue/examine.js';
import { storeOutcome } from '../src/queue/stages.js';
import { closeHookStores } from '../src/store/hook.js';
import type { StoreResult } from '../src/queue/config.js';
import type { Extractor } from './extractors.js';
import { MoveFollower } from './follow-moves.js';
import { ConcurrencyPool } from './pool.js';
import type { DocumentRunner, FileResult } from './result.js';
import { withRetries } from './retry.js';

export interface LocalRunnerOptions {
  recordsDir: string;
  extractor: Extractor;
  /** files in progress at once (reading, waiting for a thread, storing) */
  concurrency: number;
  /** transient-failure retries; tests shorten the backoff */
  retry?: { attempts: number; baseMs: number };
  /** a larger file fails on its size without being read into memory (default: no limit) */
  maxFileBytes?: number;
  /** told how long each extraction took (the metrics' histogram) */
  onExtracted?: (seconds: number) => void;
}

export class LocalRunner implements DocumentRunner {
  readonly registry: Registry;
  private readonly pool: ConcurrencyPool;
  /** one extraction per content at a time: a copy found in the same run waits for the first */
  private readonly inFlight = new Map<string, Promise<StoreResult>>();
  /** records follow their files when the registry sees them moved or renamed */
  readonly moves: MoveFollower;

  constructor(private readonly opts: LocalRunnerOptions) {
    this.registry = Registry.open(opts.recordsDir);
    this.pool = new ConcurrencyPool(opts.concurrency);
    this.moves = new MoveFollower(opts.recordsDir, this.registry);
  }

  process(file: string): Promise<FileResult> {
    return this.pool.run(() => this.processNow(file));
  }

  private async processNow(file: string): Promise<FileResult> {
    const examined = await examineFile(this.registry, this.opts.recordsDir, file, { keepBytes: true, maxBytes: this.opts.maxFileBytes });
    switch (examined.kind) {
      case 'gone':
        return { path: file, status: 'gone' };
      case 'refused':
        return { path: file, status: 'skipped', reason: examined.symlink ? 'symlink' : 'not-a-file', detail: examined.reason };
      case 'unchanged':
        return { path: file, status: 'unchanged', recordId: examined.recordId, known: false };
      case 'known':
        this.registry.noteKnown(examined.facts, examined.recordId);
        return { path: file, status: 'unchanged', recordId: examined.recordId, known: true };
      case 'todo':
        break;
    }
    const { facts } = examined;
    const earlier = this.inFlight.get(facts.sha256);
    if (earlier) {
      const result = await earlier;
      if (result.status === 'failed') return { path: file, status: 'failed', reason: result.reason };
      this.registry.noteKnown(facts, result.recordId);
      return { path: file, status: 'unchanged', recordId: result.recordId, known: true };
    }
    // the path now holds this content: a late outcome for its earlier content must not win (registry.ts)
    this.registry.noteQueued(facts);
    // no bytes kept: the file is over the size limit
    const work = examined.bytes
      ? this.extractAndStore(facts, examined.bytes)
      : storeOutcome(this.registry, this.opts.recordsDir, facts, { error: fileTooLarge(facts.size, { maxFileBytes: this.opts.maxFileBytes ?? 0 }) });
    this.inFlight.set(facts.sha256, work);
    try {
      const result = await work;
      return result.status === 'stored'
        ? { path: file, status: 'processed', recordId: result.recordId }
        : { path: file, status: 'failed', reason: result.reason };
    } finally {
      this.inFlight.delete(facts.sha256);
    }
  }

  private async extractAndStore(facts: FileFacts, bytes: Uint8Array): Promise<StoreResult> {
    const { attempts, baseMs } = this.opts.retry ?? {};
    const { recordsDir, extractor } = this.opts;
    try {
      const started = performance.now();
      const record = await withRetries(() => extractor.extract(facts.path, bytes), attempts, baseMs).finally(() => this.opts.onExtracted?.((performance.now() - started) / 1000));
      return await withRetries(() => storeOutcome(this.registry, recordsDir, facts, { record }), attempts, baseMs);
    } catch (error) {
      return storeOutcome(this.registry, recordsDir, facts, { error });
    }
  }

  async close(): Promise<void> {
    await this.opts.extractor.close();
    await this.moves.settled();
    this.moves.stop();
    this.registry.close();
    await closeHookStores();
  }
}
