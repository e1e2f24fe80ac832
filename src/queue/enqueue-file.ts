/**
 * Producer side of one file: examine it against the registry, and enqueue it only when its
 * content still needs a record. Shared by `import`/`watch` with Redis and by the nightly rescan.
 */
import path from 'node:path';
import type { Registry } from '../registry/registry.js';
import type { QueueClient } from './client.js';
import { examineFile } from './examine.js';

export type Enqueued =
  | { kind: 'unchanged'; path: string; recordId: string }
  | { kind: 'known'; path: string; recordId: string }
  | { kind: 'gone'; path: string }
  | { kind: 'refused'; path: string; symlink: boolean; reason: string }
  | { kind: 'queued'; path: string; jobId: string; alreadyQueued: boolean };

export async function enqueueFile(client: QueueClient, registry: Registry, recordsDir: string, file: string): Promise<Enqueued> {
  const examined = await examineFile(registry, recordsDir, file);
  switch (examined.kind) {
    case 'unchanged':
    case 'gone':
    case 'refused':
      return examined;
    case 'known':
      registry.noteKnown(examined.facts, examined.recordId);
      return { kind: 'known', path: file, recordId: examined.recordId };
    case 'todo': {
      registry.noteQueued(examined.facts);
      const { id, alreadyQueued } = await client.enqueueDocument({ ...examined.facts, recordsDir: path.resolve(recordsDir) });
      return { kind: 'queued', path: file, jobId: id, alreadyQueued };
    }
  }
}
