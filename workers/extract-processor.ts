/**
 * The `extract` queue's processor (stage 1): read the queued file, check it is still the queued
 * content, and hand it to the worker's extraction threads (pipelines/extractors.ts), which run
 * the one pure `extractRecord` under the limits: N threads parse on N cores, and a document
 * that takes too long or needs too much memory is stopped there without stopping the worker.
 * The record is the job's return value, which BullMQ hands to the parent `store` job.
 */
import { UnrecoverableError, type Job } from 'bullmq';
import { isPermanent } from '../src/errors.js';
import type { Limits } from '../src/limits/settings.js';
import type { DocumentJob } from '../src/queue/config.js';
import { readQueuedFile } from '../src/queue/stages.js';
import type { MinutesRecord } from '../src/record/schema.js';
import type { Extractor } from '../pipelines/extractors.js';

export async function processExtract(job: Job<DocumentJob>, extractor: Extractor, limits: Pick<Limits, 'maxFileBytes'>): Promise<MinutesRecord> {
  try {
    const bytes = await readQueuedFile(job.data.path, job.data.sha256, limits.maxFileBytes);
    return await extractor.extract(job.data.path, bytes);
  } catch (error) {
    // the same bytes fail the same way: no retries, the reason is the failure's plain message
    if (isPermanent(error)) throw new UnrecoverableError((error as Error).message);
    throw error;
  }
}
