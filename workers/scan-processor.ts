/**
 * The `scan` queue's processor: the nightly rescan of an archive share that `protokoll schedule`
 * registers. It only examines and enqueues (unchanged files are skipped without hashing); the
 * documents themselves go through the extract and store queues like any other.
 */
import type { Job } from 'bullmq';
import type { QueueClient } from '../src/queue/client.js';
import type { ScanJob } from '../src/queue/config.js';
import { enqueueFile } from '../src/queue/enqueue-file.js';
import { listInputFiles } from '../src/util/files.js';
import type { RegistryCache } from './store-processor.js';

export interface ScanResult {
  files: number;
  queued: number;
  unchanged: number;
  known: number;
  gone: number;
  forgotten: number;
  /** entries not read (links, pipes, other types, unreadable folders): never read */
  skipped: number;
  /** the first 200 of them with why, for the worker's log */
  notRead: Array<{ path: string; detail: string }>;
}

export async function processScan(job: Job<ScanJob, ScanResult>, client: QueueClient, registries: RegistryCache): Promise<ScanResult> {
  const { dir, recordsDir } = job.data;
  const registry = registries.for(recordsDir);
  const { files, missing, skipped } = await listInputFiles([dir]);
  if (missing.length > 0) throw new Error(`${dir}: no such folder (is the share mounted?)`);
  const result: ScanResult = { files: files.length, queued: 0, unchanged: 0, known: 0, gone: 0, forgotten: 0, skipped: skipped.length, notRead: skipped.slice(0, 200).map((k) => ({ path: k.path, detail: k.detail })) };
  for (const file of files) {
    const enqueued = await enqueueFile(client, registry, recordsDir, file);
    if (enqueued.kind === 'queued') result.queued++;
    else if (enqueued.kind === 'unchanged') result.unchanged++;
    else if (enqueued.kind === 'known') result.known++;
    else if (enqueued.kind === 'refused') result.skipped++;
    else result.gone++;
  }
  result.forgotten = registry.forgetUnseen(dir, new Set(files));
  return result;
}
