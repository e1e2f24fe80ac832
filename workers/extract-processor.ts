/**
 * The `extract` queue's processor: a BullMQ sandboxed processor, run in a worker thread (one per
 * job in hand) so that `protokoll worker --concurrency N` parses on N cores. Stage 1 only: read
 * the queued file, check it is still the queued content, and call the one pure `extractRecord`.
 * The record is the job's return value, which BullMQ hands to the parent `store` job.
 */
import { UnrecoverableError, type SandboxedJob } from 'bullmq';
import { isPermanent } from '../src/errors.js';
import type { DocumentJob } from '../src/queue/config.js';
import { readAndExtract } from '../src/queue/stages.js';
import type { MinutesRecord } from '../src/record/schema.js';

export default async function extractProcessor(job: SandboxedJob<DocumentJob, MinutesRecord>): Promise<MinutesRecord> {
  try {
    return await readAndExtract(job.data);
  } catch (error) {
    // the same bytes fail the same way: no retries, the reason is the failure's plain message
    if (isPermanent(error)) throw new UnrecoverableError((error as Error).message);
    throw error;
  }
}
