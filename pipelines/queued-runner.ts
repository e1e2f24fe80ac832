/**
 * The pipeline with Redis: this process only examines files (stat, hash when changed) and
 * enqueues; `protokoll worker` processes on any number of machines. `process` resolves when the
 * document's store job has finished, so the progress display and the summary mean the same
 * thing in both modes.
 */
import path from 'node:path';
import { Registry } from '../src/registry/registry.js';
import type { QueueClient } from '../src/queue/client.js';
import { enqueueFile } from '../src/queue/enqueue-file.js';
import { MoveFollower } from './follow-moves.js';
import { ConcurrencyPool } from './pool.js';
import type { DocumentRunner, FileResult } from './result.js';

export interface QueuedRunnerOptions {
  recordsDir: string;
  client: QueueClient;
  /** files examined (hashed) and enqueued at once; waiting for results is not limited */
  concurrency?: number;
  /** resolve once enqueued instead of waiting for the workers (`import --no-wait`) */
  noWait?: boolean;
}

export class QueuedRunner implements DocumentRunner {
  readonly registry: Registry;
  private readonly pool: ConcurrencyPool;
  /** records follow their files when the registry sees them moved or renamed */
  readonly moves: MoveFollower;

  constructor(private readonly opts: QueuedRunnerOptions) {
    this.registry = Registry.open(opts.recordsDir);
    this.pool = new ConcurrencyPool(opts.concurrency ?? 4);
    this.moves = new MoveFollower(opts.recordsDir, this.registry);
  }

  async process(file: string): Promise<FileResult> {
    const enqueued = await this.pool.run(() => enqueueFile(this.opts.client, this.registry, path.resolve(this.opts.recordsDir), file));
    switch (enqueued.kind) {
      case 'gone':
        return { path: file, status: 'gone' };
      case 'refused':
        return { path: file, status: 'skipped', reason: enqueued.symlink ? 'symlink' : 'not-a-file', detail: enqueued.reason };
      case 'unchanged':
      case 'known':
        return { path: file, status: 'unchanged', recordId: enqueued.recordId, known: enqueued.kind === 'known' };
      case 'queued':
        break;
    }
    if (this.opts.noWait) return { path: file, status: 'queued' };
    try {
      const result = await this.opts.client.waitForStore(enqueued.jobId);
      return result.status === 'stored'
        ? { path: file, status: 'processed', recordId: result.recordId }
        : { path: file, status: 'failed', reason: result.reason };
    } catch (error) {
      return { path: file, status: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  async close(): Promise<void> {
    await this.moves.settled();
    this.moves.stop();
    this.registry.close();
  }
}
