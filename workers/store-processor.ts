/**
 * The `store` queue's processor (stage 2), run in the worker's main thread: it is I/O, not
 * parsing. Its extract child either returned the record (write it, then the registry says done)
 * or failed for good (the registry remembers the reason). Either way the store job completes with
 * what became of the document, which is what `import`/`watch` wait for.
 */
import path from 'node:path';
import type { Job } from 'bullmq';
import type { DocumentJob, StoreResult } from '../src/queue/config.js';
import { storeOutcome } from '../src/queue/stages.js';
import type { MinutesRecord } from '../src/record/schema.js';
import { Registry } from '../src/registry/registry.js';

/** One open registry per records folder a worker has written to. */
export class RegistryCache {
  private readonly open = new Map<string, Registry>();

  for(recordsDir: string): Registry {
    const key = path.resolve(recordsDir);
    let registry = this.open.get(key);
    if (!registry) {
      registry = Registry.open(key);
      this.open.set(key, registry);
    }
    return registry;
  }

  closeAll(): void {
    for (const registry of this.open.values()) registry.close();
    this.open.clear();
  }
}

export async function processStore(job: Job<DocumentJob, StoreResult>, registries: RegistryCache): Promise<StoreResult> {
  const { recordsDir, path: file, size, mtimeMs, sha256 } = job.data;
  const facts = { path: file, size, mtimeMs, sha256 };
  const registry = registries.for(recordsDir);
  const [record] = Object.values(await job.getChildrenValues<MinutesRecord>());
  if (record) return storeOutcome(registry, recordsDir, facts, { record });
  const [reason] = Object.values(await job.getIgnoredChildrenFailures());
  return storeOutcome(registry, recordsDir, facts, { error: new Error(reason ?? 'reading the file failed for an unknown reason') });
}
